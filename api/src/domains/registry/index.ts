// The base register's public face (issue 7).
export * from './engine/index.js';
export { loadFolder, type LoadedFolder, type FileReport, type RememberedMappings } from './files/load-folder.js';
export { readSheetBytes, decodeText, UnreadableFileError } from './files/read-sheet.js';
export { LEDGER_LABELS } from './ledger-labels.js';
export { registryRoutes } from './registry.routes.js';
export * from './registry.table.js';
export { importFolderToRegister } from './registry.batch.service.js';
export { writeDemoRegister, type DemoPerson } from './registry.demo.js';
