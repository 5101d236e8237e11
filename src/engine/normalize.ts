/**
 * Line normalisation: what a terminal, a clack prompt or a JSON encoder added around OpenClaw's text.
 * Every function here is linear in the line length.
 */

// CSI (colours, cursor moves), OSC (hyperlinks, titles; BEL or ST terminated) and lone two-char escapes.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// clack's frame characters at the start of a line, e.g. `│  `, `◇  Doctor`, `├─`, `╮`, `╯`.
const FRAME = /^[│◇├╮╯╰╭─┌└┐┘◆●○■▲]+[ \t]*/u;
// A pasted shell prompt: `$ openclaw gateway status`, `% …`, `user@host:~$ …`.
const JSON_ESCAPE = /\\(["\\/nrtu])([0-9a-fA-F]{4})?/g;
const PROMPT = /^(?:[\w.-]+@[\w.-]+:[^\s$#]*)?[$%#] (?=\S)/;

export function stripAnsi(line: string): string {
  return line.includes('\u001b') ? line.replace(ANSI, '') : line;
}

// Colour codes that lost their ESC byte on the way (`[31m…[0m`), or were pasted as text (`^[[31m`, `\x1b[31m`, `\033[0m`, `\e[1m`, `\u001b[2m`).
const ANSI_TEXT = /(?:\^\[|\\x1b|\\033|\\e|\\u001b)?\[[0-9]{1,3}(?:;[0-9]{1,3}){0,4}m/g;
// What other programs put before OpenClaw's line, removed one at a time from the start:
// journalctl / syslog (`Dec 02 13:03:36 host openclaw[1234]: `, `2026-12-02T13:03:36+0000 host node[9]: `),
const SYSLOG =
  /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?) (?!(?:trace|debug|info|warn|error|fatal) )[\w.-]+ [\w./@-]+(?:\[\d+\])?: /;
// `docker compose logs` (`openclaw-gateway-1  | `, also with its first character lost: `penclaw-gateway-1  | `),
const COMPOSE = /^[\w.-]{1,64} +\| ?/;
// a bracketed timestamp or level that OpenClaw itself does not print (`[2026-12-02 13:03:36] `, `[13:03:36] `, `[ERROR] `),
const BRACKETED =
  /^\[(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d| ?UTC)?|\d\d?:\d\d(?::\d\d(?:\.\d+)?)?(?: ?[AP]M)?|(?:TRACE|DEBUG|INFO|WARN(?:ING)?|ERROR|FATAL|trace|debug|info|warn(?:ing)?|error|fatal))\] ?/;
// a 12-hour or a space-separated date-time (`1:03:36 PM `, `2026-12-02 13:03:36 `, `2026/12/02 13:03:36 `),
const LOOSE_TIME = /^(?:\d{1,2}:\d\d:\d\d ?[AP]M|\d{4}[-/]\d\d[-/]\d\d \d\d:\d\d:\d\d(?:[.,]\d+)?(?: ?(?:Z|UTC|[+-]\d\d:?\d\d))?) +/;
// markdown retyping (`> ` quotes, `* ` / `• ` bullets, `→ ` arrows, `**bold**`, a backtick around the line),
const MARKDOWN = /^(?:>+ ?|[*•·] (?=\S)|(?:→|->|=>) ?|\*\*|`{1,3}(?=\S))/;
// and a reader's own words before the output (`报错：`, `日志显示: `).
const CJK_LEAD = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e ]{1,40}[:：] ?(?=[\x21-\x7e])/u;
// The product's old names in messages, paths, env vars and service names read as the new one.
const OLD_NAME = /clawdbot|moltbot/gi;

function renameOld(name: string): string {
  return name === name.toUpperCase() ? 'OPENCLAW' : name[0] === name[0]!.toUpperCase() ? 'OpenClaw' : 'openclaw';
}

/** A `[` followed by a digit: where a colour code without its ESC byte could be (`[31m`). */
function hasColourText(line: string): boolean {
  for (let at = line.indexOf('['); at !== -1; at = line.indexOf('[', at + 1)) {
    const next = line.charCodeAt(at + 1);
    if (next >= 48 && next <= 57) return true;
  }
  return false;
}

/** Removes what a foreign program or a retyping added before the line, as often as it is stacked. */
function stripForeignPrefixes(line: string): string {
  for (let pass = 0; pass < 4; pass++) {
    const c = line.charCodeAt(0);
    let next = line;
    if (c === 91 /* [ */) next = line.replace(BRACKETED, '');
    else if (c === 62 || c === 42 || c === 96 || c === 0x2022 || c === 0xb7 || c === 0x2192 || c === 45 || c === 61)
      next = line.replace(MARKDOWN, '');
    else if (c > 0x2e7f) next = line.replace(CJK_LEAD, '');
    // OpenClaw's own ISO timestamps (`2026-12-02T…`) can only be a syslog prefix, never a loose time.
    else if (c >= 48 && c <= 57)
      next =
        line.charCodeAt(10) === 84 /* T */
          ? line.charCodeAt(line.indexOf(' ') + 1) === 91 /* [ */
            ? line
            : line.replace(SYSLOG, '')
          : line.replace(LOOSE_TIME, '').replace(SYSLOG, '');
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) next = line.replace(SYSLOG, '').replace(COMPOSE, '');
    if (next === line) return line;
    line = next;
  }
  return line;
}

/**
 * Removes a trailing CR, terminal escapes (also ones that lost their ESC byte), clack frames, a
 * leading shell prompt, and what other programs and retyping put around OpenClaw's text: syslog and
 * `docker compose` prefixes, bracketed timestamps and levels, markdown quotes, bullets, arrows, bold
 * and backticks, a Chinese lead-in; the old product names read as `openclaw`.
 */
export function normalizeLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  line = stripAnsi(line);
  if (hasColourText(line)) line = line.replace(ANSI_TEXT, '');
  const first = line.charCodeAt(0);
  // Fast path: OpenClaw's own lines start with a digit of a timestamp, `{`, `[subsystem]` or a label.
  if (first !== 123 /* { */) line = stripForeignPrefixes(line);
  const lead = line.charCodeAt(0);
  // Frames and prompts start with a non-ASCII box char or one of `$%#` or a word char then `@`.
  if (lead > 0x7f) line = line.replace(FRAME, '');
  else if (lead === 0x24 || lead === 0x25 || lead === 0x23 || line.includes('@')) line = line.replace(PROMPT, '');
  // A clack box's right border (a trim, not a `[ \t]*│$` regex, which is quadratic on long runs of blanks).
  if (line.endsWith('│')) line = line.slice(0, -1).trimEnd();
  if (line.endsWith('`') || line.endsWith('**')) line = line.replace(MARKDOWN_END, '');
  if (line.includes('bot') || line.includes('BOT') || line.includes('Bot')) line = line.replace(OLD_NAME, renameOld);
  return line;
}

// A markdown line's closing backticks or bold.
const MARKDOWN_END = /(?<=\S)(?:`{1,3}|\*\*)$/;

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
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/;

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

// `"authReason":"token_mismatch"` (a JSON log record), `authReason=token_mismatch` (a text log line), `"cause":"pairing-required"`.
const REASON_FIELD = /"?\b((?:[a-z]+R|r)eason|cause)"?(?:=|":\s*")([\w.:-]+)/g;

/**
 * The reason and cause fields of a line (`reason`, `authReason`, `closeReason`, `cause`, … as JSON or
 * `key=value`), each restated as `reason=<value>` or `cause=<value>`, or '' when the line has none.
 * Catalog literals name a reason once, as `reason=<code>`; this makes every field that carries it read the same.
 */
export function reasonFields(line: string): string {
  // A plain `reason=<code>` needs no restating: only `…Reason`, a JSON `"reason"` or a `cause` does.
  if (!line.includes('Reason') && !line.includes('"reason"') && !line.includes('cause')) return '';
  let out = '';
  for (const m of line.matchAll(REASON_FIELD)) {
    const key = m[1] === 'cause' ? 'cause' : 'reason';
    if (!m[0].startsWith(`${key}=`)) out += ` ${key}=${m[2]}`;
  }
  return out;
}
