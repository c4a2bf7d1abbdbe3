export { solveMatching } from './solver/solve.js';
export { validateInstance, type IndexedInstance } from './solver/validate.js';
export { MatchingInputError, type MatchingInputKind } from './solver/errors.js';
export type * from './solver/types.js';
export { matchingRoutes } from './matching.routes.js';
export { rankCandidates, type CandidateFacts } from './ranking/ranking-rules.js';
