import { channelSecret, checkLedger } from '../../domains/funds/index.js';
import { openCliContext } from '../context.js';

/**
 * `ledger check`: verifies every ledger invariant and every stored balance against the entries; exit 0 when all hold,
 * 1 naming each failed check. `ledger channel-secret <channel>`: prints the HMAC secret to give a payment channel.
 */
export async function runLedgerCommand(args: string[]): Promise<number> {
  if (args[0] !== 'check' && !(args[0] === 'channel-secret' && args[1])) {
    console.error('用法：npm run wushe -- ledger check | ledger channel-secret <wechat|alipay|unionpay>');
    return 2;
  }
  const { database, deps } = await openCliContext();
  try {
    if (args[0] === 'channel-secret') {
      console.log(channelSecret(deps, args[1]!));
      return 0;
    }
    const r = await checkLedger(deps.db);
    if (r.problems.length === 0) {
      console.log(`OK：账本 ${r.transactions} 笔凭证、${r.entries} 条分录、${r.accounts} 个账户，${r.checks} 项不变量全部成立`);
      return 0;
    }
    for (const p of r.problems) console.error(`FAIL：${p.check}：${p.detail}`);
    console.error(`账本校验未通过：${r.problems.length}/${r.checks} 项不成立`);
    return 1;
  } finally {
    await database.close();
  }
}
