import path from 'node:path';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client.js';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../../migrations');

/** Applies the committed SQL migrations (the same files on both engines). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgresql') {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS });
  } else {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS });
  }
}
