import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import type { SQL } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { fixedClock } from '../platform/clock.js';
import { readConfig, type Config } from '../platform/config.js';
import { createPiiCipher } from '../platform/crypto/pii.js';
import { openDatabase, type Database } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import type { AppDeps } from '../platform/deps.js';
import type { App } from '../platform/http/types.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../seed/index.js';

/**
 * A fresh database per test file: in-memory PGlite by default, or a throw-away database on the PostgreSQL
 * server in TEST_DATABASE_URL when WUSHE_TEST_DB=postgresql (scripts/test.mjs runs the API suite both ways).
 */
async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (process.env.WUSHE_TEST_DB !== 'postgresql') {
    return { database: await openDatabase({ databaseUrl: null, dataDir: 'memory://' }), drop: async () => {} };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('WUSHE_TEST_DB=postgresql needs TEST_DATABASE_URL');
  const name = `wushe_t_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', poolSize: 5 });
  return {
    database,
    drop: async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestContext {
  app: App;
  deps: AppDeps;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

/** Builds the whole app on a fresh database with the demo city loaded. */
export async function createTestContext(opts: { demo?: boolean; organisations?: number; registry?: boolean; config?: Partial<Config> } = {}): Promise<TestContext> {
  const { database, drop } = await openTestDatabase();
  await migrateDatabase(database);
  const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
  const config = { ...readConfig({}), isDemo: opts.demo ?? true, dataDir: 'memory://', ...opts.config };
  const deps: AppDeps = { db: database.db, dbKind: database.kind, clock, cipher: createPiiCipher(randomBytes(32)), config };
  await seedDemoIfEmpty(deps, { organisations: opts.organisations ?? 200, registry: opts.registry ?? false });
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();

  const sessionFor = (cookie: string, csrf: string): Session => ({
    cookie, csrf,
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url, body, headers = {}) => app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf, ...headers }, ...(body === undefined ? {} : Buffer.isBuffer(body) ? { payload: body } : { payload: body as object }) }),
    patch: (url, body) => app.inject({ method: 'PATCH', url, headers: { cookie, 'x-csrf-token': csrf }, payload: body as object }),
    put: (url, body) => app.inject({ method: 'PUT', url, headers: { cookie, 'x-csrf-token': csrf }, payload: body as object }),
  });

  return {
    app, deps, database, clock,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.headers['set-cookie'];
      const raw = (Array.isArray(cookie) ? cookie[0] : cookie)!.split(';')[0]!;
      return sessionFor(raw, res.json().csrfToken);
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

/** Rows of a raw query, the same shape on PGlite and node-postgres (the oracle side of tests). */
export async function queryRows<T = Record<string, unknown>>(t: TestContext, query: SQL): Promise<T[]> {
  const res = (await t.database.db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
