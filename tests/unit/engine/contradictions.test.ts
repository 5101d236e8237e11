/**
 * No false alarms: a warning that the same paste contradicts is not a warning. Each case is a real
 * shape from the lab's captures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';

const compiled = compileCatalog(loadCatalog().entries);
const ids = (text: string) => analyze(text, compiled).findings.map((f) => f.id);

const BUSY_BY_GATEWAY = [
  'Runtime: unknown (systemctl not available; systemd user services are required on Linux.)',
  'RPC probe: ok',
  'Port 18789 is already in use.',
  '- pid 5376 root: openclaw-gateway (127.0.0.1:18789)',
  '- Gateway already running locally. Stop it (openclaw gateway stop) or use a different port.',
].join('\n');

test('"port already in use" is no problem when the process holding it is the running gateway itself', () => {
  assert.ok(!ids(BUSY_BY_GATEWAY).includes('port-already-in-use'));
  assert.ok(!ids(BUSY_BY_GATEWAY).includes('port-conflict-runtime-stopped'));
});

test('…but it is when a second gateway failed to start on it', () => {
  const text = `2026-12-02T13:19:52.119+00:00 Gateway failed to start: another gateway instance is already listening on ws://127.0.0.1:18789\n${BUSY_BY_GATEWAY}`;
  assert.ok(ids(text).includes('port-already-in-use'));
});

test('…and when a foreign program holds the port', () => {
  const text = [
    'Runtime: unknown (diagnostic only, not the probe target)',
    'Connectivity probe: failed',
    'Port 18789 is already in use.',
    '- pid 30590 root: python3 -m http.server 18789 --bind 127.0.0.1 (127.0.0.1:18789)',
    '- Another process is listening on this port.',
  ].join('\n');
  assert.ok(ids(text).includes('port-already-in-use'));
  assert.ok(ids(text).includes('port-conflict-runtime-stopped'));
});

test('a failed probe next to a healthy health check is not a warning', () => {
  const probe = [
    'Config (cli): ~/.openclaw/openclaw.json',
    'Runtime: unknown (diagnostic only, not the probe target)',
    'Connectivity probe: failed',
    '  connect ECONNREFUSED 127.0.0.1:18789',
  ].join('\n');
  assert.ok(ids(probe).includes('connectivity-probe-failed'));
  assert.ok(ids(probe).includes('gateway-not-listening'));
  const healthy = `${probe}\nGateway event loop: ok max=174ms p99=174ms util=0.627 cpu=0.707\nGateway probe duration: 19ms`;
  assert.deepEqual(
    ids(healthy).filter((id) => ['connectivity-probe-failed', 'gateway-not-listening'].includes(id)),
    [],
  );
});

test('a failed probe followed by a successful one in the same paste is not a warning', () => {
  const text = ['Connectivity probe: failed', '  connect ECONNREFUSED 127.0.0.1:18789', '', 'Connectivity probe: ok'].join('\n');
  assert.ok(!ids(text).includes('connectivity-probe-failed'));
});

test('error strings quoted as prose (a skill description, a table cell) are not findings', () => {
  assert.deepEqual(
    ids(
      '      "description": "Diagnose node pairing failures. Use when errors mention pairing required, unauthorized, or bootstrap token invalid.",',
    ),
    [],
  );
  assert.deepEqual(
    ids('│ node-connect  │ ✓ ready               │ required, unauthorized, bootstrap token invalid or        │ bundled          │'),
    [],
  );
  assert.ok(ids('unauthorized: gateway token mismatch (provide gateway auth token)').includes('auth-token-mismatch'));
});
