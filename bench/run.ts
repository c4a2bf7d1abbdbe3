// npm run bench -- <name>: runs one benchmark and prints its table (results go in bench/RESULTS.md by hand).
const BENCHES: Record<string, () => Promise<void>> = {
  api: async () => (await import('./api/run.js')).runApiBench(),
  matching: async () => (await import('./matching/run.js')).runMatchingBench(),
  ledger: async () => (await import('./ledger/run.js')).runLedgerBench(),
  needs: async () => (await import('./needs/run.js')).runNeedsBench(),
  registry: async () => (await import('./registry/run.js')).runRegistryBench(process.argv.slice(3).map(Number).filter((n) => n > 0)),
};

const benchName = process.argv[2];
const bench = benchName ? BENCHES[benchName] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>`);
  process.exit(2);
}
bench().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});

export {};
