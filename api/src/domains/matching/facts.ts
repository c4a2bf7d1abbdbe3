import { cityCodeOfPath, cityPathOfPath } from '@wushe/common';
import type { CandidateFacts } from './ranking/ranking-rules.js';
import type { OrganisationForMatching } from './matching.repository.js';
import type { OrganisationSignals } from './signals.repository.js';
import type { CandidateItem } from './follow-ups.repository.js';

/** The red/black list as the projects domain keeps it. */
export type ListStanding = { redListed: boolean; blackListed: boolean };

/** '/15…/1506…/…' → the city's code and path (the first two levels). */
export function cityOf(path: string): { code: string; path: string } {
  return { code: cityCodeOfPath(path) ?? path.split('/').filter(Boolean)[0] ?? '', path: cityPathOfPath(path) };
}

/**
 * An organisation as the register, its record (考榜, resident ratings, milestones on time, open projects and orders,
 * menu capacity) and the red/black list know it.
 */
export function organisationFacts(o: OrganisationForMatching, s?: OrganisationSignals, list?: ListStanding): CandidateFacts {
  return {
    id: o.id, kind: 'organisation', name: o.name, domains: o.serviceDomains, regionPaths: [o.operatingRegionPath],
    capacity: s?.capacity ?? null, activeLoad: s?.load ?? 0,
    evaluationScore: s?.evaluationScore ?? null, ratingAverage: s?.ratingAverage ?? null, onTimeRate: s?.onTimeRate ?? null,
    grade: o.grade, redListed: list?.redListed ?? false, blackListed: list?.blackListed ?? false, active: o.status === 'active',
  };
}


/**
 * A menu service as a candidate: its own category, served regions and monthly places (capacity), and its
 * organisation's record and standing (an item has no record of its own apart from its organisation's).
 */
export function itemFacts(item: CandidateItem, org: CandidateFacts): CandidateFacts {
  return {
    ...org, id: item.id, kind: 'catalogue_item', name: item.title, domains: [item.category], regionPaths: item.regionPaths,
    capacity: item.monthlyCapacity, activeLoad: item.takenThisMonth,
  };
}
