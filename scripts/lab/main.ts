/**
 * `npm run lab`: real OpenClaw releases as the test oracle.
 *
 *   npm run lab                               install the default releases, capture every scenario
 *   npm run lab -- --release 2026.6.11        another release (repeatable; replaces the defaults)
 *   npm run lab -- --scenario wrong-token     only these scenarios (repeatable)
 *   npm run lab -- --jobs 3                   scenarios run at once (default 2)
 *   npm run lab -- install                    only install the releases
 *   npm run lab -- drift 2026.9.6             write docs-dev/lab/drift-<release>.md
 *
 * Must run as root (network namespaces). See docs-dev/LAB.md.
 */
import { parseArgs } from 'node:util';
import { captureAll } from './capture.ts';
import { ensureRelease, log, newestRelease, SEED_RELEASE } from './releases.ts';
import { loadScenarios } from './scenario.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    release: { type: 'string', multiple: true },
    scenario: { type: 'string', multiple: true },
    jobs: { type: 'string', default: '2' },
  },
});

const command = positionals[0] ?? 'capture';
if (!['capture', 'install', 'drift'].includes(command)) {
  console.error(`unknown command "${command}": use capture (default), install or drift <release>`);
  process.exit(2);
}
if (process.getuid?.() !== 0 && command !== 'drift') {
  console.error('the lab needs root: every OpenClaw process runs in its own network namespace (unshare -n)');
  process.exit(2);
}

const started = Date.now();
if (command === 'drift') {
  const releases = positionals.slice(1);
  if (releases.length === 0) releases.push(SEED_RELEASE, newestRelease());
  const { writeDriftReport } = await import('./drift.ts');
  for (const r of releases) writeDriftReport(ensureRelease(r));
  process.exit(0);
}

const names = values.release ?? [SEED_RELEASE, newestRelease()];
const releases = names.map(ensureRelease);
if (command === 'install') process.exit(0);

const all = loadScenarios();
const wanted = values.scenario ?? all.map((s) => s.id);
const unknown = wanted.filter((id) => !all.some((s) => s.id === id));
if (unknown.length > 0) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; have: ${all.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const scenarios = all.filter((s) => wanted.includes(s.id));
let failed = 0;
for (const release of releases) {
  // The other release, for scenarios that pair an old CLI with a new gateway and the reverse.
  const other = releases.find((r) => r !== release);
  log(`${release.release}: ${scenarios.length} scenario(s), ${values.jobs} at a time`);
  const results = await captureAll(scenarios, release, other, Number(values.jobs));
  failed += results.filter((r) => !r.ok).length;
}
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s${failed ? `, ${failed} run(s) failed` : ''}`);
process.exit(failed ? 1 : 0);
