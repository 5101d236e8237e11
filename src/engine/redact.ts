/**
 * Masks secrets before anything is displayed, copied or shared. Idempotent: masked text stays as is.
 * Order matters: specific shapes (URLs, bearer tokens, keys) before the generic key=value rule.
 */
import { pattern } from './patterns.ts';

const MASK = '‹redacted›';

const RULES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // URL user-info: scheme://user:pass@host
  [pattern(/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{0,15}:\/\/)[^\s/@:]{1,200}:[^\s/@]{1,200}@/gi), `$1${MASK}@`],
  // ?token=… / &password=… in URLs and query strings
  [pattern(/([?&#](?:token|access_token|password|secret|key|auth)=)[^&\s"'#]+/gi), `$1${MASK}`],
  // Authorization: Bearer …
  [pattern(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g), `$1 ${MASK}`],
  // Provider keys: sk-…, sk-ant-…, xoxb-/xoxp- (Slack), ghp_ (GitHub), AIza (Google), bot tokens
  [pattern(/\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}|xox[abposr]-[A-Za-z0-9-]{10,}|gh[pousr]_[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{30,})/g), MASK],
  [pattern(/\b\d{8,10}:[A-Za-z0-9_-]{30,}\b/g), MASK], // Telegram bot token
  // token/password/secret in config-like text: `"token": "…"`, `token=…`, `OPENCLAW_GATEWAY_TOKEN=…`
  [
    pattern(/((?:["']?(?<![\w.-])[\w.-]{0,40}(?:token|password|passwd|secret|apiKey|api_key)["']?)\s{0,4}[:=]\s{0,4}["']?)(?!‹redacted›)([^\s"',;})]{4,})/gi),
    (_all: string, key: string, value: string) => (/^(?:true|false|null|undefined|required|missing|mismatch|config|env|none|set|token|password)$/i.test(value) ? key + value : key + MASK),
  ],
  // Home directories: /home/alice, /Users/alice, C:\Users\alice
  [pattern(/(\/home\/|\/Users\/|[A-Za-z]:\\Users\\)(?!‹redacted›)[^/\\\s"']+/g), `$1${MASK}`],
];

export function redact(text: string): string {
  let out = text;
  for (const [re, replacement] of RULES) out = out.replace(re, replacement as string);
  return out;
}
