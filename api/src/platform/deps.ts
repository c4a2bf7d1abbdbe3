import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { PiiCipher } from './crypto/pii.js';
import type { Db } from './db/client.js';

/** What every service needs, built once at start-up and passed down (no module-level singletons). */
export interface AppDeps {
  db: Db;
  dbKind: 'pglite' | 'postgresql';
  clock: Clock;
  cipher: PiiCipher;
  config: Config;
}
