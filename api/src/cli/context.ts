import { systemClock } from '../platform/clock.js';
import { readConfig } from '../platform/config.js';
import { createPiiCipher, loadMasterKey } from '../platform/crypto/pii.js';
import { openDatabase, type Database } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import type { AppDeps } from '../platform/deps.js';

/** Opens the configured database (DATABASE_URL or the PGlite data directory), migrated, for one command. */
export async function openCliContext(): Promise<{ deps: AppDeps; database: Database }> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
  await migrateDatabase(database);
  const deps = { db: database.db, dbKind: database.kind, clock: systemClock, cipher: createPiiCipher(loadMasterKey(config.secretKey, config.dataDir)), config };
  return { deps, database };
}
