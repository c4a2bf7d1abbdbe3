import { matchingEn } from '../../domains/matching/messages';
import { registryEn } from '../../domains/registry/messages';
import { enumsEn, errorsEn } from './enums';
import { callsEn } from '../../domains/calls/messages';
import { fundsEn } from '../../domains/funds/messages';
import type { zhCN } from './zh-CN';
import { projectsEn } from '../../domains/projects/messages';
import { needsEn } from '../../domains/needs/messages';
import { catalogueEn } from '../../domains/catalogue/messages';

/** Same shape as zh-CN with every leaf a string, so a missing key fails the type check. */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

export const enUS: MessageShape<typeof zhCN> = {
  app: {
    title: 'Five-Society Linkage Platform',
    shortTitle: 'wushe',
    subtitle: 'wushe · communities, social organisations, social workers, volunteers and charitable resources working together',
    loading: 'Loading…',
    menu: {
      home: 'Workbench', regions: 'Regions & grids', organisations: 'Organisations', audit: 'System logs', funds: 'Fund disclosure',
      auditOperations: 'Operation log', auditLogins: 'Login log', matching: 'Matching', matchingFairs: 'Matchmaking fairs',
    },
    header: {
      logout: 'Log out', changePassword: 'Change password', language: 'Language', openMenu: 'Open menu', allRegions: 'All regions',
      loggedOut: 'Logged out',
    },
    home: {
      welcome: 'Hello, {name}',
      role: 'Role', region: 'Region', scope: 'Data scope', organisation: 'Organisation',
      orgTotal: 'Organisations', orgActive: 'Active', orgInactive: 'Deactivated', unit: '',
      quickLinks: 'Shortcuts', noModules: 'Your role has no management functions yet; ask your community or street office.',
    },
    notFound: { title: 'Page not found', subtitle: 'The page you asked for does not exist or was removed.', back: 'Back to workbench' },
    error: { title: 'Something went wrong', subtitle: 'The page hit an unexpected error. Reload and try again; if it persists, contact the administrator.', reload: 'Reload', back: 'Back to workbench' },
    forbidden: { title: 'No access', subtitle: 'Your role may not open this page.' },
  },
  common: {
    search: 'Search', reset: 'Reset', create: 'New', edit: 'Edit', save: 'Save', cancel: 'Cancel', confirm: 'OK', close: 'Close',
    actions: 'Actions', view: 'View', yes: 'Yes', no: 'No', all: 'All', empty: '—', refresh: 'Refresh', back: 'Back',
    total: '{total} in total', saved: 'Saved', requestId: 'Request id: {id}', errorWithDetail: '{title}: {detail}',
  },
  language: { 'zh-CN': '简体中文', 'en-US': 'English' },
  languageShort: { 'zh-CN': '中', 'en-US': 'EN' },
  auth: {
    login: {
      title: 'Five-Society Linkage Platform', subtitle: 'Please log in', username: 'User name', password: 'Password', submit: 'Log in',
      usernameRequired: 'Enter your user name', passwordRequired: 'Enter your password',
      demoHint: 'Demo accounts: admin, city, banner, street, community, grid, org1 …; initial password wushe2026',
    },
    password: {
      title: 'Change password', forcedHint: 'For your account\'s safety, set a new password after the first login or a reset.',
      oldPassword: 'Current password', newPassword: 'New password', confirmPassword: 'Confirm new password', submit: 'Change password',
      required: 'Please fill this in', mismatch: 'The two new passwords differ', rule: 'At least 8 characters with letters and digits',
      sameAsOld: 'The new password must differ from the current one', success: 'Password changed', back: 'Back',
    },
  },
  regions: {
    page: {
      title: 'Regions & grids', treeTitle: 'Your regions', detailTitle: 'Region details', selectHint: 'Pick a region in the tree to see its details',
      code: 'Code', name: 'Name', level: 'Level', population: 'Population', parent: 'Parent region', children: 'Sub-regions',
      childCount: '{count}', noChildren: 'None', createGrid: 'New grid', createMicrogrid: 'New micro-grid', editGrid: 'Edit grid',
      gridHint: 'Grids go under communities or villages, micro-grids under grids.', searchPlaceholder: 'Search region names',
    },
    gridForm: {
      createTitle: 'New {level} under "{parent}"', editTitle: 'Edit "{name}"', name: 'Name', population: 'Population (optional)',
      nameRequired: 'Enter a name', created: 'Created {level} "{name}"', updated: 'Saved',
    },
    picker: { placeholder: 'Choose a region', noResult: 'No matching region' },
  },
  organisations: {
    list: {
      title: 'Social organisations', searchPlaceholder: 'Name (simplified/traditional), credit code or phone', region: 'Region',
      type: 'Type', status: 'Status', domain: 'Service domain', create: 'Register', export: 'Export Excel', import: 'Import',
      exported: 'Download started', exportFileName: 'organisations.xlsx',
    },
    columns: {
      name: 'Name', creditCode: 'Unified social credit code', type: 'Type', operatingRegion: 'Operating region', domains: 'Service domains',
      grade: 'Grade', tags: 'Tags', status: 'Status', phone: 'Phone', actions: 'Actions',
    },
    tags: { hub: 'Hub', brand: 'Brand' },
    actions: {
      view: 'Details', edit: 'Edit', deactivate: 'Deactivate', deactivateConfirm: 'Deactivate "{name}"? It can no longer be edited afterwards.',
      deactivated: 'Deactivated "{name}"',
    },
    form: {
      createTitle: 'Register an organisation', editTitle: 'Edit "{name}"', name: 'Name', creditCode: 'Unified social credit code',
      creditCodeHint: '18 characters; optional for filed community organisations', type: 'Type', serviceDomains: 'Service domains',
      isHub: 'Hub organisation', isBrand: 'Brand organisation', registrationRegion: 'Registration region', operatingRegion: 'Operating region',
      legalRepresentative: 'Legal representative / head', phone: 'Phone', phoneKeep: 'Leave empty to keep it (now {masked})',
      address: 'Address', foundedOn: 'Founded on', grade: 'Evaluation grade', gradeValidUntil: 'Grade valid until', submit: 'Save',
      created: 'Registered "{name}"', updated: 'Saved "{name}"', nameRequired: 'Enter the name', nameLength: 'The name has 2–100 characters',
      typeRequired: 'Choose a type', regionRequired: 'Choose a region', creditCodeRequired: 'Required except for filed community organisations',
      invalidPhone: 'Enter an 11-digit mobile or a landline with area code', gradeNone: 'Not graded', reload: 'Reload',
    },
    detail: {
      title: 'Organisation details', showPhone: 'Show full number', phoneAudited: 'Showing the full number is recorded in the operation log',
      createdAt: 'Registered at', updatedAt: 'Updated at', version: 'Version',
    },
    import: {
      title: 'Import organisations', step1: 'Step 1: download the template and fill it in', downloadTemplate: 'Download template',
      step2: 'Step 2: upload the filled file and preview the checks', choose: 'Choose an .xlsx file', preview: 'Preview',
      updateExisting: 'Update the existing organisation when its credit code is already registered (otherwise a duplicate)',
      step3: 'Step 3: confirm', summary: '{total} rows: {valid} valid, {invalid} with errors',
      importAll: 'Import all (only if no errors)', importValid: 'Import valid rows only', done: 'Imported: {created} created, {updated} updated',
      row: 'Row', name: 'Name', creditCode: 'Credit code', action: 'Action', errors: 'Problems', column: '{column}: {message}',
      noFile: 'Choose a file first', allValid: 'Every row passed the checks', noRows: 'The file has no data rows; fill the template from row 2', changeFile: 'Choose another', templateFileName: 'organisation-import-template.xlsx',
      statTotal: 'Rows', statValid: 'Valid', statInvalid: 'Errors', statCreatedUpdated: 'Created / updated',
    },
  },
  needs: needsEn,
  catalogue: catalogueEn,
  audit: {
    operations: { title: 'Operation log' },
    logins: { title: 'Login log' },
    filters: { actor: 'Actor', action: 'Action', entityType: 'Record type', dateRange: 'Dates' },
    columns: {
      at: 'Time', actor: 'Actor', role: 'Role', action: 'Action', entity: 'Record', summary: 'Summary', ip: 'IP address', seq: 'No.',
    },
    diff: { title: 'Changes', empty: 'No change details', requestId: 'Request id' },
  },
  matching: matchingEn,
  projects: projectsEn,
  funds: fundsEn,
  registry: registryEn,
  enums: enumsEn,
  errors: errorsEn,
  calls: callsEn,
};
