import type { CandidateFacts } from './ranking/ranking-rules.js';
import type { OrganisationForMatching } from './matching.repository.js';

/** '/15…/1506…/…' → the city's code and path (the first two levels). */
export function cityOf(path: string): { code: string; path: string } {
  const parts = path.split('/').filter(Boolean);
  return { code: parts[1] ?? parts[0] ?? '', path: `/${parts.slice(0, 2).join('/')}/` };
}

/** Facts about an organisation as the register knows them; track record and load come with projects and orders. */
export function organisationFacts(o: OrganisationForMatching): CandidateFacts {
  return {
    id: o.id, kind: 'organisation', name: o.name, domains: o.serviceDomains, regionPaths: [o.operatingRegionPath], capacity: null, activeLoad: 0,
    evaluationScore: null, ratingAverage: null, onTimeRate: null, grade: o.grade, redListed: false, blackListed: false, active: o.status === 'active',
  };
}

