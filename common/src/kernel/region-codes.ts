/**
 * The city a region lies in, from its code or its materialised path. Codes follow GB/T 2260 + the township/village
 * extension (12 digits: 2 province, 2 city, 2 county, 3 township, 3 village); paths run /province/city/county/…/.
 */

/** 150627100001 → 150600000000. */
export function cityCodeOfCode(regionCode: string): string {
  return `${regionCode.slice(0, 4)}00000000`;
}

/** '/150000000000/150600000000/…/' → '150600000000'; null above city level. */
export function cityCodeOfPath(path: string): string | null {
  return path.split('/').filter(Boolean)[1] ?? null;
}

/** '/150000000000/150600000000/…/' → '/150000000000/150600000000/'. */
export function cityPathOfPath(path: string): string {
  return `/${path.split('/').filter(Boolean).slice(0, 2).join('/')}/`;
}
