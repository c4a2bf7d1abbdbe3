// Every table, for drizzle-kit and the typed client. Domains own their tables; this file only gathers them.
export { regions } from '../../domains/regions/regions.table.js';
export { users, sessions } from '../../domains/auth/auth.table.js';
export { auditLog } from '../../domains/audit/audit.table.js';
export { organisations } from '../../domains/organisations/organisations.table.js';
export { needs } from '../../domains/needs/needs.table.js';
export { matchingSettings, matchingFairs, matchingFollowUps, matchingInvitations } from '../../domains/matching/matching.table.js';
export { calls, callBids, callBidMembers, callPanellists, callReviews, callAwards, callObjections, callEvents, callExclusions } from '../../domains/calls/calls.table.js';
export { projects, projectMilestones, projectActivities, projectPhotos, projectSpendings, projectRectifications, projectComplaints, projectEvents } from '../../domains/projects/projects.table.js';
export { evaluationScores, evaluationSettings, ratingCodes, organisationEvaluations, standingEntries } from '../../domains/projects/evaluations.table.js';
export { funds, ledgerAccounts, ledgerTransactions, ledgerEntries, fundIdempotency, fundProjects, fundCampaigns, fundDonations, fundDisbursements, fundPaymentMilestones } from '../../domains/funds/funds.table.js';
export { needAttachments, needAssessments, needEvents, needStatusCounts } from '../../domains/needs/needs-support.table.js';
export { catalogueItems, catalogueOrders, catalogueOrderEvents } from '../../domains/catalogue/catalogue.table.js';
export { registryImports, registrySourceRows, registryEntities, registryDecisions, registryReviewItems, registryHeaderMappings, registryTasks, registrySettings } from '../../domains/registry/registry.table.js';
