/**
 * `openclaw-triage collect` as users get it (the packed CLI), on a stand-in `openclaw` that answers
 * with what real releases printed (lab captures of 2026.4.9 and 2026.9.6), that hangs for one command
 * or lacks another. Its JSON follows the published schema; its checklist, next command, progress
 * lines, bundle, exit codes and read-only promise are checked against the real output.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { FORBIDDEN_FLAGS } from '../../../src/cli/collect-forms.ts';
import { CliOutput, cliOutputJsonSchema } from '../../../src/cli/output-schema.ts';
import { LADDER } from '../../../src/engine/index.ts';
import { LAB_SECRETS } from '../../../scripts/lab/capture.ts';
import {
  HEALTHY_4,
  HEALTHY_9,
  releaseAnswers,
  runCollect,
  scenarioAnswers,
  packedCli,
  type Answers,
  type CollectRun,
} from './collect-helpers.ts';

let work: string;
let cli: string;

const publishedSchema = z.fromJSONSchema(cliOutputJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);

function assertContract(doc: unknown, what: string): void {
  const strict = CliOutput.safeParse(doc);
  assert.ok(strict.success, `${what}: does not follow src/cli/output-schema.ts:\n${strict.success ? '' : z.prettifyError(strict.error)}`);
  const published = publishedSchema.safeParse(doc);
  assert.ok(
    published.success,
    `${what}: does not follow /cli-output.schema.json:\n${published.success ? '' : z.prettifyError(published.error)}`,
  );
}

const statuses = (doc: any) => Object.fromEntries(doc.ladder.map((r: any) => [r.command, r.status]));
const rung = (doc: any, command: string) => doc.ladder.find((r: any) => r.command === command);
/** The command lines collect ran (not --version or --help). */
const ran = (r: CollectRun) => r.log.map((e) => e.args).filter((a) => a !== '--version' && !a.endsWith('--help'));

/** Whether a process still runs: a killed one may linger as a zombie until its new parent reaps it. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'openclaw-triage-collect-'));
  cli = packedCli(work);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a healthy gateway', () => {
  test('2026.9.6: every rung healthy, each in its read-only form, nothing to run next, exit 0', () => {
    const r = runCollect(cli, ['--format', 'json'], { answers: scenarioAnswers('2026.9.6', 'healthy', HEALTHY_9), release: '2026.9.6' });
    assert.equal(r.status, 0, r.stderr);
    const doc = r.json();
    assertContract(doc, 'collect on 2026.9.6 healthy');
    assert.deepEqual(
      doc.ladder.map((s: any) => s.command),
      LADDER.map((s) => s.command),
      'one entry per rung, in ladder order',
    );
    assert.deepEqual(Object.values(statuses(doc)), ['healthy', 'healthy', 'healthy', 'healthy', 'healthy']);
    assert.deepEqual(
      doc.ladder.map((s: any) => s.run.command),
      [
        'openclaw status --all',
        'openclaw gateway status',
        'openclaw logs --limit 200 --plain',
        'openclaw doctor --lint --json',
        'openclaw channels status --probe',
      ],
    );
    assert.deepEqual(
      doc.inputs.map((i: any) => i.name),
      doc.ladder.map((s: any) => s.run.command),
      'one input per command that ran',
    );
    assert.equal(doc.openclaw.version, '2026.9.6');
    assert.equal(doc.next, null);
    assert.ok(rung(doc, 'openclaw gateway status').signals.includes('connectivity-probe-ok'));
    assert.equal(
      rung(doc, 'openclaw doctor').run.exitCode,
      1,
      'doctor --lint exits 1 on findings; the rung is judged by them, not by the exit code',
    );
  });

  test('2026.4.9: doctor is not run, for want of a read-only form; the rest is healthy', () => {
    const r = runCollect(cli, ['--format', 'json'], { answers: scenarioAnswers('2026.4.9', 'healthy', HEALTHY_4), release: '2026.4.9' });
    assert.equal(r.status, 0, r.stderr);
    const doc = r.json();
    assertContract(doc, 'collect on 2026.4.9 healthy');
    assert.deepEqual(statuses(doc), {
      'openclaw status': 'healthy',
      'openclaw gateway status': 'healthy',
      'openclaw logs --follow': 'healthy',
      'openclaw doctor': 'missing',
      'openclaw channels status --probe': 'healthy',
    });
    const doctor = rung(doc, 'openclaw doctor');
    assert.equal(doctor.reason, 'no-read-only-form');
    assert.equal(doctor.run, undefined);
    assert.ok(!ran(r).some((a) => a.startsWith('doctor')), `doctor never ran: ${ran(r).join(' | ')}`);
    assert.match(r.stderr, /\[4\/5\] openclaw doctor: not run: this release has no read-only form of it \(no doctor --lint/);
    assert.equal(doc.next, null, 'a rung skipped on purpose is not "next"');
  });

  test('never passes a flag that writes or never ends, on either release', () => {
    for (const [release, names] of [
      ['2026.9.6', HEALTHY_9],
      ['2026.4.9', HEALTHY_4],
    ] as const) {
      const r = runCollect(cli, [], { answers: scenarioAnswers(release, 'healthy', names), release });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.log.length >= 10, `${release}: --version, five --help and the commands were asked`);
      for (const { args } of r.log) {
        const words = args.split(' ');
        assert.deepEqual(
          words.filter((w) => FORBIDDEN_FLAGS.includes(w)),
          [],
          `${release}: openclaw ${args}`,
        );
        assert.ok(
          args === '--version' || words.at(-1) === '--help' || Object.keys(names).includes(args),
          `${release}: unexpected command openclaw ${args}`,
        );
      }
    }
  });
});

describe('a gateway in trouble', () => {
  for (const release of ['2026.9.6', '2026.4.9']) {
    test(`a stopped gateway (${release}): gateway status is the problem, and the next command starts the gateway`, () => {
      const answers = scenarioAnswers(release, 'gateway-stopped', {
        'gateway status': 'gateway-status',
        'status --all': 'status',
        'logs --limit 200 --plain': 'logs',
        'channels status --probe': 'channels-status-probe',
        ...(release === '2026.9.6' ? { 'doctor --lint --json': 'doctor-lint-json' } : {}),
      });
      const r = runCollect(cli, ['--format', 'json'], { answers, release });
      assert.equal(r.status, 1, r.stderr);
      const doc = r.json();
      assertContract(doc, `collect on ${release} gateway-stopped`);
      const gateway = rung(doc, 'openclaw gateway status');
      assert.equal(gateway.status, 'problem');
      assert.ok(gateway.findings.includes('gateway-not-listening'), gateway.findings.join(', '));
      assert.deepEqual(doc.next, { command: 'openclaw gateway start', because: 'gateway-not-listening' });
      assert.equal(doc.findings[0].id, 'gateway-not-listening', 'the conclusion ranks first');
    });
  }

  test('a wrong token (2026.4.9): the token mismatch is the problem, and the next command comes from its fix', () => {
    const answers = scenarioAnswers('2026.4.9', 'wrong-token', {
      'gateway status': 'gateway-status',
      'logs --limit 200 --plain': 'logs-plain',
    });
    const r = runCollect(cli, ['--format', 'json'], { answers, release: '2026.4.9' });
    assert.equal(r.status, 1, r.stderr);
    const doc = r.json();
    assertContract(doc, 'collect on 2026.4.9 wrong-token');
    assert.equal(rung(doc, 'openclaw gateway status').status, 'problem');
    assert.ok(rung(doc, 'openclaw gateway status').findings.includes('auth-token-mismatch'));
    assert.equal(doc.next.because, 'auth-token-mismatch');
    assert.doesNotMatch(doc.next.command, /^openclaw gateway status$|restart/);
  });

  test('--fail-on none: findings are reported, the exit code is 0', () => {
    const answers = scenarioAnswers('2026.9.6', 'gateway-stopped', { 'gateway status': 'gateway-status' });
    const r = runCollect(cli, ['--fail-on', 'none'], { answers, release: '2026.9.6' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /gateway-not-listening/);
  });
});

describe('commands that hang or do not exist', () => {
  test('a command that hangs is stopped at --timeout with what it started; the other commands still run', () => {
    const answers: Answers = { ...scenarioAnswers('2026.9.6', 'healthy', HEALTHY_9), 'status --all': { text: '', hang: true } };
    const r = runCollect(cli, ['--format', 'json', '--timeout', '1'], { answers, release: '2026.9.6' });
    assert.equal(r.status, 0, r.stderr);
    const doc = r.json();
    assertContract(doc, 'collect with a hanging status');
    const status = rung(doc, 'openclaw status');
    assert.equal(status.status, 'missing');
    assert.equal(status.reason, 'timeout');
    assert.equal(status.run.timedOut, true);
    assert.equal(status.run.exitCode, null);
    assert.deepEqual(Object.values(statuses(doc)).slice(1), ['healthy', 'healthy', 'healthy', 'healthy'], 'the commands after it ran');
    assert.match(r.stderr, /\[1\/5\] openclaw status --all: no answer after 1 s, stopped \(--timeout\); the other commands still run/);
    const grandchild = r.log.find((e) => e.grandchild)?.grandchild;
    assert.ok(grandchild, 'the hanging command started a process of its own');
    assert.equal(isRunning(grandchild), false, 'which collect stopped with it (its process group)');
  });

  test('what a stopped command printed before it hung is still read', () => {
    const answers: Answers = { ...scenarioAnswers('2026.9.6', 'gateway-stopped', { 'gateway status': 'gateway-status' }) };
    answers['gateway status'] = { ...answers['gateway status'], hang: true };
    const doc = runCollect(cli, ['--format', 'json', '--timeout', '1'], { answers, release: '2026.9.6' }).json();
    const gateway = rung(doc, 'openclaw gateway status');
    assert.equal(gateway.run.timedOut, true);
    assert.equal(gateway.status, 'problem');
    assert.ok(gateway.findings.includes('gateway-not-listening'));
  });

  test('a command the release lacks is not run, and the checklist says why', () => {
    const answers = scenarioAnswers('2026.9.6', 'healthy', HEALTHY_9);
    delete answers['channels status --help'];
    const r = runCollect(cli, ['--format', 'json'], { answers, release: '2026.9.6' });
    assert.equal(r.status, 0, r.stderr);
    const channels = rung(r.json(), 'openclaw channels status --probe');
    assert.equal(channels.status, 'missing');
    assert.equal(channels.reason, 'not-in-release');
    assert.ok(!ran(r).some((a) => a.startsWith('channels')), 'it was not run');
    assert.match(r.stderr, /\[5\/5\] openclaw channels status --probe: not run: this OpenClaw release has no such command/);
  });

  test("output that is not the command's (2026.4.9's logs with the gateway stopped): that rung's problem, with its exit code", () => {
    const answers = scenarioAnswers('2026.4.9', 'gateway-stopped', {
      'logs --limit 200 --plain': 'logs',
      'gateway status': 'gateway-status',
    });
    const doc = runCollect(cli, ['--format', 'json'], { answers, release: '2026.4.9' }).json();
    const logs = rung(doc, 'openclaw logs --follow');
    assert.equal(logs.status, 'problem');
    assert.deepEqual(logs.findings, ['gateway-not-reachable']);
    assert.equal(logs.run.exitCode, 1);
  });

  test("output that is not the command's and holds no problem (a usage text): missing, unrecognized", () => {
    const answers = scenarioAnswers('2026.4.9', 'healthy', { ...HEALTHY_4, 'logs --limit 200 --plain': 'help-logs' });
    const logs = rung(runCollect(cli, ['--format', 'json'], { answers, release: '2026.4.9' }).json(), 'openclaw logs --follow');
    assert.equal(logs.status, 'missing');
    assert.equal(logs.reason, 'unrecognized');
  });

  test('openclaw not on PATH: one clear line in the chosen language, exit 2', () => {
    const en = runCollect(cli, []);
    assert.equal(en.status, 2);
    assert.equal(en.stdout, '');
    assert.equal(
      en.stderr,
      'openclaw-triage: openclaw is not on PATH. Run collect on the gateway host, where OpenClaw is installed (npm install -g openclaw), or put the folder of its openclaw on PATH.\n',
    );
    const zh = runCollect(cli, [], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(zh.status, 2);
    assert.equal(
      zh.stderr,
      'openclaw-triage: PATH 上找不到 openclaw。请在装有 OpenClaw 的 Gateway 主机上运行 collect（npm install -g openclaw），或把 openclaw 所在的目录加入 PATH。\n',
    );
  });
});

describe('what collect passes on, and what it never shows', () => {
  const TOKEN = 'env-token-7d0c41e9a2';
  const PASSWORD = 'env-password-93b1f0';

  test('--profile, --url and the gateway secrets reach every command; the secrets are never printed nor written', () => {
    const answers = scenarioAnswers('2026.9.6', 'healthy', HEALTHY_9);
    answers['status --all'] = { ...answers['status --all'], echoToken: true };
    const out = join(work, 'bundle-secrets');
    const r = runCollect(cli, ['--profile', 'work', '--url', 'ws://127.0.0.1:18789', '--out', out], {
      answers,
      release: '2026.9.6',
      env: { OPENCLAW_GATEWAY_TOKEN: TOKEN, OPENCLAW_GATEWAY_PASSWORD: PASSWORD },
    });
    assert.equal(r.status, 0, r.stderr);
    const commands = r.log.filter((e) => e.args !== '--version' && !e.args.endsWith('--help'));
    assert.equal(commands.length, 5);
    for (const e of commands) {
      assert.equal(e.profile, 'work', `openclaw --profile work ${e.args}`);
      assert.equal(e.url, 'ws://127.0.0.1:18789', `${e.args} got the URL as OPENCLAW_GATEWAY_URL`);
      assert.equal(e.token, TOKEN, `${e.args} got the token from the environment`);
      assert.equal(e.password, PASSWORD);
      assert.ok(
        !e.args.includes(TOKEN) && !e.args.includes('--url') && !e.args.includes('--token'),
        `no secret and no --url on the command line: ${e.args}`,
      );
    }
    assert.match(r.stderr, /OPENCLAW_GATEWAY_TOKEN, OPENCLAW_GATEWAY_PASSWORD: passed on from the environment, never shown/);
    assert.match(r.stderr, /\[1\/5\] openclaw --profile work status --all: exit 0/);
    const written = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
    for (const [where, text] of [['stdout', r.stdout], ['stderr', r.stderr], ...written.map((w, i) => [`bundle file ${i}`, w])] as const) {
      assert.ok(!text.includes(TOKEN), `${where} shows the token`);
      assert.ok(!text.includes(PASSWORD), `${where} shows the password`);
    }
    assert.match(readFileSync(join(out, 'outputs', 'status.txt'), 'utf8'), /Gateway auth: token ‹redacted›/, 'the echoed token is masked');
  });

  test('--no-redact shows the output as it is on the terminal, but the bundle stays redacted', () => {
    const answers = scenarioAnswers('2026.4.9', 'wrong-token', { 'gateway status': 'gateway-status' });
    answers['gateway status'] = {
      text: `${readFileSync(answers['gateway status']!.file!, 'utf8')}Config: /home/alice/.openclaw/openclaw.json\n`,
    };
    const out = join(work, 'bundle-no-redact');
    const r = runCollect(cli, ['--no-redact', '--out', out], { answers, release: '2026.4.9' });
    assert.equal(r.status, 1, r.stderr);
    const bundle = ['report.md', 'report.json', 'outputs/gateway-status.txt'].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    assert.ok(!bundle.includes('/home/alice'), 'home folder names are masked in the bundle');
    assert.match(bundle, /\/home\/‹redacted›/);
  });
});

describe('the bundle (--out)', () => {
  test('report.md to paste into an issue, report.json as printed, and the outputs without colour codes or lab secrets', () => {
    const out = join(work, 'bundle');
    const answers = scenarioAnswers('2026.9.6', 'gateway-stopped', {
      'gateway status': 'gateway-status',
      'logs --limit 200 --plain': 'logs',
      'doctor --lint --json': 'doctor-lint-json',
    });
    delete answers['status --help'];
    delete answers['channels status --help'];
    const r = runCollect(cli, ['--format', 'json', '--out', out], { answers, release: '2026.9.6' });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['outputs', 'report.json', 'report.md']);
    assert.deepEqual(readdirSync(join(out, 'outputs')).sort(), ['doctor.txt', 'gateway-status.txt', 'logs.txt']);
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    assertContract(json, 'report.json');
    assert.deepEqual(json, r.json(), 'report.json is the --format json document');
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    assert.match(md, /^# openclaw-triage collect: OpenClaw 2026\.9\.6$/m);
    assert.match(
      md,
      /^## Diagnosis\n\n1\. \*\*.+\*\* · error · `gateway-not-listening` · `openclaw gateway status`, line \d+$/m,
      'the conclusion first',
    );
    assert.match(md, /^\| problem \| `openclaw gateway status` \| `openclaw gateway status` \| 0 \| \d+\.\d s \| `gateway-not-listening`/m);
    assert.match(md, /^\| missing \| `openclaw status` \| — \| — \| — \| this OpenClaw release has no such command/m);
    assert.match(md, /^\*\*Next:\*\* `openclaw gateway start` \(from the fix of “.+” \[gateway-not-listening\]\)$/m);
    assert.match(
      md,
      /^### `openclaw doctor --lint --json`\n\nran `openclaw doctor --lint --json` · exit 1 · \d+\.\d s · `outputs\/doctor\.txt`$/m,
    );
    assert.match(md, /^- \[.+\]\(https:\/\/openclaw-handbook\.example\/en\/signatures\/gateway-not-listening\/\)$/m);
    assert.match(md, /^- \[The diagnostic command ladder \(handbook\)\]\(https:\/\/openclaw-handbook\.example\/en\/\)$/m);
    for (const name of readdirSync(join(out, 'outputs'))) {
      const text = readFileSync(join(out, 'outputs', name), 'utf8');
      assert.doesNotMatch(text, /\u001b/, `${name} has no terminal codes`);
      for (const secret of Object.values(LAB_SECRETS)) assert.ok(!text.includes(secret), `${name} shows ${secret}`);
    }
  });

  test('a second run into the same folder replaces its files and drops the outputs of commands it did not run', () => {
    const out = join(work, 'bundle-rerun');
    runCollect(cli, ['--out', out], { answers: scenarioAnswers('2026.9.6', 'healthy', HEALTHY_9), release: '2026.9.6' });
    assert.ok(existsSync(join(out, 'outputs', 'doctor.txt')));
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    runCollect(cli, ['--out', out], { answers: scenarioAnswers('2026.4.9', 'healthy', HEALTHY_4), release: '2026.4.9' });
    assert.ok(!existsSync(join(out, 'outputs', 'doctor.txt')), '2026.4.9 ran no doctor: its old output is gone');
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /OpenClaw 2026\.4\.9/);
    assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'mine\n', "files that are not the bundle's stay");
  });

  test('a folder that cannot be written: exit 2 with a message that says what to do', () => {
    const file = join(work, 'not-a-folder');
    writeFileSync(file, '');
    const r = runCollect(cli, ['--out', file], { answers: scenarioAnswers('2026.9.6', 'healthy', HEALTHY_9), release: '2026.9.6' });
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      new RegExp(`openclaw-triage: could not write the bundle to ${file}: .+\\. Choose a folder you can write to with --out\\.`),
    );
  });
});

describe('text output', () => {
  test('the diagnosis first (conclusions first), then the checklist and the next command', () => {
    const answers = scenarioAnswers('2026.9.6', 'gateway-stopped', {
      'gateway status': 'gateway-status',
      'doctor --lint --json': 'doctor-lint-json',
    });
    delete answers['status --help'];
    const r = runCollect(cli, [], { answers, release: '2026.9.6' });
    assert.equal(r.status, 1, r.stderr);
    const diagnosis = r.stdout.indexOf('[gateway-not-listening]');
    const checklist = r.stdout.indexOf('Checklist: the command ladder');
    assert.ok(diagnosis >= 0 && checklist > diagnosis, 'diagnosis, then checklist');
    assert.ok(r.stdout.indexOf('[connectivity-probe-failed]') > diagnosis, 'the conclusion before the failed probe it was drawn from');
    assert.match(r.stdout, /^ {2}✗ problem +openclaw gateway status +ran openclaw gateway status · exit 0 · \d+\.\d s$/m);
    assert.match(r.stdout, /^ +findings: gateway-not-listening, connectivity-probe-failed/m);
    assert.match(r.stdout, /^ {2}– missing +openclaw status$\n^ +why: this OpenClaw release has no such command/m);
    assert.match(r.stdout, /^Next: openclaw gateway start {2}\(from the fix of “.+” \[gateway-not-listening\]\)$/m);
  });

  test('in Chinese with --lang zh-CN: the checklist, the reasons and the progress lines', () => {
    const answers = scenarioAnswers('2026.4.9', 'gateway-stopped', { 'gateway status': 'gateway-status' });
    const r = runCollect(cli, ['--lang', 'zh-CN'], { answers, release: '2026.4.9' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^检查清单：命令梯队$/m);
    assert.match(r.stdout, /^ {2}✗ 有问题 +openclaw gateway status +运行了 openclaw gateway status · 退出码 0 · \d+\.\d 秒$/m);
    assert.match(r.stdout, /原因：这个版本没有它的只读形式（没有 doctor --lint；其他形式可能改动配置或状态）/);
    assert.match(r.stdout, /^下一步：openclaw gateway start/m);
    assert.match(r.stderr, /\[2\/5\] openclaw gateway status：退出码 0，\d+\.\d 秒/);
    assert.match(r.stdout, /https:\/\/openclaw-handbook\.example\/zh-cn\/signatures\/gateway-not-listening\//);
  });

  test('--help of collect alone, in both languages', () => {
    const r = runCollect(cli, ['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^openclaw-triage collect \[options\]: run the command ladder on this gateway host, read-only$/m);
    assert.doesNotMatch(r.stdout, /explain <id/, 'not the general help');
    const zh = runCollect(cli, ['--help', '--lang', 'zh-CN']);
    assert.match(zh.stdout, /^openclaw-triage collect \[选项\]：在 Gateway 主机上只读地运行命令梯队$/m);
  });
});

test('the version and every --help are asked before any command runs', () => {
  const r = runCollect(cli, [], { answers: releaseAnswers('2026.9.6'), release: '2026.9.6' });
  const firstCommand = r.log.findIndex((e) => e.args !== '--version' && !e.args.endsWith('--help'));
  assert.equal(r.log[0]?.args, '--version');
  assert.equal(r.log.filter((e) => e.args.endsWith('--help')).length, 5);
  assert.ok(firstCommand === -1 || firstCommand >= 6, 'the five --help came first');
});
