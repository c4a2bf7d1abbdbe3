/**
 * Remembers list totals for a short time. Counting tens of thousands of scoped rows is the dominant cost of a
 * paginated list (the page itself is an index walk), so totals are reused until either this process writes to
 * the table (the generation moves, so its own users always see exact totals) or `ttlMs` passes (bounding how
 * stale another process's writes can leave them). Keys must include everything that shapes the count: the
 * actor's scope and the filters. See docs/adr/0007-list-counts.md.
 */
export interface CountCache {
  get(key: string, now: number): number | undefined;
  set(key: string, value: number, now: number): void;
  /** Call on every write to the counted table. */
  invalidate(): void;
}

export function createCountCache(opts: { ttlMs: number; maxEntries: number }): CountCache {
  const entries = new Map<string, { value: number; at: number; generation: number }>();
  let generation = 0;
  return {
    get(key, now) {
      const e = entries.get(key);
      if (!e || e.generation !== generation || now - e.at > opts.ttlMs) return undefined;
      return e.value;
    },
    set(key, value, now) {
      if (entries.size >= opts.maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, at: now, generation });
    },
    invalidate() {
      generation++;
      entries.clear();
    },
  };
}
