// The organisation register's public face.
export { organisationRoutes } from './organisations.routes.js';
export { organisations } from './organisations.table.js';
export { insertOrganisations, countOrganisations, findByCreditCode } from './organisations.repository.js';
export { newOrganisationRow } from './organisation-mapper.js';
export { CREDIT_PREFIXES_BY_TYPE } from './organisation-rules.js';
