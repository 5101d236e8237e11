// Makes sure the e2e tests have a Chromium, on this Debian machine and on a laptop alike:
// $CHROMIUM_PATH → system chromium → (root on Debian) apt-get install chromium → npx playwright install chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.ts';

function log(message: string): void {
  console.log(`[ensure-browser] ${message}`);
}

function playwrightHasBrowser(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const envPath = process.env['CHROMIUM_PATH'];
if (envPath && !existsSync(envPath)) {
  console.error(`[ensure-browser] CHROMIUM_PATH is set to ${envPath}, which does not exist. Fix or unset it.`);
  process.exit(1);
}
if (chromiumPath()) {
  log(`using ${chromiumPath()}`);
  process.exit(0);
}
if (playwrightHasBrowser()) {
  log(`using Playwright's Chromium at ${chromium.executablePath()}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  log('installing Debian chromium with apt-get (root)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && chromiumPath()) {
    log(`installed ${chromiumPath()}`);
    process.exit(0);
  }
  log('apt-get could not install chromium; trying Playwright next');
}
log('downloading Chromium with `npx playwright install chromium`…');
try {
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (playwrightHasBrowser()) process.exit(0);
} catch {
  // fall through to the message below
}
console.error(
  '[ensure-browser] No Chromium for the e2e tests. Install one and retry: set CHROMIUM_PATH to a Chromium/Chrome binary, ' +
    'or on Debian/Ubuntu run `sudo apt-get install chromium`, or run `npx playwright install chromium`.',
);
process.exit(1);
