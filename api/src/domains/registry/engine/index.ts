// The entity-resolution engine: pure, used by the CLI, the benchmark and the register service.
export * from './types.js';
export { HEADER_SYNONYMS, detectHeader, matchHeader, foldHeader, type HeaderMapping } from './headers.js';
export { parseDate, fromExcelSerial } from './dates.js';
export { parseName, INDUSTRY_WORDS } from './names.js';
export { parseCode, nearCode, isValidOrgCode } from './codes.js';
export { phoneKeys } from './phones.js';
export { buildRegionIndex, parseAddress, regionOfAddress, shortRegionName, type RegionIndex } from './regions.js';
export { normaliseRow, markFilledDownCodes, kindOf } from './record.js';
export { comparePair, nameLevel, WEIGHTS, THRESHOLDS, type ValueFrequencies } from './compare.js';
export { candidatePairs, blockingKeys, MAX_BLOCK, type Candidates } from './block.js';
export { clusterRecords, clusterLinks, linksOf, type Clustering, type Decision, type Links, type LinkClustering } from './cluster.js';
export { resolveRows, resolveRecords, Resolver, type Resolution, type ReviewItem, type ResolveOptions, type Progress } from './resolve.js';
export { clusterMetrics, type Metrics } from './metrics.js';
export { partyCoverageOf, type PartyCoverage } from './party.js';
export { mapTable, departmentOfFile, type MappedTable } from './table.js';
export { ledgerOf, committeeOf, trustRank, DEFAULT_COMMITTEE_RULES, DEFAULT_TRUST_ORDER, SOCIAL_COMMITTEE, DEFAULT_COMMITTEE, type CommitteeRule } from './ledger.js';
export { summariseEntities, type EntitySummary, type FieldValue, type SummariseOptions } from './entities.js';
