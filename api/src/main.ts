import { buildApp } from './app.js';
import { systemClock } from './platform/clock.js';
import { readConfig } from './platform/config.js';
import { createPiiCipher, loadMasterKey } from './platform/crypto/pii.js';
import { openDatabase } from './platform/db/client.js';
import { migrateDatabase } from './platform/db/migrate.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from './seed/index.js';

/** read config → open db → migrate → seed the demo city if empty → build app → listen. */
async function main() {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database);
  const deps = { db: database.db, dbKind: database.kind, clock: systemClock, cipher: createPiiCipher(loadMasterKey(config.secretKey, config.dataDir)), config };
  const seeded = await seedDemoIfEmpty(deps);
  const app = await buildApp(deps, { logger: process.env.LOG_LEVEL !== 'silent' });
  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'pglite' ? `嵌入式数据库 PGlite：${config.dataDir}` : 'PostgreSQL（DATABASE_URL）';
  console.log(`\nwushe 五社联动服务平台已启动：http://localhost:${config.port}\n${where}${seeded ? '；已载入示范城市 鄂尔多斯市' : ''}`);
  console.log(`示范账号（密码均为 ${DEMO_PASSWORD}${config.isDemo ? '' : '，首次登录须修改密码'}）：`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(13)} ${a.displayName}`);
  const stop = async () => { await app.close(); await database.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
