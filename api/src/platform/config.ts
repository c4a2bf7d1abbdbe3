import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secretKey: string | null;
  isDemo: boolean;
  webDist: string;
  version: string;
  /** Anonymous writes (objections, ratings) one IP may make per minute. */
  publicWritesPerMinute: number;
}

/** Reads configuration from the environment; every variable is documented in README.md. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = path.resolve(import.meta.dirname, '../../..');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.WUSHE_DATA_DIR ?? path.join(root, 'data')),
    databaseUrl: env.DATABASE_URL || null,
    secretKey: env.WUSHE_SECRET_KEY || null,
    isDemo: env.WUSHE_DEMO === '1',
    webDist: path.join(root, 'web/dist'),
    version: '0.1.0',
    publicWritesPerMinute: positiveInteger(env.WUSHE_PUBLIC_WRITE_LIMIT, 60),
  };
}

/** A positive whole number from the environment, or the default when unset or unreadable (never NaN: NaN would turn a limit off). */
function positiveInteger(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}
