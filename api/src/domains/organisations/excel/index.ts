/** Excel layer of the organisation register: import template, import parser, export. Pure: no database, no HTTP. */
export { buildImportTemplate, regionLabel, TEMPLATE_SHEET, INSTRUCTIONS_SHEET, DICTIONARY_SHEET, type TemplateRegion } from './template.js';
export {
  parseImportWorkbook, formatRowErrors, toOrganisationInput,
  type ParseOptions, type ParsedImport, type ParsedRow, type CellError, type OrganisationInputDraft,
} from './parse.js';
export { buildExportWorkbook, EXPORT_SHEET, type ExportOptions } from './export.js';
export { COLUMNS, MAX_IMPORT_ROWS } from './columns.js';
