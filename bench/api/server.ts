// A benchmark server in its own process, so the load generator does not share its event loop.
// argv: <wushe|bare> <postgres-url|pglite-dir> <port>
import Fastify from 'fastify';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../api/src/app.js';
import { systemClock } from '../../api/src/platform/clock.js';
import { readConfig } from '../../api/src/platform/config.js';
import { createPiiCipher } from '../../api/src/platform/crypto/pii.js';
import { openDatabase } from '../../api/src/platform/db/client.js';

const [mode, target, portText] = process.argv.slice(2);
const port = Number(portText);
const isPg = target!.startsWith('postgres');

/** The list query wushe runs, written by hand: scope, region filter, type filter, page, and the count. */
const WHERE = `(o.operating_region_path like $1 or o.registration_region_path like $1)
  and (o.operating_region_path like $2 or o.registration_region_path like $2) and o.type = $3`;
const LIST = `select o.*, rr.name as registration_region_name, op.name as operating_region_name from organisations o
  left join regions rr on rr.code = o.registration_region_code left join regions op on op.code = o.operating_region_code
  where ${WHERE} order by o.id desc limit $4 offset $5`;
const COUNT = `select count(*)::int as n from organisations o where ${WHERE}`;

async function bare() {
  let query: (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  if (isPg) {
    const pool = new pg.Pool({ connectionString: target, max: 20 });
    query = (sql, params) => pool.query(sql, params);
  } else {
    const db = await PGlite.create(`${target}/pgdata`);
    query = (sql, params) => db.query(sql, params);
  }
  const app = Fastify();
  app.get<{ Querystring: { scope: string; region: string; type: string; page: string } }>('/bare/organisations', async (req) => {
    const { scope, region, type } = req.query;
    const page = Number(req.query.page ?? 1);
    const params = [`${scope}%`, `${region}%`, type];
    const items = await query(LIST, [...params, 20, (page - 1) * 20]);
    const total = await query(COUNT, params);
    return { items: items.rows, total: total.rows[0]!.n, page, pageSize: 20 };
  });
  await app.listen({ port, host: '127.0.0.1' });
}

async function wushe() {
  const config = { ...readConfig({}), databaseUrl: isPg ? target! : null, dataDir: isPg ? 'memory://' : target!, isDemo: true };
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ db: database.db, dbKind: database.kind, clock: systemClock, cipher: createPiiCipher(randomBytes(32)), config }, { serveWeb: false });
  await app.listen({ port, host: '127.0.0.1' });
}

await (mode === 'bare' ? bare() : wushe());
console.log('READY');
