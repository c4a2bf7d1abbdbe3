import { runAuditCommand } from './commands/audit.js';
import { runLedgerCommand } from './commands/ledger.js';
import { runMatchCommand } from './commands/match.js';
import { runRegionsCommand } from './commands/regions.js';
import { runRegistryCommand } from './commands/registry.js';
import { runSeedCommand } from './commands/seed.js';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  migrate: { run: runSeedCommand.bind(null, false), help: 'migrate                     应用数据库迁移' },
  seed: { run: runSeedCommand.bind(null, true), help: 'seed                        空库时载入示范城市（鄂尔多斯市）' },
  regions: { run: runRegionsCommand, help: 'regions import <code>       从国家区划数据导入省/市/县/乡镇子树' },
  audit: { run: runAuditCommand, help: 'audit verify                校验审计日志哈希链' },
  ledger: { run: runLedgerCommand, help: 'ledger check                校验基金账本（借贷平衡、余额、冲正、冻结）；ledger channel-secret <渠道>' },
  match: { run: runMatchCommand, help: 'match solve <in.json> --out <out.json>  求解批量匹配（最优）' },
  registry: { run: runRegistryCommand, help: 'registry merge <文件夹> --links <out.csv> [--database]  合并各部门名录为基础底册' },
};

/** `npm run wushe -- <command>`: the operator's command line. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const cmd = name ? COMMANDS[name] : undefined;
  if (!cmd) {
    console.log(`用法：npm run wushe -- <命令>\n${Object.values(COMMANDS).map((c) => `  ${c.help}`).join('\n')}`);
    return name ? 2 : 0;
  }
  return cmd.run(rest);
}

main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
