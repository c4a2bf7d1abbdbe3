// The fund network and its public double-entry ledger: the domain's public face.
export { fundRoutes } from './funds.routes.js';
export { fundPublicRoutes } from './public.routes.js';
export { createPaymentSchedule, requestMilestonePayment, scheduleAwardPayments, type AwardedContract } from './disbursements.service.js';
export { checkLedger } from './ledger.service.js';
export { channelSecret, signChannelNotification } from './donations.service.js';
export { funds, ledgerAccounts, ledgerTransactions, ledgerEntries } from './funds.table.js';
export { seedFundNetwork, DEMO_CONTRACT_REF } from './demo-seed.js';
