/**
 * Line normalisation: what a terminal, a clack prompt or a JSON encoder added around OpenClaw's text.
 * Every function here is linear in the line length.
 */
import { pattern } from './patterns.ts';

// CSI (colours, cursor moves), OSC (hyperlinks, titles; BEL or ST terminated) and lone two-char escapes.
const ANSI = pattern(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g);
// clack's frame characters at the start of a line, e.g. `│  `, `◇  Doctor`, `├─`, `╮`, `╯`.
const FRAME = pattern(/^[│◇├╮╯╰╭─┌└┐┘◆●○■▲]+[ \t]*/u);
// A pasted shell prompt: `$ openclaw gateway status`, `% …`, `user@host:~$ …`.
const JSON_ESCAPE = pattern(/\\(["\\/nrtu])([0-9a-fA-F]{4})?/g);
const PROMPT = pattern(/^(?:[\w.-]+@[\w.-]+:[^\s$#]*)?[$%#] (?=\S)/);

export function stripAnsi(line: string): string {
  return line.includes('\u001b') ? line.replace(ANSI, '') : line;
}

/** Removes a trailing CR, terminal escapes, clack frames and a leading shell prompt. */
export function normalizeLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  line = stripAnsi(line);
  const first = line.charCodeAt(0);
  // Fast path: frames and prompts start with a non-ASCII box char or one of `$%#` or a word char then `@`.
  if (first > 0x7f) line = line.replace(FRAME, '');
  else if (first === 0x24 || first === 0x25 || first === 0x23 || line.includes('@')) line = line.replace(PROMPT, '');
  return line;
}

/**
 * The JSON-escaped form of a line, one level unescaped (`\"` → `"`, `\\` → `\`, `\n` → newline).
 * `openclaw logs --json` nests the file record in `raw`, so callers may apply it twice.
 */
export function unescapeJsonText(line: string): string {
  return line.replace(JSON_ESCAPE, (whole, ch: string, hex: string | undefined) => {
    switch (ch) {
      case 'n':
        return '\n';
      case 'r':
      case 't':
        return ' ';
      case 'u':
        return hex ? String.fromCharCode(parseInt(hex, 16)) : whole;
      default:
        return ch + (hex ?? '');
    }
  });
}

/** True when a line is mostly control bytes or carries NUL: binary data, not text. */
const CONTROL = pattern(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/);

export function looksBinary(line: string): boolean {
  // Fast path: almost every line has no control character at all.
  if (!CONTROL.test(line)) return false;
  if (line.includes('\u0000')) return true;
  let control = 0;
  const n = Math.min(line.length, 512);
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x1b) || c === 0xfffd) control++;
  }
  return n >= 16 && control / n > 0.3;
}

// `"authReason":"token_mismatch"` (a JSON log record) and `authReason=token_mismatch` (a text log line).
const REASON_FIELD = pattern(/"?\b(?:[a-z]+R|r)eason"?(?:=|":\s*")([\w.:-]+)/g);

/**
 * The reason fields of a line (`reason`, `authReason`, `closeReason`, … as JSON or `key=value`), each
 * restated as `reason=<value>`, or '' when the line has none. Catalog literals name a reason once,
 * as `reason=<code>`; this makes every field that carries it read the same.
 */
export function reasonFields(line: string): string {
  if (!line.includes('eason')) return '';
  let out = '';
  for (const m of line.matchAll(REASON_FIELD)) if (!m[0].startsWith('reason=')) out += ` reason=${m[1]}`;
  return out;
}
