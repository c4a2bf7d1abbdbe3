import { seededRandom } from '../../api/src/domains/matching/testing/random-instance.js';
import type { MatchingEdge, MatchingGroup, MatchingInstance, MatchingProvider } from '../../api/src/domains/matching/index.js';

/**
 * Shape of a generated fair. The region tree is city → banner (旗/区) → street (苏木/街道) → community
 * (嘎查/社区); providers serve their own community, street, banner or the whole city; a need can only be
 * matched by a provider whose service area contains it and whose domain covers its category.
 */
export interface CitySpec {
  name: string;
  seed: number;
  banners: number;
  streetsPerBanner: number;
  communitiesPerStreet: number;
  needs: number;
  providers: number;
  /** chance that a provider serves its community, street, banner, city */
  reach: readonly [number, number, number, number];
  /** the candidate ranking keeps at most this many providers per need */
  maxEdgesPerNeed: number;
}

/** 5,000 needs in one banner: a quarterly 牵手计划 fair. */
export const BANNER_FAIR: CitySpec = {
  name: 'banner fair', seed: 2026, banners: 1, streetsPerBanner: 12, communitiesPerStreet: 12,
  needs: 5_000, providers: 2_000, reach: [0.2, 0.3, 0.35, 0.15], maxEdgesPerNeed: 52,
};

/** 50,000 needs over a whole city: a quarter's accepted needs in every banner at once. */
export const CITY_QUARTER: CitySpec = {
  name: 'city quarter', seed: 2027, banners: 10, streetsPerBanner: 12, communitiesPerStreet: 12,
  needs: 50_000, providers: 20_000, reach: [0.35, 0.35, 0.25, 0.05], maxEdgesPerNeed: 52,
};

const TOP_CATEGORIES = 10; // 养老, 助残, 儿童, 就业, 医疗, 法律, 心理, 环境, 文化, 应急
const SUBCATEGORIES = 6;
/** weight of each score term, as the candidate ranking would configure them */
const WEIGHT = { domain: 0.45, distance: 0.3, record: 0.25 } as const;
/** same community > same street > same banner > same city */
const DISTANCE_FIT = [1, 0.8, 0.55, 0.3] as const;

interface Place {
  community: number;
  street: number;
  banner: number;
}

interface ProviderFacts {
  top: number;
  /** bit mask of covered subcategories; all bits for a general provider */
  covers: number;
  place: Place;
  level: number;
  record: number;
}

/** Builds the instance deterministically from the spec's seed. */
export function generateCityInstance(spec: CitySpec): MatchingInstance {
  const random = seededRandom(spec.seed);
  const communities = spec.banners * spec.streetsPerBanner * spec.communitiesPerStreet;
  // communities differ in size: a few big urban 社区, many small 嘎查
  const communityWeight = Array.from({ length: communities }, () => Math.exp(1.2 * gaussian(random)));
  const pickCommunity = weightedPicker(communityWeight, random);
  const placeOf = (community: number): Place => {
    const street = Math.floor(community / spec.communitiesPerStreet);
    return { community, street, banner: Math.floor(street / spec.streetsPerBanner) };
  };
  const categoryWeight = Array.from({ length: TOP_CATEGORIES }, (_, k) => 1 / (1 + 0.25 * k));
  const pickTop = weightedPicker(categoryWeight, random);

  const facts: ProviderFacts[] = [];
  const providers: MatchingProvider[] = [];
  for (let k = 0; k < spec.providers; k++) {
    const isGeneral = random() < 0.25;
    let covers = isGeneral ? (1 << SUBCATEGORIES) - 1 : 0;
    while (covers === 0) for (let s = 0; s < SUBCATEGORIES; s++) if (random() < 0.35) covers |= 1 << s;
    const level = pickIndex(spec.reach, random);
    facts.push({ top: pickTop(), covers, place: placeOf(pickCommunity()), level, record: 0.5 + 0.5 * random() });
    providers.push({ id: `p${k}`, capacity: randomCapacity(random) });
  }
  const groups = groupIntoOrganisations(providers, facts, random);

  // providers indexed by the root of their service area and their top category
  const areaKey = (level: number, place: Place): number =>
    level === 0 ? place.community : level === 1 ? communities + place.street : level === 2 ? 2 * communities + place.banner : 3 * communities;
  const index = new Map<number, number[]>();
  facts.forEach((f, p) => {
    const key = areaKey(f.level, f.place) * TOP_CATEGORIES + f.top;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(p);
  });

  const needs = Array.from({ length: spec.needs }, (_, k) => ({ id: `n${k}` }));
  const edges: MatchingEdge[] = [];
  const candidates: { provider: number; score: number }[] = [];
  for (const need of needs) {
    const place = placeOf(pickCommunity());
    const top = pickTop();
    const sub = Math.floor(random() * SUBCATEGORIES);
    candidates.length = 0;
    for (let level = 0; level < 4; level++) {
      for (const p of index.get(areaKey(level, place) * TOP_CATEGORIES + top) ?? []) {
        const f = facts[p]!;
        if ((f.covers & (1 << sub)) === 0) continue;
        const isSpecialist = f.covers !== (1 << SUBCATEGORIES) - 1;
        const distance = f.place.community === place.community ? 0 : f.place.street === place.street ? 1 : f.place.banner === place.banner ? 2 : 3;
        const score =
          WEIGHT.domain * (isSpecialist ? 1 : 0.7) + WEIGHT.distance * DISTANCE_FIT[distance]! + WEIGHT.record * f.record + 0.05 * random();
        candidates.push({ provider: p, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    for (const c of candidates.slice(0, spec.maxEdgesPerNeed)) edges.push({ need: need.id, provider: `p${c.provider}`, score: c.score });
  }
  return { needs, providers, groups, edges };
}

/** Most teams take one or two needs a quarter; a few large organisations take a dozen. */
function randomCapacity(random: () => number): number {
  const r = random();
  if (r < 0.4) return 1;
  if (r < 0.65) return 2;
  if (r < 0.8) return 3;
  if (r < 0.95) return 4 + Math.floor(random() * 3);
  return 8 + Math.floor(random() * 8);
}

/**
 * Two thirds of providers belong to an organisation of 2–12 teams in one banner; the organisation may take
 * at most about 60% of its teams' total capacity (资源限流), so a big organisation cannot take everything.
 */
function groupIntoOrganisations(providers: MatchingProvider[], facts: ProviderFacts[], random: () => number): MatchingGroup[] {
  const byBanner = new Map<number, number[]>();
  facts.forEach((f, p) => {
    if (random() >= 2 / 3) return;
    const list = byBanner.get(f.place.banner) ?? [];
    list.push(p);
    byBanner.set(f.place.banner, list);
  });
  const groups: MatchingGroup[] = [];
  for (const members of byBanner.values()) {
    for (let at = 0; at < members.length; ) {
      const size = 2 + Math.floor(random() * 11);
      const team = members.slice(at, at + size);
      at += size;
      const id = `org${groups.length}`;
      let total = 0;
      for (const p of team) {
        providers[p]!.group = id;
        total += providers[p]!.capacity;
      }
      groups.push({ id, cap: Math.max(1, Math.round(0.6 * total)) });
    }
  }
  return groups;
}

function pickIndex(weights: readonly number[], random: () => number): number {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < weights.length; k++) if ((r -= weights[k]!) < 0) return k;
  return weights.length - 1;
}

function weightedPicker(weights: number[], random: () => number): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, k) => (cumulative[k] = total += w));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
