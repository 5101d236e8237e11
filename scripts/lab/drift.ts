/**
 * `npm run lab -- drift <release>`: how far the catalog has drifted from one installed OpenClaw
 * release, written to docs-dev/lab/drift-<release>.md (committed, so the drift shows in review).
 *
 * Three questions, each answered from the release itself rather than from our memory of it:
 * 1. Does the engine recognise the strings the release's own troubleshooting docs tell users to look for?
 * 2. Are the catalog's literals still in the compiled code, and which other diagnostics sit next to
 *    them (new wordings, sibling errors we do not know yet)?
 * 3. On the lab's captured scenarios, does the release's own `openclaw doctor` name the problem, and do we?
 *
 * Only short strings are quoted from OpenClaw (they are facts to match on), never prose or code.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog, type CompiledCatalog } from '../../src/engine/index.ts';
import { labCaptures, type LabCapture } from './fixtures.ts';
import { log, packageDir } from './releases.ts';
import type { InstalledRelease } from './sandbox.ts';
import { FIXTURE_DIR } from './scenario.ts';

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs-dev', 'lab');
/** Longest list printed per table; the counts in the summary are always complete. */
const CAP = 400;
/** Bundles larger than this are vendored workers and data blobs, not the CLI's own messages. */
const MAX_FILE = 5 << 20;
/** A literal found in more files than this (`works`, `error:`) says nothing about its neighbours. */
const ANCHOR_FILES = 25;

/** Words that make a string a diagnostic rather than a label or an identifier. */
const DIAG =
  /(?<![a-z])(fail(?:ed|ure|s)?|errors?|refus(?:ed|ing)|denied|invalid|missing|mismatch(?:ed)?|unauthori[sz]ed|not allowed|time(?:d)?[ -]?out|cannot|can't|could not|blocked|rejected|skipped|required|unreachable|unavailable|unhealthy|expired|exceeded|forbidden|conflict|not running|not found|unsupported|in use|too many)(?![a-z])/i;
/** First words of commands: the docs show them next to the output, but nobody pastes them as an error. */
const SHELL = new Set(
  'openclaw sudo ls cat grep rg tail head less launchctl systemctl journalctl pmset npm pnpm npx bun node nvm corepack curl wget export cd rm mv cp ln mkdir chmod chown echo printf kill pkill lsof ss netstat ps docker podman git brew defaults which where jq env set unset source powershell schtasks tailscale find open xattr stat du df sed awk ip ping dig nc ssh scp id whoami sleep watch winget scoop apt python python3 pip claude codex gh test taskkill get-process'.split(
    ' ',
  ),
);
/** `openclaw` subcommands: the docs often drop the `openclaw ` (`gateway status --deep`, `doctor --fix`). */
const SUBCOMMANDS = new Set(
  'gateway channels doctor automations cron status logs devices pairing config models agents agent nodes node browser security update onboard setup plugins skills secrets health dashboard sessions message system approvals'.split(
    ' ',
  ),
);
/** Words that cannot tie a doctor finding to a problem statement (everything says `gateway`). */
const STOP = new Set(
  'gateway gateways openclaw that this with from than into does will when which there their they been have start starts client every only also'.split(
    ' ',
  ),
);

const placeholders = (s: string, by: string) => s.replace(/\$\{[^}]*\}/g, by);
/** An error code: errno (`EADDRINUSE`) or UPPER_SNAKE with a failure word (`AUTH_TOKEN_MISMATCH`, not `NODE_OPTIONS`). */
const isCode = (s: string) =>
  /^E[A-Z]{4,}$/.test(s) || (/^[A-Z*][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(s) && !s.startsWith('OPENCLAW_') && DIAG.test(s.replace(/_/g, ' ')));
/** Code that the naive tokenizer cut out of minified bundles, import paths, CLI flags. */
const looksLikeCode = (s: string) =>
  /=>|\bfunction\b|\breturn\b|\bconst\b|\bimport\b|\\u00|[{}]|;\S|;$|===|&&|\|\||\?\.|!0|\)\)|^[,.:?)\]]/.test(placeholders(s, 'X')) ||
  /^(\.{1,2}\/|--?\w)|\.m?[jt]s$|^[a-z]+(\.[a-z]+)+$/i.test(s);
const words = (s: string) => [...new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? [])].filter((w) => !STOP.has(w));
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s);
/** A Markdown code span that survives backticks and table pipes. */
const code = (s: string) => ((t) => (t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``))(s.replace(/\|/g, '\\|').replace(/\s+/g, ' '));
const links = (ids: string[]) => ids.map((id) => `[${id}](/en/signatures/${id}/)`).join(', ');
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

type Judge = (text: string) => string[];

/**
 * The engine's verdict on a string: the ids of its findings, plus the entries whose `match.codes` it
 * is exactly. A template is tried again with its placeholders filled, for regexes that need a value.
 */
function makeJudge(entries: ReturnType<typeof loadCatalog>['entries'], compiled: CompiledCatalog): Judge {
  const codes = new Map<string, string[]>();
  for (const e of entries) for (const c of e.match.codes) codes.set(c, [...(codes.get(c) ?? []), e.id]);
  const cache = new Map<string, string[]>();
  const run = (t: string) => analyze(t, compiled).findings.map((f) => f.id);
  const judge = (text: string) => {
    const ids = run(text);
    return [
      ...new Set([...(ids.length === 0 && text.includes('${') ? run(placeholders(text, '0')) : ids), ...(codes.get(text.trim()) ?? [])]),
    ].sort();
  };
  return (text) => cache.get(text) ?? cache.set(text, judge(text)).get(text)!;
}

/** Does a docs code span or code-block line look like something OpenClaw prints, not a command, path or config key? */
function looksLikeOutput(raw: string, codes: Set<string>, judge: Judge): boolean {
  const s = raw.trim().replace(/^\$\s+/, '');
  if (codes.has(s) || isCode(s)) return true;
  if (s.length < 3 || s.length > 200 || !/[a-z]/i.test(s)) return false;
  if (/^(#|\/\/|--?\w|<[^>]*>$|https?:|[~.]?\/|\$\{?\w+\}?$|v?\d+(\.\d+)+)/.test(s) || /[[\]{}]$/.test(s)) return false;
  const first = s.split(/\s+/)[0]!.toLowerCase();
  if (SHELL.has(first) || /^[A-Z_][A-Z0-9_]*=\S*\s/.test(s) || /\s(\||&&|2>&1|>>?)\s/.test(s)) return false;
  if (SUBCOMMANDS.has(first) && (/\s--?\w/.test(s) || (!s.includes(':') && !DIAG.test(s)))) return false;
  if (!/\s/.test(s)) {
    // One token: `key=value` only for a code value; a bare word (`error`) only when the catalog knows
    // it (`unauthorized`); a reason code (`doctor-failed`), not a config path, file name or identifier.
    const kv = /^[\w.*-]+=\s*"?([^"]*)"?$/.exec(s);
    if (kv) return isCode(kv[1]!);
    if (/^[a-z]+$/i.test(s)) return judge(s).length > 0;
    return /[-_]/.test(s) && !/[./\\]/.test(s) && DIAG.test(s.replace(/[-_]/g, ' '));
  }
  // A config snippet (`models.providers.<p>.compat.supportsTools: false`) is not output either.
  return !(/^"?[\w.<>[\]*-]+"?\s*[:=]\s*("[^"]*"|\d+|true|false|\{|\[)?,?$/.test(s) && !/^[A-Z]/.test(s));
}

/** The release's troubleshooting pages. */
function docsFiles(pkg: string): string[] {
  const files = ['docs/gateway/troubleshooting.md', 'docs/help/troubleshooting.md'].map((f) => join(pkg, f)).filter((f) => existsSync(f));
  const sub = join(pkg, 'docs/gateway/troubleshooting');
  if (existsSync(sub))
    files.push(
      ...readdirSync(sub)
        .filter((n) => n.endsWith('.md'))
        .sort()
        .map((n) => join(sub, n)),
    );
  return files;
}

/** Signature-like strings the docs quote → their pages: code spans, and lines of text/json code blocks (not bash/json5/mermaid). */
function docsStrings(pkg: string, codes: Set<string>, judge: Judge): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of docsFiles(pkg)) {
    const keep = (c: string) => looksLikeOutput(c, codes, judge) && found.set(c, (found.get(c) ?? new Set()).add(relative(pkg, file)));
    // Code spans wrap across lines, so prose is read a paragraph at a time.
    let paragraph: string[] = [];
    const flush = () => {
      for (const m of paragraph.join('\n').matchAll(/(`+)(?!`)([\s\S]+?)(?<!`)\1(?!`)/g)) keep(m[2]!.replace(/\s+/g, ' ').trim());
      paragraph = [];
    };
    let fence: string | null = null;
    for (const line of readFileSync(file, 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')) {
      const open = /^\s*(```+|~~~+)\s*(\w*)/.exec(line);
      if (open) flush(), (fence = fence === null ? open[2]!.toLowerCase() : null);
      else if (fence !== null) ['', 'text', 'txt', 'log', 'console', 'json'].includes(fence) && keep(line.trim());
      else if (line.trim() === '') flush();
      else paragraph.push(line);
    }
    flush();
  }
  return found;
}

/**
 * The string literals of some JS source with their offsets: quoted strings and template literals
 * (raw, `${…}` kept as written), comments skipped. Not a parser, but good enough on bundler output.
 */
function stringLiterals(src: string, base: number): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) {
      const end = src[i + 1] === '/' ? src.indexOf('\n', i) : src.indexOf('*/', i + 2) + 1;
      i = end <= 0 ? src.length : end;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      for (let depth = 0; j < src.length; j++) {
        const c = src[j]!;
        if (c === '\\') j++;
        else if (ch === '`' && c === '$' && src[j + 1] === '{') depth++, j++;
        else if (depth > 0 && c === '}') depth--;
        else if (depth === 0 && c === ch) break;
        else if (ch !== '`' && c === '\n') break;
      }
      const body = src.slice(i + 1, j);
      out.push({ at: base + i, text: ch === '`' ? body.replace(/\\`/g, '`') : body.replace(/\\(["'\\])/g, '$1') });
      i = j;
    }
  }
  return out;
}

/** A user-facing diagnostic: a short message with a failure word (or an error code), not code or an identifier. */
const isDiagnostic = (s: string) =>
  s.length >= 10 &&
  s.length <= 240 &&
  DIAG.test(placeholders(s, ' ')) &&
  !looksLikeCode(s) &&
  ((placeholders(s, ' ').match(/[A-Za-z][a-z']+/g) ?? []).length >= 2 || isCode(s));

/**
 * Parts of a literal to look for when the literal itself is not in the code: the value of a
 * `reason=token_mismatch` (printed by `reason=${reason}`), and the literal without its first or last
 * word (`${label} has invalid port` prints `browser.cdpUrl has invalid port`).
 */
function fragments(text: string): { parts: string[]; value: string | undefined } {
  const value = /^"?[\w.]+"?\s*[:=]\s*"?([\w.-]+)"?$/.exec(text)?.[1];
  const w = text.split(' ');
  const parts = w.length < 3 ? [] : [w.slice(1), w.slice(0, -1), ...(w.length >= 4 ? [w.slice(1, -1)] : [])].map((p) => p.join(' '));
  return {
    parts: parts.filter((f) => f.length >= 10 && f.length * 2 >= text.length && /^\w.*[\w:)]$/.test(f)),
    value: value && (/[-_]/.test(value) || value.length >= 12) ? value : undefined,
  };
}

/** A catalog literal, the number of dist/ files holding it, and for an absent one the code's string holding a fragment of it. */
type Literal = { text: string; ids: string[]; since: string | undefined; files: number; closest?: { text: string; score: number } };

/**
 * One pass over dist/ with a single regex of every literal and fragment (V8 runs an alternation of
 * literals an order of magnitude faster than one indexOf per needle): counts each literal's files,
 * finds the closest string for the absent ones, and returns the diagnostics within ~2 lines / 400
 * characters of each anchor literal (→ the anchors' entry ids).
 */
function scanDist(pkg: string, literals: Literal[]): Map<string, Set<string>> {
  // Needle → the literals it is, a part of, or the value of.
  const owners = new Map<string, { lits: number[]; parts: number[]; values: number[] }>();
  const own = (n: string) => owners.get(n) ?? (owners.set(n, { lits: [], parts: [], values: [] }), owners.get(n)!);
  literals.forEach((l, k) => {
    own(l.text.toLowerCase()).lits.push(k);
    if (/["']/.test(l.text)) own(l.text.toLowerCase().replace(/["']/g, '\\$&')).lits.push(k); // as written in a JS string
    const { parts, value } = fragments(l.text);
    for (const f of parts) own(f.toLowerCase()).parts.push(k);
    if (value) own(value.toLowerCase()).values.push(k);
  });
  const needles = [...owners.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  // A match hides the shorter needles inside it (`pairing` in `pairing required`): they are hits too.
  const inside = new Map(needles.map((n) => [n, needles.filter((m) => m !== n && n.includes(m)).map((m) => ({ m, off: n.indexOf(m) }))]));
  const near = new Map<string, Set<number>>();
  const files = (readdirSync(join(pkg, 'dist'), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && /\.[mc]?js$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => statSync(f).size <= MAX_FILE);
  const started = Date.now();
  files.forEach((file, n) => {
    if (n % 2000 === 0) log(`  dist: ${n}/${files.length} files (${seconds(started)})`);
    const buf = readFileSync(file);
    if (buf.subarray(0, 8192).includes(0)) return;
    const text = buf.toString('utf8');
    const lineAround = (at: number, lines: number) => {
      let from = at,
        to = at;
      for (let i = 0; i < lines && from > 0; i++) from = text.lastIndexOf('\n', from - 1) + 1;
      for (let i = 0; i < lines && to >= 0; i++) to = text.indexOf('\n', to + 1);
      return stringLiterals(
        text.slice(Math.max(from, at - 2000), to < 0 ? text.length : Math.min(to, at + 2000)),
        Math.max(from, at - 2000),
      );
    };
    const seen = new Map<string, number>();
    const hit = (needle: string, at: number) => {
      const count = seen.get(needle) ?? 0;
      seen.set(needle, count + 1);
      if (count >= 10) return;
      const { lits, parts, values } = owners.get(needle)!;
      if (count === 0) for (const k of lits) literals[k]!.files++;
      for (const k of [...parts, ...values]) {
        const lit = lineAround(at, 1).find((l) => l.at < at && l.at + l.text.length + 2 >= at + needle.length)?.text;
        // A value counts only as a whole string (`"token_mismatch"`), a part only inside a message;
        // a template wins (it may well print the literal), then the longest part.
        if (!lit || (values.includes(k) ? lit.toLowerCase() !== needle : looksLikeCode(lit))) continue;
        const score = (lit.includes('${') ? 1000 : 0) + needle.length;
        if (score > (literals[k]!.closest?.score ?? -1)) literals[k]!.closest = { text: lit, score };
      }
      if (lits.length === 0) return;
      for (const lit of lineAround(at, 3)) {
        if (lit.at + lit.text.length < at - 400 || lit.at > at + needle.length + 400) continue;
        for (const part of lit.text.split(/\\n|\n/))
          if (isDiagnostic(part.trim())) for (const k of lits) near.set(part.trim(), (near.get(part.trim()) ?? new Set()).add(k));
      }
    };
    for (const m of text.toLowerCase().matchAll(re)) {
      hit(m[0], m.index);
      for (const { m: sub, off } of inside.get(m[0])!) hit(sub, m.index + off);
    }
  });
  log(`  dist: ${files.length} files in ${seconds(started)}`);
  const nearby = new Map<string, Set<string>>();
  for (const [s, ks] of near) {
    const anchors = [...ks].filter((k) => literals[k]!.files <= ANCHOR_FILES).map((k) => literals[k]!.ids[0]!);
    if (anchors.length) nearby.set(s, new Set(anchors.sort()));
  }
  return nearby;
}

/**
 * What a doctor capture reports: the findings of `--lint --json`, else one item per paragraph or list
 * item of each boxed section (`Title: text`, so a new sentence in a section that the healthy output
 * has too still shows) and per line outside the boxes.
 */
function doctorItems(text: string): string[] {
  const clean = text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  try {
    const doc = JSON.parse(clean.slice(clean.indexOf('{'))) as {
      findings?: Array<{ checkId?: string; severity?: string; message?: string }>;
    };
    if (Array.isArray(doc.findings)) return doc.findings.map((f) => `${f.severity} ${f.checkId}: ${f.message}`);
  } catch {}
  const items: string[] = [];
  let title: string | null = null;
  let para: string[] = [];
  const flush = () => (title && para.length && items.push(`${title}: ${para.join(' ')}`), (para = []));
  for (const line of clean.split('\n')) {
    const head = /^[◇◆▲■●]\s+(.+?)\s*─+/.exec(line);
    const t = line
      .replace(/^[│|]\s*/, '')
      .replace(/\s*│\s*$/, '')
      .trim();
    if (head) flush(), (title = head[1]!);
    else if (title && /^├/.test(line)) flush(), (title = null);
    else if (title) (!t || t.startsWith('- ')) && flush(), t && para.push(t);
    else if ((line.match(/[A-Za-z]{2,}/g) ?? []).length >= 3 && !/^\s*[┌└]/.test(line)) items.push(line.trim());
  }
  flush();
  return items;
}

/** This release's captures by scenario, read one scenario at a time: the lab may be writing other fixtures right now. */
function capturesOf(release: string): Map<string, LabCapture[]> {
  const byScenario = new Map<string, LabCapture[]>();
  if (!existsSync(join(FIXTURE_DIR, release))) return byScenario;
  const only = mkdtempSync(join(tmpdir(), 'openclaw-drift-')); // a fixture folder with just this release in it
  symlinkSync(join(FIXTURE_DIR, release), join(only, release));
  for (const id of readdirSync(join(FIXTURE_DIR, release)).sort()) {
    try {
      byScenario.set(id, labCaptures([id], only));
    } catch (error) {
      log(`  doctor table: skipped ${id} (${(error as Error).message.split('\n')[0]})`);
    }
  }
  rmSync(only, { recursive: true, force: true });
  return new Map([...byScenario].filter(([, c]) => c.length > 0));
}

/** The side-by-side rows, one per scenario with a `problem`; doctor output is diffed against the healthy scenario's. */
function doctorTable(release: string, compiled: CompiledCatalog) {
  const byScenario = capturesOf(release);
  const itemsOf = (captures: LabCapture[]) => captures.filter((c) => c.doctor).flatMap((c) => doctorItems(c.text));
  // The baseline: what the healthy scenario's doctor says, and what most scenarios' doctors say
  // (the generic warnings of a lab home, and all of them when the healthy capture is empty).
  const each = [...byScenario.values()].map((c) => new Set(itemsOf(c))).filter((i) => i.size > 0);
  const common = [...new Set(each.flatMap((i) => [...i]))].filter(
    (i) => each.length >= 4 && each.filter((e) => e.has(i)).length * 2 >= each.length,
  );
  const healthyItems = itemsOf(byScenario.get('healthy') ?? []);
  const base = [...new Set([...healthyItems, ...common])];
  const note = healthyItems.length ? '' : 'healthy doctor capture empty: baseline is what most doctors say';
  /** A new paragraph that starts like a baseline one is quoted from where it departs from it. */
  const departure = (item: string) => {
    const cut = item.lastIndexOf(' ', Math.max(0, ...base.map((b) => [...b.split(''), '\0'].findIndex((c, n) => c !== item[n])))) + 1;
    return cut > 30 ? `${item.slice(0, item.indexOf(':') + 1)} …${item.slice(cut)}` : item;
  };
  const t = { rows: [] as string[], captured: byScenario.size, healthy: 0, doctorNames: 0, weName: 0, named: 0 };
  for (const [id, captures] of byScenario) {
    const { problem, names } = captures[0]!.scenario.scenario;
    if (!problem) {
      t.healthy++;
      continue;
    }
    const doctors = captures.filter((c) => c.doctor && c.text.trim());
    const timedOut = captures.some((c) => c.doctor && !c.text.trim() && c.record.timedOut);
    const extra = [...new Set(itemsOf(doctors).filter((i) => !base.includes(i)))];
    // Doctor names the problem with a new finding that sounds like one and shares a word with the
    // problem statement: its memory probe timing out says nothing about a wrong password, and
    // `Heartbeat interval: 1m` is no warning.
    const keywords = words(problem);
    const hits = (i: string) => words(departure(i)).filter((w) => keywords.some((k) => w.startsWith(k) || k.startsWith(w))).length;
    const alarming = (i: string) =>
      /^(warning|error) /.test(i) || DIAG.test(i) || /\b(warning|critical|unset|off|newer|older|stale)\b/i.test(i);
    const naming = extra.filter((i) => hits(i) > 0 && alarming(i)).sort((a, b) => hits(b) - hits(a));
    const shown = [...naming, ...extra.filter((i) => !naming.includes(i))];
    const quote = `${shown
      .slice(0, 2)
      .map((i) => code(short(departure(i))))
      .join('; ')}${shown.length > 2 ? ` (+${shown.length - 2})` : ''}`;
    const findings = captures.flatMap((c) => analyze(c.text, compiled).findings);
    const ours = names.filter((n) => findings.some((f) => f.id === n));
    const loud = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.id))].sort();
    if (naming.length) t.doctorNames++;
    if (ours.length) t.weName++;
    if (names.length) t.named++;
    const doc =
      doctors.length === 0
        ? timedOut
          ? '— (doctor timed out without output)'
          : '— (no doctor capture)'
        : naming.length
          ? `yes: ${quote}`
          : extra.length
            ? `no; other new output: ${quote}`
            : 'no (nothing beyond the baseline)';
    const we = ours.length ? `yes: ${links(ours)}` : names.length ? `no (wanted ${names.join(', ')})` : '? (the scenario has no `names`)';
    const notes = [note, ours.length ? '' : `we report: ${loud.slice(0, 5).join(', ') || 'no error or warning'}`]
      .filter(Boolean)
      .join('; ');
    t.rows.push(`| ${id} | ${problem.replace(/\|/g, '\\|')} | ${doc} | ${we} | ${notes} |`);
  }
  return t;
}

/** Sorted strings with the engine's verdict: the misses first (what to add to the catalog), then the recognised ones. */
function verdictList(strings: Map<string, Set<string>>, judge: Judge, where: string): { lines: string[]; recognised: number } {
  const all = [...strings.keys()].sort((a, b) => a.localeCompare(b));
  const [miss, hit] = [all.filter((s) => judge(s).length === 0), all.filter((s) => judge(s).length > 0)];
  const row = (s: string) => `| ${code(s)} | ${judge(s).join(', ') || '**no**'} | ${[...strings.get(s)!].slice(0, 3).join(', ')} |`;
  const table = (list: string[]) => [
    `| string | engine finds | ${where} |`,
    '| --- | --- | --- |',
    ...list.slice(0, CAP).map(row),
    ...(list.length > CAP ? [`\n…and ${list.length - CAP} more.`] : []),
  ];
  return {
    recognised: hit.length,
    lines: [`#### Not recognised (${miss.length})`, '', ...table(miss), '', `#### Recognised (${hit.length})`, '', ...table(hit)],
  };
}

export function writeDriftReport(release: InstalledRelease): void {
  const started = Date.now();
  const pkg = packageDir(release);
  const { entries } = loadCatalog();
  const compiled = compileCatalog(entries);
  const judge = makeJudge(entries, compiled);
  log(`${release.release}: drift report`);

  const docs = docsStrings(pkg, new Set(entries.flatMap((e) => e.match.codes)), judge);
  const docsList = verdictList(docs, judge, 'page');
  log(`  docs: ${docs.size} strings, ${docsList.recognised} recognised`);

  const byText = new Map<string, Literal>();
  for (const e of entries)
    for (const text of e.match.literals)
      (
        byText.get(text.toLowerCase()) ??
        byText.set(text.toLowerCase(), { text, ids: [], since: e.versions?.since, files: 0 }).get(text.toLowerCase())!
      ).ids.push(e.id);
  const literals = [...byText.values()];
  const nearby = scanDist(pkg, literals);
  const distList = verdictList(nearby, judge, 'near a literal of');
  const absent = literals.filter((l) => l.files === 0).sort((a, b) => a.ids[0]!.localeCompare(b.ids[0]!));
  const assembled = absent.filter((l) => l.closest?.text.includes('${')).length;
  const doctor = doctorTable(release.release, compiled);

  const out = `# Drift report: OpenClaw ${release.release}

Generated ${new Date().toISOString().slice(0, 10)} by \`npm run lab -- drift ${release.release}\` (scripts/lab/drift.ts) from the installed package and the lab captures in tests/fixtures/lab/${release.release}/. Do not edit by hand.

| | |
| --- | --- |
| docs-quoted strings recognised | ${docsList.recognised} / ${docs.size} |
| diagnostics near catalog literals in dist/ recognised | ${distList.recognised} / ${nearby.size} |
| catalog literals present in dist/ verbatim (+ likely assembled by a template) | ${literals.length - absent.length} (+${assembled}) / ${literals.length} |
| scenarios captured (of them healthy, without a problem) | ${doctor.captured} (${doctor.healthy}) |
| scenarios where \`openclaw doctor\` names the problem (heuristic) | ${doctor.doctorNames} / ${doctor.rows.length} |
| scenarios where our analyzer names the problem | ${doctor.weName} / ${doctor.named} with \`names\` (${doctor.rows.length - doctor.named} have none yet) |

## 1. Strings the troubleshooting docs quote

Code spans and output lines of code blocks in ${docsFiles(pkg)
    .map((f) => relative(pkg, f))
    .join(
      ', ',
    )}, without commands, paths and config keys. Judged as written: a docs string with an elision (\`...\`) can miss although the real line matches.

${docsList.lines.join('\n')}

## 2. The compiled code around the catalog

### Catalog literals not in this release's dist/ (${absent.length})

Case-insensitive search of every .js/.mjs/.cjs file up to 5 MB. A literal can be missing because its entry is for another release (see \`since\`), because the text is assembled at run time (a template holding part of it is shown) or comes from a dependency or an upstream service, or because the wording changed (the string holding part of it is shown).

| literal | entries | since | closest string in dist/ |
| --- | --- | --- | --- |
${absent.map((l) => `| ${code(l.text)} | ${l.ids.join(', ')} | ${l.since ?? ''} | ${l.closest ? code(short(l.closest.text, 140)) : ''} |`).join('\n')}

### Diagnostic strings within ~2 lines / 400 characters of a literal (${nearby.size})

String and template literals with a failure word, as written in the code (\`\${…}\` is filled in at run time). Only literals found in at most ${ANCHOR_FILES} files are anchors.

${distList.lines.join('\n')}

## 3. Side by side with the release's own \`openclaw doctor\`

Doctor names the problem here when its output has a warning-like finding or paragraph that shares a word with the problem and is not in the baseline: the healthy scenario's doctor output plus what at least half of the scenarios' doctors say (a heuristic: read the quote). We name it when the engine finds one of the scenario's \`names\` in any of its captures.

| scenario | problem | \`openclaw doctor\` | our analyzer | notes |
| --- | --- | --- | --- | --- |
${doctor.rows.join('\n')}
`;
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `drift-${release.release}.md`);
  writeFileSync(file, out);
  log(`${release.release}: wrote ${relative(process.cwd(), file)} in ${seconds(started)}`);
}
