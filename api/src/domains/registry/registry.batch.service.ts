/** The command line's `--database`: a folder of department files into the register, one transaction. */
import { newId } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { recordAudit } from '../audit/index.js';
import type { LoadedFolder } from './files/load-folder.js';
import { inheritedEntityIds } from './registry.continuity.js';
import { reconcile, type ReconcileResult } from './registry.reconcile.js';
import * as repo from './registry.repository.js';

/** Imports every file of a loaded folder (each replacing its department's previous rows) and re-resolves once. */
export async function importFolderToRegister(deps: AppDeps, loaded: LoadedFolder): Promise<{ result: ReconcileResult; rowIds: string[] }> {
  return deps.db.transaction(async (tx) => {
    const admin = await repo.firstAdminId(tx);
    if (!admin) throw new Error('数据库中没有平台管理员账号，请先运行 npm run wushe -- seed');
    const now = deps.clock.now();
    const rowIds = loaded.rows.map(() => newId());
    let at = 0;
    for (const f of loaded.files) {
      if (f.problem || !f.mapping) continue;
      const importId = newId();
      const rows = loaded.rows.slice(at, at + f.rows);
      await repo.insertImport(tx, {
        id: importId, department: f.department, fileName: f.file, sheet: f.sheet, encoding: f.encoding, headerRow: f.mapping.headerRow + 1,
        mapping: f.mapping.headers.map((header, i) => ({ header, field: f.mapping!.columns[i] ?? null })), rowCount: f.rows, report: {},
        regionPath: '/', createdBy: admin, createdAt: now,
      });
      const previous = await repo.retireDepartmentRows(tx, f.department);
      const inherited = inheritedEntityIds(deps, f.department, previous, rows);
      await repo.insertSourceRows(tx, rows.map((r, i) => ({
        id: rowIds[at + i]!, importId, department: f.department, fileName: f.file, rowNo: r.row,
        rawEnc: deps.cipher.encrypt(JSON.stringify(r.raw ?? r.cells)), mappedEnc: deps.cipher.encrypt(JSON.stringify(r.cells)),
        name: r.cells.name ?? '', current: true, createdAt: now, entityId: inherited[i] ?? null,
      })));
      at += f.rows;
    }
    const result = await reconcile(tx, deps);
    await recordAudit(tx, { actor: null, ip: '', requestId: '' }, deps.clock, {
      action: 'registry.import', entityType: 'registry_import', regionPath: null,
      summary: `命令行批量导入 ${loaded.files.filter((f) => !f.problem).length} 个部门文件、${loaded.rows.length} 行：底册 ${result.entities} 个主体，待确认 ${result.review}`,
    });
    return { result, rowIds };
  });
}
