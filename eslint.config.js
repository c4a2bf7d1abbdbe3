// Lint: the dependency rules of docs/ARCHITECTURE.md, enforced rather than hoped for.
import tseslint from 'typescript-eslint';

/** '../x/y.js' or '../../x/y.js' from a domain file, where x is another domain (not platform) and y is not its index. */
const DOMAINS = 'regions|auth|audit|organisations|people|platforms|needs|catalogue|calls|projects|matching|funds|competitions|incubation|party|evaluation|volunteers|grid|consultation|stats|disclosure|registry';
const OTHER_DOMAIN_FILE = `^\\.\\./(\\.\\./)?(${DOMAINS})/(?!index\\.js$).+`;
const OTHER_DOMAIN_NON_TABLE = `^\\.\\./(\\.\\./)?(${DOMAINS})/(?!index\\.js$|[^/]*\\.table\\.js$).+`;
const PURE_FORBIDDEN = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'fs', 'pg', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/pglite', 'fastify', 'exceljs'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'web/dist/**', 'data/**', 'api/migrations/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // common is the bottom layer: it imports nothing of ours.
    files: ['common/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@wushe/*', '../../api/*', '../../web/*', '../../../*'], message: 'common imports nothing of ours' }] }] },
  },
  {
    // web never imports api.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@wushe/api', '@wushe/api/*', '**/api/src/**'], message: 'web talks to the API over HTTP only' }] }] },
  },
  {
    // A domain reaches another only through its index.ts; Drizzle only in repositories, tables and platform/db.
    files: ['api/src/domains/**/*.ts'],
    // testing/ holds test fixtures, which may write rows directly like the tests themselves.
    ignores: ['api/src/domains/**/*.repository.ts', 'api/src/domains/**/*.table.ts', 'api/src/domains/**/*.test.ts', 'api/src/domains/**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'drizzle-orm', message: 'only repositories and platform/db use Drizzle' }, { name: 'pg', message: 'only platform/db opens connections' }],
        patterns: [
          { regex: OTHER_DOMAIN_FILE, message: 'import another domain through its index.ts' },
          { group: ['drizzle-orm/*'], message: 'only repositories and platform/db use Drizzle' },
        ],
      }],
    },
  },
  {
    files: ['api/src/domains/**/*.repository.ts', 'api/src/domains/**/*.table.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: OTHER_DOMAIN_NON_TABLE, message: 'a repository may read another domain\'s table, nothing else of it' }] }] },
  },
  {
    // Thin HTTP: routes call services, never repositories.
    files: ['api/src/**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/*.repository.js', 'drizzle-orm', 'drizzle-orm/*'], message: 'routes call one service function; they never touch a repository' }] }] },
  },
  {
    // Pure rule files do no I/O.
    files: ['api/src/**/*-rules.ts', 'api/src/**/region-levels.ts', 'api/src/**/audit-chain.ts', 'api/src/**/login-throttle.ts', 'api/src/domains/matching/solver/**/*.ts', 'api/src/domains/calls/ocds-release.ts', 'api/src/domains/registry/engine/**/*.ts', 'common/src/kernel/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: PURE_FORBIDDEN.filter((p) => !p.includes('*')), patterns: [{ group: PURE_FORBIDDEN.filter((p) => p.includes('*')), message: 'pure rule files do no I/O' }] }] },
  },
);
