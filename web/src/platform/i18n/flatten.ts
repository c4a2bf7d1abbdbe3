/** Flattens nested messages into 'a.b.c' keys once, so lookups are a single map read. */
export function flatten(tree: object, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else flatten(v as object, key, out);
  }
  return out;
}
