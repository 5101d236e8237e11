/**
 * How people paste: the same OpenClaw line reaches the analyzer through terminals, log collectors,
 * chat apps and retyping. Each decoration below must leave the signature recognised, on its line.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import { normalizeLine, reasonFields } from '../../../src/engine/normalize.ts';

const compiled = compileCatalog(loadCatalog().entries);
const ids = (text: string) => analyze(text, compiled).findings.map((f) => `${f.id}@${f.line}`);
const MISMATCH =
  'gateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)';

describe('the normaliser removes what others put around a line', () => {
  const cases: Array<[string, string, string]> = [
    ['ANSI colour codes with the ESC byte', '\u001b[31mRuntime: stopped\u001b[39m', 'Runtime: stopped'],
    [
      'ANSI colour codes that lost the ESC byte',
      '[90m2026-12-02T13:03:36.960+00:00[39m [36m[gateway][39m ready',
      '2026-12-02T13:03:36.960+00:00 [gateway] ready',
    ],
    ['ANSI colour codes pasted as text', '^[[31mRuntime: stopped^[[0m \\x1b[1m\\033[0m', 'Runtime: stopped '],
    ['a journalctl prefix', 'Dec 02 13:03:36 vm openclaw[1234]: Runtime: stopped', 'Runtime: stopped'],
    ['a syslog prefix with an ISO time', '2026-12-02T13:03:36+0000 vm node[99]: Runtime: stopped', 'Runtime: stopped'],
    ['a docker compose service prefix', 'openclaw-gateway-1  | Runtime: stopped', 'Runtime: stopped'],
    ['a docker compose prefix that lost its first character', 'penclaw-gateway-1  | Runtime: stopped', 'Runtime: stopped'],
    ['a bracketed date-time', '[2026-12-02 13:03:36] Runtime: stopped', 'Runtime: stopped'],
    ['a bracketed time only', '[13:03:36] Runtime: stopped', 'Runtime: stopped'],
    ['a 12-hour time', '1:03:36 PM Runtime: stopped', 'Runtime: stopped'],
    ['a level tag in brackets', '[ERROR] Runtime: stopped', 'Runtime: stopped'],
    ['stacked prefixes', 'Dec 02 13:03:36 vm openclaw[1]: [WARN] Runtime: stopped', 'Runtime: stopped'],
    ['a markdown quote', '> Runtime: stopped', 'Runtime: stopped'],
    ['a markdown bullet and backticks', '* `Runtime: stopped`', 'Runtime: stopped'],
    ['bold', '**Runtime: stopped**', 'Runtime: stopped'],
    ['an arrow', '→ Runtime: stopped', 'Runtime: stopped'],
    ['a clack box kept whole', '│  Runtime: stopped           │', 'Runtime: stopped'],
    ['a Chinese lead-in', '报错：Runtime: stopped', 'Runtime: stopped'],
    [
      'the old product names',
      'clawdbot gateway status; CLAWDBOT_GATEWAY_TOKEN; ~/.moltbot/moltbot.json; Clawdbot',
      'openclaw gateway status; OPENCLAW_GATEWAY_TOKEN; ~/.openclaw/openclaw.json; OpenClaw',
    ],
  ];
  for (const [what, raw, expected] of cases) test(what, () => assert.equal(normalizeLine(raw), expected));

  test("OpenClaw's own lines stay as they are", () => {
    for (const line of [
      '2026-04-09T06:12:01.114Z info bonjour: advertised gateway fqdn=vm',
      '- pid 29547 root: openclaw-gateway (127.0.0.1:18789)',
      '- slack default: Bot is missing scope channels:history (missing_scope)',
      '[ws] unauthorized conn=1 reason=token_mismatch',
      '{"0":"x","_meta":{}}',
    ])
      assert.equal(normalizeLine(line), line);
  });

  test('reason and cause fields in JSON and key=value form read as reason=<code> and cause=<code>', () => {
    assert.equal(reasonFields('{"cause":"pairing-required","reason":"scope-upgrade"}'), ' cause=pairing-required reason=scope-upgrade');
    assert.equal(reasonFields('{"cause":"unauthorized","authReason":"token_mismatch"}'), ' cause=unauthorized reason=token_mismatch');
    assert.equal(reasonFields('code=1008 authReason=password_mismatch'), ' reason=password_mismatch');
    assert.equal(reasonFields('"reason": "quiet-hours"'), ' reason=quiet-hours');
    assert.equal(reasonFields('reason=token_mismatch'), '');
  });
});

describe('the engine recognises a signature however it was pasted', () => {
  const cases: Array<[string, string, string]> = [
    ['inside a docker compose log', `openclaw-gateway-1  | ${MISMATCH}`, 'auth-token-mismatch@1'],
    ['from journalctl', `Dec 02 13:03:36 vm openclaw[1234]: ${MISMATCH}`, 'auth-token-mismatch@1'],
    ['retyped in markdown', `> \`${MISMATCH}\``, 'auth-token-mismatch@1'],
    ['cut off with ...', 'gateway connect failed: Error: unauthorized: gateway token misma...', 'auth-token-mismatch@1'],
    ['cut off with … before the regex could match', 'Refusing to bind gateway to lan without au…', 'bind-without-auth-refused@1'],
    [
      'wrapped by hand over two lines',
      'gateway connect failed: Error: unauthorized: gateway token\nmismatch (set gateway.remote.token to match gateway.auth.token)',
      'auth-token-mismatch@1',
    ],
    ['with a number elided as <port>', 'Port <port> is already in use.', 'port-already-in-use@1'],
    [
      'as a JSON log record with authReason',
      '2026-04-09T06:15:42.934Z warn gateway/ws {"cause":"unauthorized","authReason":"token_mismatch"} closed before connect',
      'auth-token-mismatch@1',
    ],
    [
      'as JSON inside a JSON string (\\u0022)',
      '{"message":"{\\u0022error\\u0022:\\u0022unauthorized: gateway token mismatch (provide gateway auth token)\\u0022}"}',
      'auth-token-mismatch@1',
    ],
    [
      'with literal \\n between lines',
      'output: "RPC probe: ok\\nunauthorized: gateway token mismatch (provide gateway auth token)\\n"',
      'auth-token-mismatch@1',
    ],
    [
      'on Windows, with a Windows path around it',
      'PS C:\\Users\\alice\\.openclaw> openclaw gateway status\nunauthorized: gateway token mismatch (provide gateway auth token)',
      'auth-token-mismatch@2',
    ],
    [
      'under the old product name',
      'clawdbot: Gateway start blocked: set gateway.mode=local (current: unset) or pass --allow-unconfigured.',
      'gateway-start-blocked-mode-unset@1',
    ],
    [
      'with Chinese around it',
      '我运行后报错：unauthorized: gateway token mismatch (provide gateway auth token)（重启也没用）',
      'auth-token-mismatch@1',
    ],
  ];
  for (const [what, text, expected] of cases)
    test(what, () => assert.ok(ids(text).includes(expected), `${expected} in ${ids(text).join(', ')}`));

  test('a generic finding yields to the specific one on the same line', () => {
    assert.deepEqual(ids('[ws] unauthorized conn=1 remote=127.0.0.1 client=cli reason=token_mismatch'), ['auth-token-mismatch@1']);
    assert.deepEqual(ids(MISMATCH), ['auth-token-mismatch@1']);
  });
});
