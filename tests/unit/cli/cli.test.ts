/**
 * openclaw-triage as users get it: `npm pack` (prepack builds cli-dist with the catalog embedded),
 * installed into an empty folder, run with this Node 22 binary and no dev dependencies.
 * Its JSON must equal the engine's findings on every sample and follow its published schema
 * (`/cli-output.schema.json`); the rest checks follow mode, exit codes, robustness (binary, invalid
 * UTF-8, NUL, CRLF, EPIPE, missing/unreadable files), formats, language, colour, explain and list.
 * Speed and memory on big inputs are measured by `npm run bench`, not here.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { CliOutput, cliOutputJsonSchema } from '../../../src/cli/output-schema.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import { captureName, labCaptures } from '../../../scripts/lab/fixtures.ts';
import { packCli } from './packed-cli.ts';
import { LAB_SECRETS } from '../../../scripts/lab/capture.ts';

const repo = process.cwd();
const samplesDir = join(repo, 'tests', 'fixtures', 'samples');
const samples = readdirSync(samplesDir).sort();
const TOKEN_LINE =
  'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)';

let work: string;
let bin: string;

/** A predictable environment: English, no colour variables, no npm-injected cwd. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(?:LANG|LC_\w+|NO_COLOR|FORCE_COLOR|INIT_CWD|OPENCLAW_TRIAGE_DEBUG)$/.test(k)) clean[k] = v;
  return { ...clean, LANG: 'C', ...extra };
}

function run(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    input: options.input ?? '',
    env: env(options.env),
    cwd: options.cwd ?? work,
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 64 << 20,
  });
}

function json(r: SpawnSyncReturns<string>): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    assert.fail(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr}`);
  }
}

/** The published JSON Schema, read back by zod: what a consumer of `/cli-output.schema.json` validates with. */
const publishedSchema = z.fromJSONSchema(cliOutputJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);

/**
 * `--format json` output follows its contract: the strict zod schema (no field it does not describe)
 * and the JSON Schema the site serves.
 */
function assertContract(doc: unknown, what: string): void {
  const strict = CliOutput.safeParse(doc);
  assert.ok(
    strict.success,
    `${what}: output does not follow src/cli/output-schema.ts:\n${strict.success ? '' : z.prettifyError(strict.error)}`,
  );
  const published = publishedSchema.safeParse(doc);
  assert.ok(
    published.success,
    `${what}: output does not follow /cli-output.schema.json:\n${published.success ? '' : z.prettifyError(published.error)}`,
  );
}

function assertNoStackTrace(r: { stderr: string }): void {
  assert.doesNotMatch(r.stderr, /\n\s+at |TypeError|RangeError|ReferenceError|node:internal/, `no stack trace, got: ${r.stderr}`);
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'openclaw-triage-'));
  const packed = packCli(work);
  const { files, app } = packed;
  bin = packed.bin;
  assert.ok(
    files.some((f) => f === 'cli-dist/openclaw-triage.js'),
    'the tarball ships the built CLI',
  );
  assert.ok(!files.some((f) => f.endsWith('.ts')), 'no TypeScript in the tarball');
  assert.ok(existsSync(join(app, 'node_modules', '.bin', 'openclaw-triage')), 'the bin link is installed');
  assert.deepEqual(
    readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.')),
    ['openclaw-gateway-handbook'],
    'no dependencies installed',
  );
  writeFileSync(join(work, 'token.log'), `${TOKEN_LINE}\n`);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packed CLI equals the engine', () => {
  test('JSON on every sample: same ids, lines, counts, matches, order and kind as analyze()', () => {
    const compiled = compileCatalog(loadCatalog().entries);
    const r = run(['--format', 'json', '--fail-on', 'none', ...samples.map((s) => join(samplesDir, s))]);
    assert.equal(r.status, 0, r.stderr);
    const doc = json(r);
    assertContract(doc, 'every sample');
    assert.equal(doc.version, 1);
    assert.equal(doc.tool.name, 'openclaw-triage');
    assert.match(doc.tool.version, /^\d+\.\d+\.\d+/);
    assert.equal(doc.inputs.length, samples.length);
    for (const sample of samples) {
      const name = join(samplesDir, sample);
      const report = analyze(readFileSync(name, 'utf8'), compiled);
      const input = doc.inputs.find((i: any) => i.name === name);
      assert.deepEqual({ kind: input.kind, lines: input.lines }, { kind: report.inputKinds[0], lines: report.lines }, sample);
      const ours = doc.findings.filter((f: any) => f.input === name).map((f: any) => [f.id, f.severity, f.line, f.count, f.match]);
      assert.deepEqual(
        ours,
        report.findings.map((f) => [f.id, f.severity, f.line, f.count, f.match]),
        sample,
      );
      assert.ok(ours.length > 0, `${sample} has findings`);
    }
    for (const f of doc.findings) {
      assert.deepEqual(Object.keys(f), ['id', 'section', 'severity', 'input', 'line', 'match', 'title', 'url', 'count']);
      assert.equal(f.url, `https://openclaw-handbook.example/en/signatures/${f.id}/`);
    }
  });

  test('JSON on every lab capture of real OpenClaw output: the same findings as analyze(), and no lab secret', () => {
    const compiled = compileCatalog(loadCatalog().entries);
    const captures = labCaptures();
    assert.ok(captures.length > 0, 'the lab fixtures are committed');
    const r = run(['--format', 'json', '--fail-on', 'none', ...captures.map((c) => c.path)]);
    assert.equal(r.status, 0, r.stderr);
    const doc = json(r);
    assertContract(doc, 'every lab capture');
    for (const capture of captures) {
      const report = analyze(capture.text, compiled);
      const ours = doc.findings.filter((f: any) => f.input === capture.path).map((f: any) => [f.id, f.line, f.count, f.match]);
      assert.deepEqual(
        ours,
        report.findings.map((f) => [f.id, f.line, f.count, f.match]),
        captureName(capture),
      );
    }
    const text = run(['--fail-on', 'none', ...captures.map((c) => c.path)]).stdout;
    for (const secret of Object.values(LAB_SECRETS)) {
      assert.ok(!r.stdout.includes(secret), `JSON output shows ${secret}`);
      assert.ok(!text.includes(secret), `text output shows ${secret}`);
    }
  });

  test('standard input gives the same findings as the file', () => {
    const file = join(samplesDir, 'logs-plain.txt');
    const a = json(run(['--format', 'json', file]));
    const b = json(run(['--format', 'json'], { input: readFileSync(file) }));
    assert.equal(b.inputs[0].name, '<stdin>');
    assert.deepEqual(
      b.findings.map((f: any) => [f.id, f.line, f.count]),
      a.findings.map((f: any) => [f.id, f.line, f.count]),
    );
  });

  test('npm run triage from the repo gives the same JSON as the packed CLI', () => {
    const file = join(samplesDir, 'gateway-status-stopped.txt');
    const repoRun = spawnSync('npm', ['run', '--silent', 'triage', '--', '--format', 'json', file], {
      cwd: repo,
      encoding: 'utf8',
      env: env(),
    });
    const packed = run(['--format', 'json', file]);
    assert.equal(repoRun.status, packed.status, repoRun.stderr);
    assert.deepEqual(json(repoRun).findings, json(packed).findings);
  });
});

describe('the JSON contract (/cli-output.schema.json)', () => {
  test('an empty input: kind empty, no lines, no findings', () => {
    const doc = json(run(['--format', 'json']));
    assertContract(doc, 'empty input');
    assert.deepEqual(doc.inputs, [{ name: '<stdin>', kind: 'empty', lines: 0, kinds: [] }]);
    assert.deepEqual(doc.findings, []);
  });

  test('lines not in the catalog yet, with their search links and nearest entries', () => {
    const input =
      '2026-12-02T13:03:36Z error [gateway] sidecar ENOSPC while writing /tmp/a\n2026-12-02T13:03:40Z warn [gateway] token refresh failed for gateway auth\n';
    const doc = json(run(['--format', 'json', '--fail-on', 'none'], { input }));
    assertContract(doc, 'unrecognized lines');
    assert.ok(doc.unrecognized.length >= 1);
  });

  test('a missing file next to a readable one: an unreadable input and an error entry', () => {
    const r = run(['--format', 'json', 'missing.log', 'token.log']);
    const doc = json(r);
    assertContract(doc, 'missing file');
    assert.deepEqual(
      doc.errors.map((e: any) => e.input),
      ['missing.log'],
    );
    assert.equal(doc.inputs[0].kind, 'unreadable');
  });

  test('binary, NUL and over-long lines: the skipped list', () => {
    const input = Buffer.concat([Buffer.from('a\u0000b\n'), Buffer.from(`${'x'.repeat(200_000)}\n`), Buffer.from(`${TOKEN_LINE}\n`)]);
    const doc = json(run(['--format', 'json'], { input }));
    assertContract(doc, 'skipped lines');
    assert.ok(doc.skipped.length >= 1);
  });

  test('in Chinese, with a file:// docs URL, and several inputs including standard input', () => {
    const doc = json(
      run(
        ['--format', 'json', '--lang', 'zh-CN', '--docs-url', 'file:///srv/handbook/', join(samplesDir, 'gateway-status-stopped.txt'), '-'],
        { input: `${TOKEN_LINE}\n` },
      ),
    );
    assertContract(doc, 'zh-CN, file://, two inputs');
    assert.ok(doc.findings.every((f: any) => f.url.startsWith('file:///srv/handbook/zh-cn/signatures/')));
  });

  test('the summary of --follow --format json', () => {
    const doc = json(run(['--follow', '--format', 'json'], { input: `${TOKEN_LINE}\n${TOKEN_LINE}\n` }));
    assertContract(doc, '--follow');
    assert.deepEqual(
      doc.findings.map((f: any) => [f.id, f.count]),
      [['auth-token-mismatch', 2]],
    );
  });

  test('every lab capture in Chinese, without redaction', () => {
    const doc = json(run(['--format', 'json', '--fail-on', 'none', '--lang', 'zh-CN', '--no-redact', ...labCaptures().map((c) => c.path)]));
    assertContract(doc, 'every lab capture, zh-CN, --no-redact');
  });
});

describe('not in the catalog yet', () => {
  const unknown =
    '2026-12-02T13:03:36Z error [gateway] sidecar ENOSPC while writing /tmp/a\n2026-12-02T13:03:37Z error [gateway] sidecar ENOSPC while writing /tmp/b\n';
  test('JSON lists a problem line no signature explains, once per shape, with a search link', () => {
    const doc = json(run(['--format', 'json', '--fail-on', 'none'], { input: unknown }));
    assert.deepEqual(doc.findings, []);
    assert.equal(doc.unrecognized.length, 1);
    const [u] = doc.unrecognized;
    assert.deepEqual([u.input, u.line, u.lastLine, u.count], ['<stdin>', 1, 2, 2]);
    assert.equal(u.search, 'https://openclaw-handbook.example/en/signatures/?q=sidecar%20ENOSPC%20while%20writing');
    assert.ok(Array.isArray(u.nearest));
  });

  test('text and SARIF show it at info level, in the chosen language', () => {
    assert.match(run(['--fail-on', 'none'], { input: unknown }).stdout, /^info {2}line 1 {2}Not in the catalog yet$/m);
    assert.match(run(['--fail-on', 'none', '--lang', 'zh-CN'], { input: unknown }).stdout, /尚未收录的问题/);
    const sarif = json(run(['--format', 'sarif', '--fail-on', 'none'], { input: unknown }));
    const result = sarif.runs[0].results.find((r: any) => r.ruleId === 'not-in-catalog');
    assert.equal(result.level, 'note');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 1);
  });

  test('the exit code counts findings, not lines that are not in the catalog yet', () => {
    assert.equal(run([], { input: unknown }).status, 0);
  });
});

describe('text output', () => {
  test('findings in rank order with severity, title, line, match, meaning, fix, and a footer of links', () => {
    const r = run([join(samplesDir, 'gateway-status-stopped.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /OpenClaw 2026\.4\.9 detected \(line 1\)/);
    assert.match(r.stdout, /^error {2}line \d+ {2}.+ \[config-cli-service-mismatch\]$/m);
    assert.match(r.stdout, /matched: "/);
    assert.match(r.stdout, /Meaning: /);
    assert.match(r.stdout, /Fix:\n {6}1\. /);
    const footer = r.stdout.slice(r.stdout.indexOf('For more information:'));
    const links = footer.match(/https:\/\/openclaw-handbook\.example\/en\/signatures\/[a-z0-9-]+\//g) ?? [];
    assert.ok(links.length >= 1 && links.length <= 5, 'capped footer');
    assert.equal(new Set(links).size, links.length, 'de-duplicated footer');
    assert.ok(links[0]!.endsWith('/config-cli-service-mismatch/'), 'footer in rank order');
  });

  test('--lang zh-CN and a Chinese LANG print Chinese, with zh-cn links', () => {
    const a = run(['--lang', 'zh-CN', 'token.log']);
    assert.match(a.stdout, /错误/);
    assert.match(a.stdout, /共享 token/);
    assert.match(a.stdout, /\/zh-cn\/signatures\/auth-token-mismatch\//);
    const b = run(['token.log'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(b.stdout, /详细说明：/);
    const c = run(['--format', 'json', '--lang', 'zh-CN', '--docs-url', 'https://docs.example.org/', 'token.log']);
    assert.equal(json(c).findings[0].url, 'https://docs.example.org/zh-cn/signatures/auth-token-mismatch/');
  });

  test('colour: off in a pipe, forced by FORCE_COLOR, disabled by NO_COLOR and --no-color', () => {
    const esc = /\u001b\[/;
    assert.doesNotMatch(run(['token.log']).stdout, esc);
    assert.match(run(['token.log'], { env: { FORCE_COLOR: '1' } }).stdout, esc);
    assert.doesNotMatch(run(['token.log'], { env: { NO_COLOR: '1' } }).stdout, esc);
    assert.doesNotMatch(run(['--no-color', 'token.log'], { env: { FORCE_COLOR: '1' } }).stdout, esc);
  });

  test('redaction is on by default, --no-redact turns it off', () => {
    const input = `${TOKEN_LINE} token=abcd1234secretvalue\n`;
    assert.doesNotMatch(run([], { input }).stdout, /abcd1234secretvalue/);
    assert.match(run(['--no-redact'], { input }).stdout, /abcd1234secretvalue/);
  });
});

describe('exit codes and --fail-on', () => {
  test('0 without findings at or above --fail-on, 1 with them', () => {
    assert.equal(run([], { input: 'all quiet\n' }).status, 0);
    assert.equal(run(['token.log']).status, 1);
    assert.equal(run(['--fail-on', 'none', 'token.log']).status, 0);
    const infoOnly = join(samplesDir, 'heartbeat-last.json');
    assert.equal(run([infoOnly]).status, 0);
    assert.equal(run(['--fail-on', 'warning', infoOnly]).status, 0);
    assert.equal(run(['--fail-on', 'info', infoOnly]).status, 1);
    const warningOnly = join(samplesDir, 'cron-status.json');
    assert.equal(run([warningOnly]).status, 0);
    assert.equal(run(['--fail-on=warning', warningOnly]).status, 1);
  });

  test('2 with a one-line usage message that says what to do', () => {
    for (const args of [
      ['--bogus'],
      ['--format', 'xml'],
      ['--fail-on'],
      ['--lang', 'fr'],
      ['explain'],
      ['list', 'x'],
      ['--section', 'control-ui'],
    ]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^openclaw-triage: .+/);
      assertNoStackTrace(r);
    }
    assert.match(run(['--format', 'xml']).stderr, /text, json, sarif.*--help/);
  });

  test('--help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /openclaw-triage explain AUTH_TOKEN_MISMATCH/);
    assert.match(help.stdout, /--fail-on/);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^openclaw-triage \d+\.\d+\.\d+ \(catalog of \d+ signatures\)$/m);
  });
});

describe('robustness', () => {
  test('a missing file is reported and the other files are still analysed (exit 2)', () => {
    const r = run(['--format', 'json', 'missing.log', 'token.log']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.log: file not found/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    const doc = json(r);
    assert.equal(doc.inputs[0].kind, 'unreadable');
    assert.deepEqual(doc.findings.map((f: any) => [f.input, f.id]).slice(0, 1), [['token.log', 'auth-token-mismatch']]);
    assertNoStackTrace(r);
  });

  test('an unreadable input (a directory) is reported and the other files are still analysed', () => {
    const r = run(['pack', 'token.log']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /pack: is a directory/);
    assert.match(r.stdout, /auth-token-mismatch/);
    assertNoStackTrace(r);
  });

  test('an unreadable file (chmod 000)', (t) => {
    if (process.getuid?.() === 0)
      return t.skip('running as root: chmod 000 files stay readable (the directory case covers unreadable input)');
    const file = join(work, 'secret.log');
    writeFileSync(file, `${TOKEN_LINE}\n`);
    chmodSync(file, 0);
    const r = run(['secret.log', 'token.log']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /permission denied/);
    assert.match(r.stdout, /auth-token-mismatch/);
  });

  test('binary input gives a result and says what was skipped', () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const input = Buffer.concat([bytes, Buffer.from(`\n${TOKEN_LINE}\n`)]);
    const r = run(['--format', 'json'], { input });
    assert.equal(r.status, 1, r.stderr);
    const doc = json(r);
    assert.ok(
      doc.skipped.some((s: any) => s.reason === 'binary'),
      'binary lines reported as skipped',
    );
    assert.ok(
      doc.findings.some((f: any) => f.id === 'auth-token-mismatch'),
      'text after the binary is still read',
    );
    const text = run([], { input });
    assert.match(text.stdout, /skipped .*binary data/);
    assertNoStackTrace(text);
  });

  test('NUL bytes: the line is skipped as binary, other lines still match', () => {
    const r = run(['--format', 'json'], { input: Buffer.from(`a\u0000b\u0000c\n${TOKEN_LINE}\n`) });
    const doc = json(r);
    assert.deepEqual(
      doc.skipped.map((s: any) => [s.reason, s.startLine]),
      [['binary', 1]],
    );
    assert.equal(doc.findings[0].line, 2);
    assertNoStackTrace(r);
  });

  test('invalid UTF-8 and a BOM do not stop matching', () => {
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('start \xff\xfe\xc3 junk\n', 'latin1'),
      Buffer.from(`${TOKEN_LINE} \xff\n`, 'latin1'),
    ]);
    const r = run(['--format', 'json'], { input });
    assert.equal(r.status, 1, r.stderr);
    const doc = json(r);
    assert.equal(doc.findings[0].id, 'auth-token-mismatch');
    assert.equal(doc.findings[0].line, 2);
    assertNoStackTrace(r);
  });

  test('CRLF input gives the same findings as LF', () => {
    const text = readFileSync(join(samplesDir, 'gateway-run-errors.txt'), 'utf8');
    const lf = json(run(['--format', 'json'], { input: text }));
    const crlf = json(run(['--format', 'json'], { input: text.replace(/\n/g, '\r\n') }));
    assert.deepEqual(crlf.findings, lf.findings);
  });

  test('piping into head exits quietly (EPIPE)', () => {
    const lines = `${Array.from({ length: 20000 }, () => TOKEN_LINE).join('\n')}\n`;
    writeFileSync(join(work, 'many.log'), lines);
    for (const args of ['--follow < many.log', 'list', 'list --lang zh-CN']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ${args} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
        cwd: work,
        encoding: 'utf8',
        env: env(),
      });
      assert.equal(r.stdout.trim().split('\n').length, 1, args);
      const status = Number(/status=(\d+)/.exec(r.stderr)?.[1]);
      assert.ok(status === 0 || status === 1, `quiet exit for ${args}, got ${status}`);
      assert.equal(r.stderr.replace(/status=\d+\n/, ''), '', `nothing on stderr for ${args}`);
    }
  });
});

describe('--follow', () => {
  test('annotates a signature as soon as its line arrives, before the input ends, then prints the summary at EOF', {
    timeout: 30_000,
  }, async () => {
    const cli = spawn(process.execPath, [bin, '--follow'], { stdio: ['pipe', 'pipe', 'pipe'], env: env() });
    let out = '';
    let annotated: { summaryYet: boolean } | undefined;
    cli.stdout.on('data', (d) => {
      out += d;
      if (!annotated && out.includes('[auth-token-mismatch]')) {
        annotated = { summaryYet: out.includes('— summary —') };
        // The rest of the input is sent only now: the annotation cannot have waited for the end of it.
        cli.stdin.end(`later line\n${TOKEN_LINE}\n`);
      }
    });
    cli.stdin.write(`${TOKEN_LINE}\n`); // stdin stays open, as with `openclaw logs --follow`
    const code = await new Promise<number | null>((resolve) => cli.on('close', resolve));
    assert.ok(annotated, `annotated: ${out}`);
    assert.equal(annotated.summaryYet, false, 'no summary before the end of the input');
    assert.match(out, /×2/, 'running count');
    assert.match(out, /— summary —[\s\S]*seen 2 times[\s\S]*Summary: \d+ error\(s\)/);
    assert.equal(code, 1);
  });

  test('Ctrl-C (SIGINT) prints the summary and exits with the --fail-on code', async () => {
    const cli = spawn(process.execPath, [bin, '--follow'], { stdio: ['pipe', 'pipe', 'pipe'], env: env() });
    let out = '';
    cli.stdout.on('data', (d) => {
      out += d;
      if (out.includes('[auth-token-mismatch]') && !cli.killed) cli.kill('SIGINT');
    });
    cli.stdin.write(`${TOKEN_LINE}\n`); // stdin stays open, as with `openclaw logs --follow`
    const code = await new Promise<number | null>((resolve) => cli.on('close', resolve));
    assert.match(out, /— summary —/);
    assert.match(out, /For more information:/);
    assert.equal(code, 1);
  });
});

describe('SARIF', () => {
  test('SARIF 2.1.0 with a helpUri per rule', () => {
    const r = run(['--format', 'sarif', join(samplesDir, 'logs-plain.txt')]);
    assert.equal(r.status, 1);
    const sarif = json(r);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const [runObj] = sarif.runs;
    assert.equal(runObj.tool.driver.name, 'openclaw-triage');
    assert.ok(runObj.tool.driver.rules.length > 0);
    for (const rule of runObj.tool.driver.rules) assert.equal(rule.helpUri, `https://openclaw-handbook.example/en/signatures/${rule.id}/`);
    for (const result of runObj.results) {
      assert.equal(runObj.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
      assert.ok(result.message.text.length > 0);
    }
  });
});

describe('explain and list', () => {
  test('explain by id, by code and by error text', () => {
    const byId = run(['explain', 'device-nonce-mismatch']);
    assert.equal(byId.status, 0);
    assert.match(byId.stdout, /\[device-nonce-mismatch\]/);
    for (const heading of [
      'Severity:',
      'Section:',
      'Exact strings',
      'What it means',
      'How to fix it',
      'More: https://openclaw-handbook.example/en/signatures/device-nonce-mismatch/',
    ])
      assert.ok(byId.stdout.includes(heading), heading);
    const byCode = run(['explain', 'AUTH_TOKEN_MISMATCH']);
    assert.match(byCode.stdout, /^.+\[auth-token-mismatch\]$/m);
    assert.match(byCode.stdout, /AUTH_TOKEN_MISMATCH/);
    assert.match(run(['explain', 'origin not allowed']).stdout, /\[control-ui-origin-not-allowed\]/);
    assert.match(run(['explain', TOKEN_LINE]).stdout, /\[auth-token-mismatch\]/);
    assert.match(run(['explain', '--lang', 'zh-CN', 'AUTH_TOKEN_MISMATCH']).stdout, /含义/);
    const asJson = json(run(['explain', '--format', 'json', 'AUTH_TOKEN_MISMATCH']));
    assert.equal(asJson.id, 'auth-token-mismatch');
    assert.equal(asJson.via, 'code');
  });

  test('explain of something unknown exits 2 and points to list', () => {
    const r = run(['explain', 'no such thing qqq']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /openclaw-triage list/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(run(['explain', 'auth-token-mismatc']).stderr, /did you mean auth-token-mismatch\?/);
  });

  test('list prints one line per signature; --section filters', () => {
    const all = run(['list']);
    assert.equal(all.status, 0);
    const total = all.stdout.trim().split('\n').length - 1;
    assert.equal(total, json(run(['list', '--format', 'json'])).length);
    const section = run(['list', '--section', 'control-ui']);
    const rows = section.stdout.trim().split('\n').slice(0, -1);
    assert.ok(rows.length > 0 && rows.length < total);
    for (const row of rows) assert.match(row, /^[a-z0-9-]+ +(?:error|warning|info) +control-ui +\S/);
    const bad = run(['list', '--section', 'nope']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /control-ui/);
  });
});
