/**
 * The packed CLI links to the public URL the handbook is built for: `npm run build:cli` with
 * HANDBOOK_SITE_URL set freezes that URL into the bundle as the default --docs-url.
 * The bundle is built in a copy of the repository's sources (scripts/build-cli.ts writes to
 * <root>/cli-dist), so this test never replaces the repository's own cli-dist/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = process.cwd();
const SITE = 'https://handbook.example.org';
let root: string;

/** The environment of a user's shell: the CLI gets no HANDBOOK_SITE_URL at run time. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C' };
  delete env['HANDBOOK_SITE_URL'];
  return env;
}

function buildCli(siteUrl: string) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.ts')], {
    cwd: root,
    env: { ...process.env, HANDBOOK_SITE_URL: siteUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function runCli(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'cli-dist', 'openclaw-triage.js'), ...args], {
    cwd: root,
    env: userEnv(),
    encoding: 'utf8',
    timeout: 20_000,
  });
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'handbook-docs-url-'));
  for (const path of ['src', 'content', 'package.json', join('scripts', 'build-cli.ts'), join('scripts', 'build-catalog.ts')]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    cpSync(join(repo, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a CLI bundle built with HANDBOOK_SITE_URL links to that site in explain, JSON and SARIF', () => {
  const build = buildCli(`${SITE}/`);
  assert.equal(build.status, 0, build.stderr);
  assert.match(build.stdout, /links to https:\/\/handbook\.example\.org,/);

  const explain = runCli(['explain', 'AUTH_TOKEN_MISMATCH', '--lang', 'en']);
  assert.equal(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, /More: https:\/\/handbook\.example\.org\/en\/signatures\/auth-token-mismatch\//);
  assert.doesNotMatch(explain.stdout, /openclaw-handbook\.example/);

  const zh = runCli(['explain', 'AUTH_TOKEN_MISMATCH', '--lang', 'zh-CN']);
  assert.match(zh.stdout, /https:\/\/handbook\.example\.org\/zh-cn\/signatures\/auth-token-mismatch\//);

  const line =
    'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)\n';
  const json = spawnSync(process.execPath, [join(root, 'cli-dist', 'openclaw-triage.js'), '--format', 'json'], {
    input: line,
    env: userEnv(),
    encoding: 'utf8',
  });
  const findings = (JSON.parse(json.stdout) as { findings: Array<{ url: string }> }).findings;
  assert.ok(findings.length > 0, json.stdout);
  for (const f of findings) assert.ok(f.url.startsWith(`${SITE}/en/signatures/`), f.url);

  const sarif = spawnSync(process.execPath, [join(root, 'cli-dist', 'openclaw-triage.js'), '--format', 'sarif'], {
    input: line,
    env: userEnv(),
    encoding: 'utf8',
  });
  assert.equal(JSON.parse(sarif.stdout).runs[0].tool.driver.informationUri, `${SITE}/en/tools/cli/`);
});

test('--docs-url still overrides the built-in default', () => {
  assert.equal(buildCli(SITE).status, 0);
  const explain = runCli(['explain', 'AUTH_TOKEN_MISMATCH', '--lang', 'en', '--docs-url', 'http://mirror.example.net/']);
  assert.match(explain.stdout, /More: http:\/\/mirror\.example\.net\/en\/signatures\/auth-token-mismatch\//);
});

test('the CLI build refuses a HANDBOOK_SITE_URL with a path, and says what to set', () => {
  const build = buildCli('https://example.org/handbook');
  assert.equal(build.status, 1);
  assert.match(build.stderr, /HANDBOOK_SITE_URL must be the http\(s\) origin .* set HANDBOOK_SITE_URL=https:\/\/example\.org\./);
  assert.match(build.stderr, /the catalog and HANDBOOK_SITE_URL must be valid before the CLI can be built/);
});
