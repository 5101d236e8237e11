/**
 * OpenClaw releases for the lab, installed once each into a cache outside the repository
 * (`$OPENCLAW_LAB_CACHE`, default `~/.cache/openclaw-lab`), each with the Node its `engines` field needs.
 *
 * Installing touches the npm registry only: `npm install --ignore-scripts` fetches the package, and
 * its lifecycle scripts (OpenClaw's own code) then run through `npm rebuild` inside `unshare -n`, like
 * every other OpenClaw process of the lab, so no OpenClaw code ever runs with a network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import type { InstalledRelease } from './sandbox.ts';

/** The seed's era: the runbook the handbook started from describes this release's output. */
export const SEED_RELEASE = '2026.4.9';

export const CACHE = process.env['OPENCLAW_LAB_CACHE'] ?? join(homedir(), '.cache', 'openclaw-lab');
const MARKER = '.lab-installed.json';

export function log(message: string): void {
  process.stderr.write(`[lab] ${message}\n`);
}

function npm(args: string[], cwd: string, nodeBin?: string): { ok: boolean; out: string } {
  const env = { ...process.env, ...(nodeBin ? { PATH: `${join(nodeBin, '..')}:${process.env['PATH']}` } : {}) };
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

/** The newest release on the registry, or the newest one in the cache when the registry is out of reach. */
export function newestRelease(): string {
  const r = spawnSync('npm', ['view', 'openclaw', 'dist-tags.latest'], { encoding: 'utf8', timeout: 60_000 });
  const latest = r.stdout?.trim();
  if (r.status === 0 && latest) return latest;
  const cached = installedReleases().sort(semverCompare).pop();
  if (!cached) throw new Error('cannot reach the npm registry to find the newest openclaw release, and the cache is empty');
  log(`registry unreachable; using the newest cached release, ${cached}`);
  return cached;
}

function semverCompare(a: string, b: string): number {
  return semver.compare(
    semver.coerce(a, { loose: true, includePrerelease: true }) ?? '0.0.0',
    semver.coerce(b, { loose: true, includePrerelease: true }) ?? '0.0.0',
  );
}

export function installedReleases(): string[] {
  const dir = join(CACHE, 'releases');
  return existsSync(dir) ? readdirSync(dir).filter((r) => existsSync(join(dir, r, MARKER))) : [];
}

/** A Node binary of the given major version: the project's own when it fits, else one from the cache. */
function nodeOfMajor(major: number): { node: string; version: string } {
  if (Number(process.versions.node.split('.')[0]) === major) return { node: process.execPath, version: process.versions.node };
  const dir = join(CACHE, `node-${major}`);
  const node = join(dir, 'node_modules', '.bin', 'node');
  if (!existsSync(node)) {
    log(`installing Node ${major} from the npm registry into ${dir}…`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `lab-node-${major}`, private: true }) + '\n');
    const r = npm(['install', `node@${major}`], dir);
    if (!r.ok) throw new Error(`npm install node@${major} failed:\n${r.out}`);
  }
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
  return { node, version };
}

/** Picks the Node for an `engines.node` range: the project's Node 22 when it satisfies it, else a newer major. */
function nodeFor(range: string): { node: string; version: string } {
  for (const major of [22, 24, 26]) {
    const candidate = nodeOfMajor(major);
    if (semver.satisfies(candidate.version, range)) return candidate;
  }
  throw new Error(`no Node 22, 24 or 26 satisfies engines.node "${range}"`);
}

function folderSize(dir: string): number {
  const r = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return Number(r.stdout.split('\t')[0]) || 0;
}

/**
 * Runs `npm rebuild` (the package's lifecycle scripts) with no network: loopback only, in its own PID
 * namespace so that nothing it starts outlives it. Some releases' postinstall runs a nested
 * `npm install` of optional plugin dependencies (2026.4.9: the AWS SDK); npm's offline mode (inherited
 * through the environment) makes that fail at once instead of retrying an unreachable registry until
 * the time limit.
 */
function rebuildOffline(dir: string, node: string): { ok: boolean; out: string } {
  const script = `ip link set lo up && PATH="${join(node, '..')}:$PATH" exec npm rebuild --loglevel=error`;
  const env = {
    ...process.env,
    npm_config_offline: 'true',
    npm_config_fetch_retries: '0',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const r = spawnSync('unshare', ['-n', '-p', '--fork', '--kill-child=SIGKILL', '--mount-proc', '--', '/bin/sh', '-c', script], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 600_000,
    killSignal: 'SIGKILL',
  });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

/** Installs a release once (later calls reuse the cache) and says what it did. */
export function ensureRelease(release: string): InstalledRelease {
  const dir = join(CACHE, 'releases', release);
  const marker = join(dir, MARKER);
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as { engines: string };
    const { node, version } = nodeFor(info.engines);
    log(`${release}: cached in ${dir} (Node ${version})`);
    return { release, dir, node, nodeVersion: version };
  }
  const started = Date.now();
  const view = spawnSync('npm', ['view', `openclaw@${release}`, 'engines.node'], { encoding: 'utf8', timeout: 60_000 });
  if (view.status !== 0 || !view.stdout.trim())
    throw new Error(`openclaw@${release} is not on the registry (npm view: ${view.stderr.trim() || 'no engines field'})`);
  const engines = view.stdout.trim();
  const { node, version } = nodeFor(engines);
  log(`${release}: installing into ${dir} with Node ${version} (engines.node ${engines}); this takes a few minutes…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `lab-openclaw-${release}`, private: true }) + '\n');
  const install = npm(['install', '--ignore-scripts', '--omit=dev', `openclaw@${release}`], dir, node);
  if (!install.ok) throw new Error(`npm install openclaw@${release} failed:\n${install.out}`);
  const rebuild = rebuildOffline(dir, node);
  if (!rebuild.ok) log(`${release}: npm rebuild (offline) reported problems; continuing:\n${rebuild.out.slice(0, 2000)}`);
  writeFileSync(marker, JSON.stringify({ release, engines, installedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`${release}: installed, ${(folderSize(dir) / 1e6).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { release, dir, node, nodeVersion: version };
}

/** The installed package's own folder (docs/, dist/, CHANGELOG.md). */
export function packageDir(release: InstalledRelease): string {
  const dir = join(release.dir, 'node_modules', 'openclaw');
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is missing`);
  return dir;
}
