/**
 * The CLI as users get it: `npm pack` of the repository (which builds the bundle through `prepack`),
 * installed from the tarball into an empty folder with no network. Shared by the CLI test files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PackedCli {
  /** The installed bin's script. */
  bin: string;
  /** The folder it was installed into (`<app>/node_modules/…`). */
  app: string;
  /** The files in the tarball, as `npm pack --json` lists them. */
  files: string[];
}

export function packCli(work: string): PackedCli {
  const packDir = join(work, 'pack');
  mkdirSync(packDir, { recursive: true });
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: process.cwd(), encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm pack failed:\n${pack.stderr}`);
  const { filename, files } = (
    JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>
  )[0]!;
  const app = join(work, 'app');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--prefix', app, join(packDir, filename)], {
    cwd: work,
    encoding: 'utf8',
  });
  assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.stderr}`);
  return {
    bin: join(app, 'node_modules', 'openclaw-gateway-handbook', 'cli-dist', 'openclaw-triage.js'),
    app,
    files: files.map((f) => f.path),
  };
}
