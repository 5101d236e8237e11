import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { redact } from '../../../src/engine/redact.ts';

// Fake values built by concatenation (no secret scanner sees a token in this file); the corpus test
// (redact-corpus.test.ts) covers every form, these pin one example of each rule.
const j = (...parts: string[]) => parts.join('');

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
  ['a token after --token', 'openclaw gateway --token 7f3a9c2e5b1d --port 18789', /--token ‹redacted› --port 18789/],
  ['a quoted password after --password', 'openclaw gateway --password "fake horse battery"', /--password "‹redacted›"$/],
  ['a token in --token=', 'openclaw gateway --token=7f3a9c2e5b1d', /--token=‹redacted›$/],
  ['OPENCLAW_GATEWAY_PASSWORD', 'Environment=OPENCLAW_GATEWAY_PASSWORD=fake-pass-42', /OPENCLAW_GATEWAY_PASSWORD=‹redacted›$/],
  ['a *_KEY env var', 'OPENCLAW_SIGNING_KEY=fakeSigningKey0123', /OPENCLAW_SIGNING_KEY=‹redacted›$/],
  ['a *_SECRET env var', 'export SLACK_SIGNING_SECRET=fa4e51a0c5ec', /SLACK_SIGNING_SECRET=‹redacted›$/],
  ['a password with spaces in JSON', '{"password": "fake correct horse"}', /^\{"password": "‹redacted›"\}$/],
  ['a token in JSON-escaped JSON', '{"raw":"{\\"token\\":\\"7f3a9c2e5b1d\\"}"}', /\\"token\\":\\"‹redacted›\\"/],
  ['a token in the dashboard link', 'http://127.0.0.1:18789/#token=7f3a9c2e5b1d', /#token=‹redacted›$/],
  ['an AWS access key id', j('key ', 'AKIA', 'FAKEEXAMPLEKEY12', ' denied'), /^key ‹redacted› denied$/],
  ['an AWS secret access key', j('aws_secret_access_key = ', 'fAkESecretAccessKey/For/Tests0123456EXAM'), /= ‹redacted›$/],
  [
    'a Discord bot token',
    j('login with ', 'MTM2MTEyMjMzNDQ1NTY2Nzc5OQ', '.GfAkE0.', 'fakeDiscordBotTokenExample0123456789'),
    /^login with ‹redacted›$/,
  ],
  [
    'a Telegram bot token in its API URL',
    j('https://api.telegram.org/bot', '7123456789', ':AAFakeTelegramBotToken0123456789abc', '/getMe'),
    /\/bot‹redacted›\/getMe$/,
  ],
  ['a Slack webhook', j('https://hooks.slack.com/services/', 'T0FAKE000/B0FAKE00000/FakeWebhookSecret0'), /services\/‹redacted›$/],
  ['a GitHub token', j('push with ', 'ghp_', 'FakeGitHubToken0123456789abcdefghijk'), /^push with ‹redacted›$/],
  ['a Google API key', j('?alt=json&q=', 'AIza', 'SyFAKE0123456789abcdefghijKLMNOPQRS'), /q=‹redacted›$/],
  ['a JWT', j('id ', 'eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiJmYWtlIn0', '.ZmFrZS1zaWduYXR1cmU'), /^id ‹redacted›$/],
  [
    'a private key block',
    '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nFakeTail==\n-----END PRIVATE KEY-----',
    /^-----BEGIN PRIVATE KEY-----\n‹redacted›\n-----END PRIVATE KEY-----$/,
  ],
  [
    'a private key cut before its END line',
    '"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAx',
    /^"-----BEGIN RSA PRIVATE KEY-----\\n‹redacted›$/,
  ],
  [
    'a private key cut before its BEGIN line',
    'FakePrivateKeyMaterial1NotARealKey2Fake\nTail==\n-----END PRIVATE KEY-----',
    /^‹redacted›\n-----END PRIVATE KEY-----$/,
  ],
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
    'token=missing',
    'password: required',
    '"token": "missing"',
    'openclaw config get gateway.auth.token',
    'gateway.auth.token: (not set)',
    'gateway url override requires explicit credentials; pass --token or --password',
    'Usage: openclaw gateway --token <token> --password <password>',
    'openclaw gateway --token "$OPENCLAW_GATEWAY_TOKEN"',
    'Basic authentication required',
    'sessionKey=agent:main:main inputTokens=1234 maxTokens: 4096',
    '-----BEGIN PRIVATE KEY-----',
    '-----END PRIVATE KEY-----',
  ]) {
    assert.equal(redact(line), line);
  }
});

test('is idempotent', () => {
  const input = 'Bearer abcdef0123456789 "password": "hunter22" /home/alice/x ?token=abc123def456 sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv';
  const once = redact(input);
  assert.equal(redact(once), once);
});

test('leaves every catalog literal intact: signature text is never masked', () => {
  const changed: string[] = [];
  for (const entry of loadCatalog().entries) {
    for (const literal of entry.match.literals)
      if (redact(literal) !== literal) changed.push(`${entry.id}: ${JSON.stringify(literal)} → ${JSON.stringify(redact(literal))}`);
  }
  assert.deepEqual(changed, []);
});
