import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../../src/engine/redact.ts';

const cases: Array<[string, string, RegExp]> = [
  ['a bearer token', 'Authorization: Bearer abcdef0123456789abcdef', /Bearer ‹redacted›/],
  ['an Anthropic key', 'key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv rejected', /key ‹redacted› rejected/],
  ['an OpenAI key', 'OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUv', /OPENAI_API_KEY=‹redacted›/],
  ['URL user-info', 'wss://alice:s3cret@gateway.example:18789', /wss:\/\/‹redacted›@gateway\.example/],
  ['a token query parameter', 'http://127.0.0.1:18789/?token=abc123def456', /\?token=‹redacted›/],
  ['a token in JSON config', '"token": "9f8e7d6c5b4a"', /"token": "‹redacted›"/],
  ['an env assignment', 'OPENCLAW_GATEWAY_TOKEN=9f8e7d6c5b4a3', /OPENCLAW_GATEWAY_TOKEN=‹redacted›/],
  ['a home directory', 'Config: /home/alice/.openclaw/openclaw.json', /\/home\/‹redacted›\/\.openclaw/],
  ['a macOS home directory', '/Users/bob/Library/Logs/openclaw/gateway.log', /\/Users\/‹redacted›\/Library/],
];

for (const [what, input, expected] of cases) {
  test(`masks ${what}`, () => assert.match(redact(input), expected));
}

test('leaves signature text and config key names intact', () => {
  for (const line of [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'canRetryWithDeviceToken=true',
    '- Discord default: enabled, configured, running, connected, token:config, works, audit ok',
    'reason=token_mismatch',
  ]) {
    assert.equal(redact(line), line);
  }
});

test('is idempotent', () => {
  const input = 'Bearer abcdef0123456789 "password": "hunter22" /home/alice/x ?token=abc123def456 sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv';
  const once = redact(input);
  assert.equal(redact(once), once);
});
