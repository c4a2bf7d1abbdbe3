// The needs list's public face: routes, and the transitions the calls and projects domains drive.
export { needRoutes } from './needs.routes.js';
export { needs } from './needs.table.js';
export { findAcceptedNeeds, markNeedsInCall, releaseNeedsFromCall, markNeedsInProject, markNeedsClosed } from './needs-assessment.service.js';
export { seedNeeds, type NeedSeed } from './needs-seed.service.js';
