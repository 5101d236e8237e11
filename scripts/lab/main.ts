/**
 * `npm run lab`: real OpenClaw releases as the test oracle.
 *
 *   npm run lab                               install the default releases, capture every scenario
 *   npm run lab -- --release 2026.6.11        another release (repeatable; replaces the defaults)
 *   npm run lab -- --scenario wrong-token     only these scenarios (repeatable)
 *   npm run lab -- --jobs 3                   scenarios run at once (default 2)
 *   npm run lab -- install                    only install the releases
 *   npm run lab -- drift 2026.9.6             write docs-dev/lab/drift-<release>.md
 *   npm run lab -- check [--verbose]          the engine on the committed captures, against the scenarios
 *   npm run lab -- seen                       write content/seen-in-real-output.json from the captures (also after a capture run)
 *
 * Must run as root (network namespaces). See docs-dev/LAB.md.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { captureAll, hasCollectStep } from './capture.ts';
import { writeSeenIndex } from './seen.ts';
import { CACHE, ensureRelease, log, newestRelease, SEED_RELEASE } from './releases.ts';
import { loadScenario, scenarioIds } from './scenario.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    release: { type: 'string', multiple: true },
    scenario: { type: 'string', multiple: true },
    jobs: { type: 'string', default: '2' },
    verbose: { type: 'boolean', default: false },
  },
});

const command = positionals[0] ?? 'capture';
if (!['capture', 'install', 'drift', 'check', 'seen'].includes(command)) {
  console.error(`unknown command "${command}": use capture (default), install, check, seen or drift <release>`);
  process.exit(2);
}
if (command === 'check') {
  const { printCheck } = await import('./check.ts');
  process.exit(printCheck(values.scenario, values.verbose) > 0 ? 1 : 0);
}
if (command === 'seen') {
  console.log(`content/seen-in-real-output.json: ${writeSeenIndex()} signature(s) seen in real output`);
  process.exit(0);
}
if (process.getuid?.() !== 0 && command !== 'drift') {
  console.error('the lab needs root: every OpenClaw process runs in its own network namespace (unshare -n)');
  process.exit(2);
}

// Each run gets private tmpfs mounts on these; a cache below one of them (releases, Node, run folders)
// would vanish inside the sandbox.
const masked = ['/tmp', '/home', '/dev/shm'].find((dir) => CACHE === dir || CACHE.startsWith(`${dir}/`));
if (masked && command !== 'drift') {
  console.error(
    `OPENCLAW_LAB_CACHE=${CACHE} is below ${masked}, which every run replaces with a private tmpfs; use a folder elsewhere (e.g. /var/tmp/openclaw-lab)`,
  );
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

const all = scenarioIds();
const wanted = values.scenario ?? all;
const unknown = wanted.filter((id) => !all.includes(id));
if (unknown.length > 0) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; have: ${all.join(', ')}`);
  process.exit(2);
}
const scenarios = wanted.map((id) => loadScenario(id));
if (scenarios.some(hasCollectStep)) {
  // `collect` steps run the packed CLI as users get it: built from this checkout, catalog embedded.
  const build = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'build-cli.ts')], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('the lab needs the packed CLI for its collect steps, and npm run build:cli failed');
    process.exit(1);
  }
}
let failed = 0;
for (const release of releases) {
  // The other release, for scenarios that pair an old CLI with a new gateway and the reverse.
  const other = releases.find((r) => r !== release);
  log(`${release.release}: ${scenarios.length} scenario(s), ${values.jobs} at a time`);
  const results = await captureAll(scenarios, release, other, Number(values.jobs));
  failed += results.filter((r) => !r.ok).length;
}
// A trial run into another folder (OPENCLAW_LAB_FIXTURES) leaves the committed index alone.
if (process.env['OPENCLAW_LAB_FIXTURES'] === undefined)
  log(`content/seen-in-real-output.json: ${writeSeenIndex()} signature(s) seen in real output`);
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s${failed ? `, ${failed} run(s) failed` : ''}`);
process.exit(failed ? 1 : 0);
