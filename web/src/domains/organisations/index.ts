// The organisations slice's public face: counts for the workbench.
export { listOrganisations, orgKeys } from './organisations.api';
