/**
 * Masks secrets before anything is displayed, copied or shared. Idempotent: masked text stays as is.
 *
 * A hand-written list modelled on maintained secret rule sets: secretlint's recommended preset
 * (`@secretlint/secretlint-rule-preset-recommend`: AWS, GitHub, GitLab, Slack, npm, OpenAI, Anthropic,
 * Groq, Hugging Face, SendGrid, Shopify, Vault, Databricks, Grafana, Linear, Notion, Figma, Vercel,
 * 1Password, Docker, private keys, basic auth, database URLs) and gitleaks' rules for what that preset
 * lacks (Discord, Telegram, Google API keys and OAuth, JWTs, Stripe, generic `key = value`).
 * The preset itself does not fit: bundled for a browser it is 21.9 KB gzip (the whole island budget
 * is 16 KB), it imports `node:path` and reads `process.env`, and it scans asynchronously whole files,
 * while the engine masks each line synchronously, in Node, a browser and a Web Worker alike.
 *
 * Every regex is linear (tests/unit/engine/regex-safety.test.ts) and stops at what it masks: a key's
 * value, never the key, so config keys (`gateway.auth.token`), signature text (`gateway token
 * mismatch`, `reason=token_mismatch`) and status words (`token=missing`, `password: required`) stay.
 * Order matters: whole blocks (private keys) first, then URLs, then token shapes, then key = value.
 */

export const MASK = '‹redacted›';

type Replacer = (match: string, ...groups: string[]) => string;

/** Values that say something about a secret without being one (and prose after a flag: `pass --token or --password`). */
const NOT_A_SECRET =
  /^(?:true|false|null|nil|undefined|none|n\/a|required|missing|mismatch|invalid|expired|empty|unset|set|config|env|file|token|password|secret|key|string|redacted|hidden|masked|provided|present|configured|ok|yes|no|on|off|auto|default|or|and|to|for|with|from|via|in|is|are|was|be|must|can|cannot|should|will|not|when|if|then|flag|option|argument|value|instead|only|also|here|the|a|an|this|that|<[^<>]*>|\$\{?[A-Za-z_]\w*\}?|\*+|x{3,}|\.{3}|…)$/i;

/** Masks the value (the last group that matched, at the end of the match) unless it is a status word or already masked. */
const maskValue: Replacer = (all, _lead, ...rest) => {
  const value = rest.find((v, i) => i < 4 && typeof v === 'string' && v !== '') ?? '';
  if (value === '' || value === MASK || NOT_A_SECRET.test(value)) return all;
  return all.slice(0, all.length - value.length) + MASK;
};

// The names of keys, env vars and flags whose value is a secret, wherever the name ends with one
// (`token`, `OPENCLAW_GATEWAY_TOKEN`, `gateway.auth.token`, `botToken`, `client_secret`, `x-api-key`).
const SECRET_NAME = String.raw`(?:token|password|passwd|passphrase|secret|api[_-]?key|(?:private|secret|access|signing|encryption|master|client|app|bot|auth)[_-]?key|credentials?)`;
// A value after `=` or `:`: escaped-JSON quoted, JSON quoted (escapes inside), single-quoted, or a bare word.
const VALUE = String.raw`(?:\\{1,7}"([^"\\\n]{1,1000})|"((?:[^"\\\n]|\\[^\n]){1,1000})|'([^'\n]{1,1000})|([^\s"'\\,;(){}\[\]<>‹&|][^\s"'\\,;(){}\[\]‹&|]{0,1000}))`;

/** Whitespace and `\n` / `\r` escapes (JSON-escaped line breaks) at `at`: their length, 0 if none. */
function breakAt(text: string, at: number, backwards = false): number {
  const c = text.charCodeAt(backwards ? at - 1 : at);
  if (c === 32 || c === 9 || c === 10 || c === 13) return 1;
  if (backwards) return (c === 110 || c === 114) && text.charCodeAt(at - 2) === 92 ? 2 : 0;
  return c === 92 && (text.charCodeAt(at + 1) === 110 || text.charCodeAt(at + 1) === 114) ? 2 : 0;
}

/** `begin` + the body's leading and trailing line breaks around one mask + `end`: a paste keeps its line count. */
function maskKeyBody(all: string, begin: string, body: string, end: string | undefined): string {
  let from = 0;
  for (let n: number; from < body.length && (n = breakAt(body, from)) > 0; ) from += n;
  if (from === body.length) return all;
  let to = body.length;
  for (let n: number; to > from && (n = breakAt(body, to, true)) > 0; ) to -= n;
  return begin + body.slice(0, from) + MASK + body.slice(to) + (end ?? '');
}

const RULES: Array<[RegExp, string | Replacer]> = [
  // Private key blocks, whole or cut after the BEGIN line, in plain or JSON-escaped text:
  // `-----BEGIN RSA PRIVATE KEY-----` … `-----END RSA PRIVATE KEY-----` (PEM headers such as
  // `Proc-Type:` and `DEK-Info:` included). The markers stay, so a reader sees a key was there.
  [
    /(-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)((?:[A-Za-z0-9+/=\s\\:,.]|-(?!----))*)(-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/g,
    maskKeyBody as Replacer,
  ],
  // A key body line on its own line (PEM lines are 64 characters, OpenSSH 70), and DER or OpenSSH key
  // material inside a line (`MII…`, `b3BlbnNzaC1rZXktdjE…`, the magic bytes secretlint checks).
  [/^[ \t]*[A-Za-z0-9+/]{40,}={0,2}[ \t]*$/gm, MASK],
  [/(?<![A-Za-z0-9+/])(?:MII[A-Za-z0-9+/]{60,}|b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/]{20,})={0,2}/g, MASK],

  // URL user-info: scheme://user:pass@host (also `https://x-access-token:ghs_…@github.com`).
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{0,15}:\/\/)[^\s/@:]{1,200}:[^\s/@]{1,200}@/gi, `$1${MASK}@`],
  // ?token=… / &password=… / #token=… (the Control UI's dashboard link) in URLs and query strings.
  [/([?&#][\w.-]{0,30}?(?:token|password|passwd|secret|key|auth|signature|sig|credentials?)=)[^&\s"'#\\‹]+/gi, `$1${MASK}`],
  // Webhook URLs whose path is the secret: Slack `hooks.slack.com/services/T…/B…/…`, Discord `…/api/webhooks/<id>/<token>`.
  [/(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]{8,}/g, `$1${MASK}`],
  [/(discord(?:app)?\.com\/api\/webhooks\/\d{5,20}\/)[A-Za-z0-9_-]{20,}/g, `$1${MASK}`],

  // Authorization: Bearer …, Basic …; `Authorization: Bot …` (Discord) and `Authorization: token …` (GitHub).
  // A plain word after Bearer/Basic is prose (`Basic authentication required`), not a credential.
  [/\b(Bearer|Basic)[ \t]+(?![A-Za-z]{1,23}(?![A-Za-z0-9._~+/=-]))[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`],
  [/(\bAuthorization\\{0,7}["']?[ \t]{0,4}[:=][ \t]{0,4}\\{0,7}["']?(?:Bot|token|Token)[ \t]+)[A-Za-z0-9._~+/=-]{8,}/g, `$1${MASK}`],

  // Token shapes, whatever surrounds them (a log line, a JSON value, a flag, a URL):
  // JSON Web Tokens.
  [/(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, MASK],
  // Model providers: OpenAI, Anthropic, OpenRouter, DeepSeek (`sk-…`), Google API keys (`AIza…`),
  // Google OAuth (`ya29.…`, `GOCSPX-…`), Hugging Face, Groq, xAI, Perplexity.
  [
    /(?<![\w-])(?:sk-[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{30,}|ya29\.[0-9A-Za-z_-]{20,}|GOCSPX-[0-9A-Za-z_-]{20,}|hf_[A-Za-z0-9]{30,}|gsk_[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{40,}|pplx-[A-Za-z0-9]{40,})/g,
    MASK,
  ],
  // Code hosting and registries: GitHub (classic and fine-grained), GitLab, npm, Docker Hub.
  [
    /(?<![\w-])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{22,}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{30,}|dckr_pat_[A-Za-z0-9_-]{20,})/g,
    MASK,
  ],
  // Chat channels: Slack bot, user and app tokens; Discord bot tokens (<base64 user id>.<6>.<27+>);
  // Telegram bot tokens (<bot id>:<35>, also inside `api.telegram.org/bot<token>/…`).
  [/(?<![\w-])(?:xox[abposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,})/g, MASK],
  [/(?<![\w-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}/g, MASK],
  [/(?<!\d)\d{6,16}:[A-Za-z0-9_-]{30,60}/g, MASK],
  // Cloud and SaaS: AWS access key ids; Stripe, SendGrid, Shopify, HashiCorp Vault, Databricks,
  // Grafana, Linear, Notion, Figma, Vercel, 1Password service-account tokens.
  [/(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, MASK],
  [
    /(?<![\w-])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,}|SG\.[\w-]{16,}\.[\w-]{16,}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|hv[sbr]\.[A-Za-z0-9_-]{24,}|dapi[a-f0-9]{32}|glc_[A-Za-z0-9+/]{32,}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|lin_api_[A-Za-z0-9]{32,}|ntn_[A-Za-z0-9]{40,}|figd_[A-Za-z0-9_-]{40,}|vc[pikar]_[A-Za-z0-9]{24,}|ops_eyJ[A-Za-z0-9+/=]{100,})/g,
    MASK,
  ],

  // Command-line flags with a separate value: `--token <value>`, `--password "<value>"`, `--bot-token …`
  // (`--token=<value>` is a key = value below). Not a following flag, placeholder or prose word.
  [
    new RegExp(
      String.raw`(?<![\w-])(--?[\w-]{0,40}?${SECRET_NAME}[ \t]+)(?:"([^"\n]{1,1000})|'([^'\n]{1,1000})|([^\s"'\\‹-][^\s"'\\‹]{0,1000}))`,
      'gi',
    ),
    maskValue,
  ],
  // Env vars named like a secret: `OPENCLAW_GATEWAY_PASSWORD=…`, `DISCORD_BOT_TOKEN=…`, `*_SECRET`, and
  // `*_KEY` / `*_PASS` / `*_PAT` (upper case only: `sort_key=name` in a log is no secret).
  [
    new RegExp(
      String.raw`(?<![\w.-])([A-Z][A-Z0-9_]{0,60}_(?:KEY|PASS|PAT)(?:\\{0,7}["'])?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4})${VALUE}`,
      'g',
    ),
    maskValue,
  ],
  // Keys named like a secret in config-like text: `"token": "…"` (also nested and JSON-escaped),
  // `token=…`, `gateway.auth.password: …`, `OPENCLAW_GATEWAY_TOKEN=…`, `"apiKey": "…"`, `--token=…`.
  [
    new RegExp(String.raw`(?<![\w.-])([\w.-]{0,60}?${SECRET_NAME}(?:\\{0,7}["'])?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4})${VALUE}`, 'gi'),
    maskValue,
  ],

  // Home directories: /home/alice, /Users/alice, C:\Users\alice
  [/(\/home\/|\/Users\/|[A-Za-z]:\\Users\\)(?!‹redacted›)[^/\\\s"']+/g, `$1${MASK}`],
];

/** The key material before a `-----END … PRIVATE KEY-----` whose BEGIN line the paste cut off. */
const KEY_END = /-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;

function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
}

/**
 * Walks back from each END marker over the key material before it and masks it (a plain loop: the
 * regex form, "a run that ends in a marker", is quadratic on a run without one). Material is base64
 * in segments between line breaks, spaces or `\n` escapes: the segment next to the marker may be
 * short (a PEM block's last line), the ones before it are full lines (16+), so the prose in front
 * (`error loading key:`) stays. A block already masked from its BEGIN line has no material left here.
 */
function maskCutKeyStart(text: string): string {
  if (!text.includes('-----END')) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(KEY_END)) {
    const end = m.index;
    let start = end;
    let material = 0;
    for (let first = true; start > from; first = false) {
      let at = start;
      for (let n: number; at > from && (n = breakAt(text, at, true)) > 0; ) at -= n;
      let segment = at;
      while (segment > from && isBase64(text.charCodeAt(segment - 1)) && breakAt(text, segment, true) === 0) segment--;
      if (at - segment === 0 || (!first && at - segment < 16)) break;
      material += at - segment;
      start = segment;
    }
    if (material >= 16) {
      let trail = end;
      for (let n: number; trail > start && (n = breakAt(text, trail, true)) > 0; ) trail -= n;
      out += text.slice(from, start) + MASK + text.slice(trail, end);
    } else out += text.slice(from, end);
    out += m[0];
    from = end + m[0].length;
  }
  return out + text.slice(from);
}

export function redact(text: string): string {
  let out = text;
  for (const [re, replacement] of RULES) out = out.replace(re, replacement as string);
  return maskCutKeyStart(out);
}
