/**
 * The region tree as the engine needs it: names (full and short) for stripping prefixes off organisation
 * names and for parsing an address down to county and street/township. Built once from region nodes.
 */
import type { RegionNode } from './types.js';

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治旗', '自治县', '街道办事处', '街道', '地区', '苏木', '省', '市', '盟', '区', '旗', '县', '镇', '乡'];

/** 东胜区 → 东胜, 内蒙古自治区 → 内蒙古; '' when too short to stand alone. */
export function shortRegionName(name: string): string {
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return '';
}

export interface RegionIndex {
  nodes: ReadonlyMap<string, RegionNode>;
  /** Province/city names, full and short, longest first: stripped from the front of organisation names. */
  upperPrefixes: string[];
  /** County names, full (and short for brackets) → code. */
  counties: Map<string, string>;
  countyFullNames: string[];
  /** Township/street full names → codes (a name can repeat across counties). */
  towns: Map<string, string[]>;
  townNames: string[];
}

export function buildRegionIndex(list: readonly RegionNode[]): RegionIndex {
  const nodes = new Map(list.map((n) => [n.code, n]));
  const upper = new Set<string>();
  const counties = new Map<string, string>();
  const towns = new Map<string, string[]>();
  for (const n of list) {
    const short = shortRegionName(n.name);
    if (n.level <= 2) {
      upper.add(n.name);
      if (short) upper.add(short);
    } else if (n.level === 3) {
      counties.set(n.name, n.code);
      if (short && !counties.has(short)) counties.set(short, n.code);
    } else if (n.level === 4) {
      const add = (name: string): void => { towns.set(name, [...(towns.get(name) ?? []), n.code]); };
      add(n.name);
      if (n.name.endsWith('街道')) add(`${n.name}办事处`);
    }
  }
  const byLength = (a: string, b: string): number => b.length - a.length;
  return {
    nodes,
    upperPrefixes: [...upper].sort(byLength),
    counties,
    countyFullNames: [...counties.keys()].filter((k) => list.some((n) => n.name === k)).sort(byLength),
    towns,
    townNames: [...towns.keys()].sort(byLength),
  };
}

/** The county code a bracket or prefix names ('' when it is not a county), e.g. (东胜) → 150602000000. */
export function countyOf(text: string, index: RegionIndex): string {
  return index.counties.get(text) ?? '';
}

export interface ParsedAddress {
  county: string;
  town: string;
  rest: string;
}

/**
 * Parses an address down to county and street/township: the county by its full name (or short name right
 * before a township), the township by full name under that county, or anywhere when no county is written.
 */
export function parseAddress(folded: string, index: RegionIndex): ParsedAddress {
  let s = folded;
  for (let changed = true; changed;) {
    changed = false;
    for (const p of index.upperPrefixes) {
      if (s.startsWith(p)) { s = s.slice(p.length); changed = true; break; }
    }
  }
  let county = '';
  let pos = 0;
  for (const name of index.countyFullNames) {
    const at = s.indexOf(name);
    if (at >= 0 && at <= 2) { county = index.counties.get(name)!; pos = at + name.length; break; }
  }
  let town = '';
  for (const name of index.townNames) {
    const at = s.indexOf(name, pos);
    if (at < 0) continue;
    const codes = index.towns.get(name)!;
    const pick = county ? codes.find((c) => index.nodes.get(c)?.parentCode === county) : codes.length === 1 ? codes[0] : undefined;
    if (!pick) continue;
    town = pick;
    county = county || (index.nodes.get(pick)?.parentCode ?? '');
    pos = at + name.length;
    break;
  }
  if (!county) {
    // 东胜交通街道…: a short county name is trusted only at the very start.
    for (const [name, code] of index.counties) {
      if (name.length >= 2 && s.startsWith(name)) { county = code; pos = name.length; break; }
    }
  }
  return { county, town, rest: s.slice(pos) };
}

/** The most specific region an address resolves to ('' when none). */
export function regionOfAddress(parsed: ParsedAddress): string {
  return parsed.town || parsed.county;
}
