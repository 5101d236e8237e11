import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareReleases, inRange } from '../../../src/engine/version.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';

const empty = compileCatalog([]);

const formats: Array<[string, string, string, string]> = [
  ['the CLI banner', '🦞 OpenClaw 2026.4.9 (5e1b2c7) — No $999 stand required.', '2026.4.9', 'banner'],
  ['openclaw --version', 'OpenClaw 2026.5.6 (c97b9f7)', '2026.5.6', 'version-output'],
  ['a bare version', '2026.2.21-2', '2026.2.21-2', 'version-output'],
  ['a beta', '2026.9.1-beta.1', '2026.9.1-beta.1', 'version-output'],
  ['probe output', '  Gateway: gateway-host (100.64.0.7) · linux 6.8.0-100-generic · app 2026.4.9', '2026.4.9', 'probe-app'],
  [
    'a gateway WS log line',
    '2026-04-09T06:18:30.263Z [ws] protocol mismatch conn=c4b3 remote=127.0.0.1 client=cli cli v2026.5.2',
    '2026.5.2',
    'ws-client',
  ],
  [
    'a probe --json payload',
    '{"ok":true,"targets":[{"id":"localLoopback","self":{"version":"2026.4.9"}}],"primaryTargetId":"localLoopback","warnings":[]}',
    '2026.4.9',
    'json',
  ],
  [
    'a gateway status --json payload',
    '{"service":{"label":"systemd","loaded":true},"gateway":{"bindMode":"loopback","version":"2026.7.1"},"rpc":{"ok":true}}',
    '2026.7.1',
    'json',
  ],
];

for (const [what, text, value, source] of formats) {
  test(`reads the version from ${what}`, () => {
    const { version } = analyze(text, empty);
    assert.deepEqual({ value: version?.value, source: version?.source }, { value, source });
  });
}

test('prefers the banner over a client version seen in a log line', () => {
  const { version } = analyze(
    '[ws] unauthorized conn=1 remote=127.0.0.1 client=cli cli v2026.3.2 reason=x\n🦞 OpenClaw 2026.4.9 (5e1b2c7) — hi',
    empty,
  );
  assert.equal(version?.value, '2026.4.9');
  assert.equal(version?.line, 2);
});

test('orders CalVer releases, respins and betas', () => {
  assert.ok(compareReleases('2026.4.9', '2026.4.20') < 0);
  assert.ok(compareReleases('2026.10.1', '2026.9.30') > 0);
  assert.ok(compareReleases('2026.9.1-beta.1', '2026.9.1') < 0);
  assert.ok(compareReleases('2026.2.21-2', '2026.2.21') > 0);
  assert.equal(compareReleases('2026.4', '2026.4.0'), 0);
});

test('checks ranges with an exclusive upper bound', () => {
  assert.equal(inRange('2026.4.9', { until: '2026.4.20' }), true);
  assert.equal(inRange('2026.4.20', { until: '2026.4.20' }), false);
  assert.equal(inRange('2026.4.20', { since: '2026.4.20' }), true);
});
