/**
 * The checklist of collect: engine/ladder.ts with one output per command (`rungOf`) and the commands
 * collect already dealt with (`ran`), on real OpenClaw output captured by the lab.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, buildLadder, compileCatalog, LADDER } from '../../../src/engine/index.ts';

const catalog = loadCatalog();
const compiled = compileCatalog(catalog.entries);
const commandsOf = (id: string) => catalog.entries.find((e) => e.id === id)?.commands ?? [];
const capture = (release: string, scenario: string, name: string) =>
  analyze(readFileSync(join(process.cwd(), 'tests/fixtures/lab', release, scenario, `${name}.txt`), 'utf8'), compiled);
const rung = (command: string) => LADDER.findIndex((r) => r.command === command);

test("one output per command: a close message with a token mismatch from `openclaw logs` is that rung's problem", () => {
  // 2026.9.6's `openclaw logs` with a wrong token prints only the refused connection, no log line.
  const report = analyze(
    'gateway connect failed: GatewayClientRequestError: unauthorized: gateway token mismatch (provide gateway auth token)\nGateway target: ws://127.0.0.1:18789\n',
    compiled,
  );
  assert.ok(!report.blocks.some((b) => LADDER[2]!.kinds.includes(b.kind)), 'no block is detected as log output');
  const byKind = buildLadder([report], commandsOf);
  assert.equal(byKind.steps[2]!.status, 'missing', 'attributed by kinds, the paste has no logs');
  const byCommand = buildLadder([report], commandsOf, LADDER, { rungOf: [rung('openclaw logs --follow')] });
  assert.equal(byCommand.steps[2]!.status, 'problem');
  assert.deepEqual(byCommand.steps[2]!.findings, ['auth-token-mismatch']);
});

test("one output per command: every finding of an output belongs to its command's rung, whatever its blocks", () => {
  // 2026.4.9's `gateway status` starts with a console line (its temp-dir notice).
  const report = capture('2026.4.9', 'gateway-stopped', 'gateway-status');
  assert.ok(report.blocks.some((b) => b.kind === 'console'));
  const ladder = buildLadder([report], commandsOf, LADDER, { rungOf: [rung('openclaw gateway status')] });
  assert.deepEqual(
    ladder.steps[1]!.signals,
    report.findings.filter((f) => f.severity === 'info').map((f) => f.id),
  );
  assert.deepEqual(
    ladder.steps.map((s) => s.status),
    ['missing', 'problem', 'missing', 'missing', 'missing'],
  );
});

test("output that is not the command's and holds no problem leaves its rung missing", () => {
  // What a release prints for a form of `logs` it does not know: its usage, no log line, no problem.
  const report = capture('2026.4.9', 'healthy', 'help-logs');
  const ladder = buildLadder([report], commandsOf, LADDER, { rungOf: [rung('openclaw logs --follow')] });
  assert.equal(ladder.steps[2]!.status, 'missing');
});

test("output that is not the command's but says the gateway cannot be reached is that rung's problem", () => {
  // 2026.4.9's `openclaw logs` with the gateway stopped: the CLI's bare wrapper, no log line.
  const report = capture('2026.4.9', 'gateway-stopped', 'logs');
  const ladder = buildLadder([report], commandsOf, LADDER, { rungOf: [rung('openclaw logs --follow')] });
  assert.equal(ladder.steps[2]!.status, 'problem');
  assert.deepEqual(ladder.steps[2]!.findings, ['gateway-not-reachable']);
});

test('commands already dealt with are never suggested next, not even as the next rung', () => {
  const healthy = ['status', 'gateway-status', 'logs-plain', 'channels-status-probe'].map((n) => capture('2026.4.9', 'healthy', n));
  const rungOf = ['openclaw status', 'openclaw gateway status', 'openclaw logs --follow', 'openclaw channels status --probe'].map(rung);
  assert.deepEqual(
    buildLadder(healthy, commandsOf, LADDER, { rungOf }).next,
    { command: 'openclaw doctor' },
    'without ran: the rung not run is next',
  );
  assert.equal(buildLadder(healthy, commandsOf, LADDER, { rungOf, ran: LADDER.map((r) => r.command) }).next, undefined);
  const stopped = capture('2026.9.6', 'gateway-stopped', 'gateway-status');
  const next = buildLadder([stopped], commandsOf, LADDER, {
    rungOf: [rung('openclaw gateway status')],
    ran: ['openclaw gateway start'],
  }).next;
  assert.deepEqual(next, { command: 'openclaw gateway run', because: 'gateway-not-listening' });
});
