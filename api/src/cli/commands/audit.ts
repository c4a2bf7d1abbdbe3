import { verifyAuditChain } from '../../domains/audit/index.js';
import { openCliContext } from '../context.js';

const REASONS = { gap: '缺失（被删除）', prev_hash: '前序哈希不符（被删除或调换）', hash: '内容被篡改' } as const;

/** `audit verify`: walks the hash chain; exit 0 when intact, 1 naming the first broken entry. */
export async function runAuditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.error('用法：npm run wushe -- audit verify');
    return 2;
  }
  const { database, deps } = await openCliContext();
  try {
    const r = await verifyAuditChain(deps.db);
    if (!r.firstBreak) {
      console.log(`OK：审计日志共 ${r.checked} 条，哈希链完整`);
      return 0;
    }
    console.error(`BROKEN：第 ${r.firstBreak.seq} 条审计记录${REASONS[r.firstBreak.reason]}（此前 ${r.checked} 条完好）`);
    return 1;
  } finally {
    await database.close();
  }
}
