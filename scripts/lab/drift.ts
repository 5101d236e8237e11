/**
 * `npm run lab -- drift <release>`: how far the catalog has drifted from one installed OpenClaw
 * release, written to docs-dev/lab/drift-<release>.md (committed, so the drift shows in review).
 *
 * Three questions, each answered from the release itself rather than from our memory of it:
 * 1. Does the engine recognise the strings the release's own troubleshooting docs tell users to look for?
 * 2. Are the catalog's literals still printed by the compiled code, and which other diagnostics sit
 *    next to them (new wordings, sibling errors we do not know yet)?
 * 3. On the lab's captured scenarios, does the release's own `openclaw doctor` name the problem, and do we?
 *
 * Only short strings are quoted from OpenClaw (they are facts to match on); no prose or code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { CatalogEntry } from '../../src/catalog/schema.ts';
import { analyze, compileCatalog, type CompiledCatalog } from '../../src/engine/index.ts';
import { labCaptures, type LabCapture } from './fixtures.ts';
import { FIXTURE_DIR } from './scenario.ts';
import { log, packageDir } from './releases.ts';
import type { InstalledRelease } from './sandbox.ts';

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs-dev', 'lab');
/** Longest list printed per section; the counts in the summary are always complete. */
const CAP = 400;
/** Bundles larger than this are vendored workers and data blobs, not the CLI's own messages. */
const MAX_FILE = 5 << 20;
/** A literal found in more files than this is too common to say anything about its neighbours. */
const ANCHOR_FILES = 25;

/** Words that make a string a diagnostic rather than a label or an identifier. */
const DIAG = /(?<![a-z])(fail(?:ed|ure|s)?|errors?|refus(?:ed|ing)|denied|invalid|missing|mismatch(?:ed)?|unauthori[sz]ed|not allowed|time(?:d)?[ -]?out|cannot|can't|could not|blocked|rejected|skipped|required|unreachable|unavailable|unhealthy|expired|exceeded|forbidden|conflict|not running|not found|unsupported|in use|too many)(?![a-z])/i;
/** First words of shell commands: docs show them next to the output, but users never paste them as errors. */
const SHELL = new Set('openclaw sudo ls cat grep rg tail head less launchctl systemctl journalctl pmset npm pnpm npx bun node nvm corepack curl wget export cd rm mv cp ln mkdir chmod chown echo printf kill pkill lsof ss netstat ps docker podman git brew defaults which where jq env set unset source powershell schtasks tailscale find open xattr stat du df sed awk ip ping dig nc ssh scp id whoami sleep watch winget scoop apt python python3 pip claude codex gh test taskkill get-process'.split(' '));

/** `openclaw` subcommands: docs often drop the `openclaw ` (`gateway status --deep`, `doctor --fix`). */
const SUBCOMMANDS = new Set('gateway channels doctor automations cron status logs devices pairing config models agents agent nodes node browser security update onboard setup plugins skills secrets health dashboard sessions message system approvals'.split(' '));

type Judge = (text: string) => string[];

/**
 * The engine's verdict on one string: the ids of its findings, plus entries whose `match.codes` it
 * is exactly. Template placeholders are also tried filled in with a dummy value, for regexes that
 * need something there.
 */
function makeJudge(entries: CatalogEntry[], compiled: CompiledCatalog): Judge {
  const codes = new Map<string, string[]>();
  for (const e of entries) for (const c of e.match.codes) codes.set(c, [...(codes.get(c) ?? []), e.id]);
  const cache = new Map<string, string[]>();
  const run = (t: string) => analyze(t, compiled).findings.map((f) => f.id);
  return (text) => {
    let ids = cache.get(text);
    if (!ids) {
      ids = run(text);
      if (ids.length === 0 && text.includes('${')) ids = run(text.replace(/\$\{[^}]*\}/g, '0'));
      ids = [...new Set([...ids, ...(codes.get(text.trim()) ?? [])])].sort();
      cache.set(text, ids);
    }
    return ids;
  };
}

/** An error code: errno (`EADDRINUSE`) or an UPPER_SNAKE code with a failure word (`AUTH_TOKEN_MISMATCH`, not `NODE_OPTIONS`). */
const isCode = (s: string) => /^E[A-Z]{4,}$/.test(s) || (/^[A-Z*][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(s) && !s.startsWith('OPENCLAW_') && DIAG.test(s.replace(/_/g, ' ')));

/** Does a docs code span or code-block line look like text OpenClaw prints (not a command, path or config key)? */
function looksLikeOutput(raw: string, codes: Set<string>, judge: Judge): boolean {
  const s = raw.trim().replace(/^\$\s+/, '');
  if (codes.has(s) || isCode(s)) return true;
  if (s.length < 3 || s.length > 200 || !/[a-z]/i.test(s)) return false;
  if (/^(#|\/\/|--?\w|<[^>]*>$|https?:|[~.]?\/|\$\{?\w+\}?$|v?\d+(\.\d+)+)/.test(s) || /[\[\]{}]$/.test(s)) return false;
  const first = s.split(/\s+/)[0]!.toLowerCase();
  if (SHELL.has(first) || /^[A-Z_][A-Z0-9_]*=\S*\s/.test(s) || /\s(\||&&|2>&1|>>?)\s/.test(s)) return false;
  if (SUBCOMMANDS.has(first) && (/\s--?\w/.test(s) || (!s.includes(':') && !DIAG.test(s)))) return false;
  if (!/\s/.test(s)) {
    // One token: keep codes (`EADDRINUSE`), reason codes (`doctor-failed`) and bare words like `unauthorized`;
    // drop config paths (`gateway.auth.token`), `key=value` unless the value is a code, file names, identifiers.
    const kv = /^[\w.*-]+=\s*"?([^"]*)"?$/.exec(s);
    if (kv) return isCode(kv[1]!);
    // A bare word (`error`, `blocked`) is too vague to be a signature unless the catalog knows it (`unauthorized`);
    // a reason code (`doctor-failed`, `missing_scope`) is one.
    if (/^[a-z]+$/i.test(s)) return judge(s).length > 0;
    return /[-_]/.test(s) && !/[./\\]/.test(s) && DIAG.test(s.replace(/[-_]/g, ' '));
  }
  // A config snippet (`gateway.mode: "local"`) or a JSON key line is not output either.
  if (/^"?[\w.<>[\]*-]+"?\s*[:=]\s*("[^"]*"|\d+|true|false|\{|\[)?,?$/.test(s) && !/^[A-Z]/.test(s)) return false;
  return true;
}

/** The troubleshooting pages of a release that exist. */
function docsFiles(pkg: string): string[] {
  const files = ['docs/gateway/troubleshooting.md', 'docs/help/troubleshooting.md'].map((f) => join(pkg, f)).filter((f) => existsSync(f));
  const sub = join(pkg, 'docs/gateway/troubleshooting');
  if (existsSync(sub)) for (const f of readdirSync(sub).filter((n) => n.endsWith('.md')).sort()) files.push(join(sub, f));
  return files;
}

/** Signature-like strings quoted by the docs: code spans, and output-looking lines of code blocks (not bash/json5/mermaid). */
function docsStrings(pkg: string, codes: Set<string>, judge: Judge): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of docsFiles(pkg)) {
    const page = relative(pkg, file);
    let fence: string | null = null;
    for (const line of readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
      const open = /^\s*(```+|~~~+)\s*(\w*)/.exec(line);
      if (open) {
        fence = fence === null ? open[2]!.toLowerCase() : null;
        continue;
      }
      const candidates = fence !== null ? (['', 'text', 'txt', 'log', 'console', 'json'].includes(fence) ? [line.trim()] : []) : [...line.matchAll(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)].map((m) => m[2]!.trim());
      for (const c of candidates) if (looksLikeOutput(c, codes, judge)) found.set(c, (found.get(c) ?? new Set()).add(page));
    }
  }
  return found;
}

interface Literal {
  text: string;
  ids: string[];
  since?: string | undefined;
  files: number;
}

/** The .js/.mjs/.cjs files of dist/, each under MAX_FILE. */
function distFiles(pkg: string): string[] {
  return (readdirSync(join(pkg, 'dist'), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && /\.[mc]?js$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => statSync(f).size <= MAX_FILE)
    .sort();
}

/**
 * The string literals of a piece of JS source, with their offsets: quoted strings and template
 * literals (raw, `${…}` kept as written), comments skipped. Not a parser: good enough on bundler output.
 */
function stringLiterals(src: string, base: number): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) {
      const end = src[i + 1] === '/' ? src.indexOf('\n', i) : src.indexOf('*/', i + 2) + 1;
      i = end <= 0 ? src.length : end;
    }
    else if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      let depth = 0;
      for (; j < src.length; j++) {
        const c = src[j]!;
        if (c === '\\') j++;
        else if (ch === '`' && c === '$' && src[j + 1] === '{') (depth++, j++);
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

/** Is a string literal from the code a user-facing diagnostic (a sentence with a failure word), not code or an identifier? */
function isDiagnostic(s: string): boolean {
  if (s.length < 10 || s.length > 240 || !DIAG.test(s.replace(/\$\{[^}]*\}/g, ' '))) return false;
  const bare = s.replace(/\$\{[^}]*\}/g, 'X');
  // Code the naive tokenizer cut out of minified bundles, import paths, CLI flags and their help.
  if (/=>|\bfunction\b|\breturn\b|\bconst\b|\bimport\b|\\u00|[;{}]|===|&&|\|\||\?\.|!0|\)\)|^[,.:?)\]]/.test(bare) || /^(\.{1,2}\/|--?\w)|\.m?[jt]s$|^[a-z]+(\.[a-z]+)+$/i.test(s)) return false;
  const words = s.replace(/\$\{[^}]*\}/g, ' ').match(/[A-Za-z][a-z']+/g) ?? [];
  return words.length >= 2 || isCode(s);
}

/**
 * Parts of a literal to look for when the literal itself is not in the code: the text after `=`
 * (`reason=${reason}` assembles `reason=token_mismatch`) and the literal without its first or last
 * word (`${label} has invalid port` prints `browser.cdpUrl has invalid port`).
 */
function fragments(text: string): string[] {
  const out = new Set<string>();
  const eq = text.indexOf('=');
  if (eq >= 0 && text.length - eq > 6) out.add(text.slice(eq + 1));
  const words = text.split(' ');
  if (words.length >= 3) out.add(words.slice(1).join(' ')).add(words.slice(0, -1).join(' '));
  if (words.length >= 4) out.add(words.slice(1, -1).join(' '));
  return [...out].filter((f) => f.length >= 10 || (eq >= 0 && f.length >= 6));
}

/** The string literal of the code that contains offset `at` (searched on its line), if any. */
function enclosingLiteral(text: string, at: number, length: number): string | undefined {
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 2000);
  const end = text.indexOf('\n', at);
  const to = Math.min(end < 0 ? text.length : end, at + 2000);
  return stringLiterals(text.slice(from, to), from).find((l) => l.at < at && l.at + l.text.length + 2 >= at + length)?.text;
}

interface DistScan {
  /** Diagnostic strings near an anchor literal → ids of the anchors' entries. */
  nearby: Map<string, Set<string>>;
  /** For literals not in the code verbatim (by index): the string literal holding one of their fragments. */
  closest: Map<number, string>;
}

/**
 * One pass over dist/ with one regex of every literal and fragment (V8 runs an alternation of
 * literals about ten times faster than one indexOf per needle): which catalog literals occur, and the
 * diagnostics within ~2 lines / 400 chars of each hit. Only distinctive literals (in at most
 * ANCHOR_FILES files) count as anchors: `works` or `error:` occur everywhere and would drag in the whole code base.
 */
function scanDist(pkg: string, literals: Literal[]): DistScan {
  const owners = new Map<string, { lits: number[]; frags: number[] }>();
  const own = (n: string) => owners.get(n) ?? (owners.set(n, { lits: [], frags: [] }), owners.get(n)!);
  literals.forEach((l, k) => {
    own(l.text.toLowerCase()).lits.push(k);
    for (const f of fragments(l.text)) own(f.toLowerCase()).frags.push(k);
  });
  const needles = [...owners.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  // A match hides the shorter needles inside it (`pairing` in `pairing required`): count those too.
  const inside = new Map(needles.map((n) => [n, needles.filter((m) => m !== n && n.includes(m)).map((m) => ({ m, off: n.indexOf(m) }))]));
  const near = new Map<string, Set<number>>();
  const closest = new Map<number, string>();
  const files = distFiles(pkg);
  const started = Date.now();
  files.forEach((file, n) => {
    if (n % 2000 === 0) log(`  dist: ${n}/${files.length} files (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    const buf = readFileSync(file);
    if (buf.subarray(0, 8192).includes(0)) return;
    const text = buf.toString('utf8');
    const hits = new Map<string, number>();
    const hit = (needle: string, at: number) => {
      const seen = hits.get(needle) ?? 0;
      hits.set(needle, seen + 1);
      if (seen >= 10) return;
      const { lits, frags } = owners.get(needle)!;
      if (seen === 0) for (const k of lits) literals[k]!.files++;
      for (const k of frags) {
        const old = closest.get(k);
        if (old?.includes('${')) continue;
        const lit = enclosingLiteral(text, at, needle.length);
        if (lit && (!old || lit.includes('${'))) closest.set(k, lit);
      }
      if (lits.length === 0) return;
      let from = at;
      for (let back = 0; back < 3 && from > 0 && at - from < 2000; back++) from = text.lastIndexOf('\n', from - 1) + 1;
      from = Math.max(from, at - 2000);
      let to = at;
      for (let fwd = 0; fwd < 3 && to >= 0 && to - at < 2000; fwd++) to = text.indexOf('\n', to + 1);
      if (to < 0 || to - at >= 2000) to = Math.min(text.length, at + 2000);
      for (const lit of stringLiterals(text.slice(from, to), from)) {
        if (lit.at + lit.text.length < at - 400 || lit.at > at + needle.length + 400) continue;
        for (const part of lit.text.split(/\\n|\n/)) {
          const s = part.trim();
          if (isDiagnostic(s)) for (const k of lits) near.set(s, (near.get(s) ?? new Set()).add(k));
        }
      }
    };
    for (const m of text.toLowerCase().matchAll(re)) {
      hit(m[0], m.index);
      for (const { m: sub, off } of inside.get(m[0])!) hit(sub, m.index + off);
    }
  });
  log(`  dist: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const nearby = new Map<string, Set<string>>();
  for (const [s, ks] of near) {
    const anchors = [...ks].filter((k) => literals[k]!.files <= ANCHOR_FILES).map((k) => literals[k]!.ids[0]!);
    if (anchors.length) nearby.set(s, new Set(anchors.sort()));
  }
  return { nearby, closest };
}

interface DoctorItem {
  key: string;
  show: string;
}

/** What a doctor capture reports: JSON lint findings (check id + message), or the boxed sections / warning lines of the text output. */
function doctorItems(text: string): DoctorItem[] {
  const clean = text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  try {
    const doc = JSON.parse(clean.slice(clean.indexOf('{'))) as { findings?: Array<{ checkId?: string; severity?: string; message?: string }> };
    if (Array.isArray(doc.findings)) return doc.findings.map((f) => ({ key: `${f.checkId} ${f.message}`, show: `${f.severity} ${f.checkId}: ${f.message}` }));
  } catch {}
  const items: DoctorItem[] = [];
  let title: string | null = null;
  let body: string[] = [];
  const flush = () => title && items.push({ key: `${title} ${body.join(' ')}`, show: body.length ? `${title}: ${body[0]}` : title });
  for (const line of clean.split('\n')) {
    const head = /^[◇◆▲■●]\s+(.+?)\s*─+/.exec(line);
    if (head) (flush(), (title = head[1]!), (body = []));
    else if (title && /^├/.test(line)) (flush(), (title = null));
    else if (title) {
      const t = line.replace(/^[│|]\s*/, '').replace(/\s*│\s*$/, '').trim();
      if (t) body.push(t);
    } else if (/\b(error|warn(ing)?|critical|invalid|fail(ed)?)\b/i.test(line) && !/^\s*(Run|Tip)\b/.test(line)) items.push({ key: line.trim(), show: line.trim() });
  }
  flush();
  return items;
}

const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s);
/** A Markdown code span that survives backticks and table pipes. */
const code = (s: string) => {
  const t = s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return t.includes('`') ? `\`\` ${t} \`\`` : `\`${t}\``;
};
const links = (ids: string[]) => ids.map((id) => `[${id}](/en/signatures/${id}/)`).join(', ');

/** The doctor side-by-side rows, one per scenario with a `problem`; doctor findings are diffed against the healthy scenario's. */
function doctorTable(release: string, judge: Judge): { rows: string[]; captured: number; healthy: number; doctorNames: number; weName: number } {
  // One scenario at a time: the lab may be writing another scenario's fixtures right now.
  const byScenario = new Map<string, LabCapture[]>();
  for (const id of readdirSync(join(FIXTURE_DIR, release)).sort()) {
    try {
      const captures = labCaptures([id]).filter((c) => c.release === release);
      if (captures.length) byScenario.set(id, captures);
    } catch (error) {
      log(`  doctor table: skipped ${id} (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const baseline = new Set((byScenario.get('healthy') ?? []).filter((c) => c.doctor).flatMap((c) => doctorItems(c.text).map((i) => i.key)));
  const rows: string[] = [];
  let healthy = 0, doctorNames = 0, weName = 0;
  for (const [id, captures] of byScenario) {
    const s = captures[0]!.scenario.scenario;
    if (!s.problem) {
      healthy++;
      continue;
    }
    const doctors = captures.filter((c) => c.doctor);
    const extra = [...new Map(doctors.flatMap((c) => doctorItems(c.text)).filter((i) => !baseline.has(i.key)).map((i) => [i.key, i])).values()];
    const names = s.names.length ? s.names : [...new Set(captures.flatMap((c) => c.expect.map((e) => e.id)))];
    const found = new Set(captures.flatMap((c) => judge(c.text)));
    const ours = names.filter((n) => found.has(n));
    if (extra.length) doctorNames++;
    if (ours.length) weName++;
    const doc = doctors.length === 0 ? '— (no doctor capture)' : extra.length ? `yes: ${extra.slice(0, 2).map((i) => code(short(i.show))).join('; ')}${extra.length > 2 ? ` (+${extra.length - 2})` : ''}` : 'no (nothing beyond the healthy baseline)';
    const notes = [s.names.length ? '' : 'no `names` (used `expect` ids)', baseline.size ? '' : 'no healthy doctor baseline', ours.length ? '' : `found: ${[...found].sort().slice(0, 4).join(', ') || 'nothing'}`].filter(Boolean).join('; ');
    rows.push(`| ${id} | ${s.problem.replace(/\|/g, '\\|')} | ${doc} | ${ours.length ? `yes: ${links(ours)}` : names.length ? 'no' : '— (no ids)'} | ${notes} |`);
  }
  return { rows, captured: byScenario.size, healthy, doctorNames, weName };
}

/** A sorted list of strings with the engine's verdict: misses first, then the recognised ones with their ids. */
function verdictList(strings: Map<string, Set<string>>, judge: Judge, where: string): { lines: string[]; recognised: number } {
  const all = [...strings.keys()].sort((a, b) => a.localeCompare(b));
  const miss = all.filter((s) => judge(s).length === 0);
  const hit = all.filter((s) => judge(s).length > 0);
  const row = (s: string) => `| ${code(s)} | ${judge(s).join(', ') || '**no**'} | ${[...strings.get(s)!].slice(0, 3).join(', ')} |`;
  const table = (list: string[]) => [`| string | engine finds | ${where} |`, '| --- | --- | --- |', ...list.slice(0, CAP).map(row), ...(list.length > CAP ? [`\n…and ${list.length - CAP} more.`] : [])];
  return { recognised: hit.length, lines: [`#### Not recognised (${miss.length})`, '', ...table(miss), '', `#### Recognised (${hit.length})`, '', ...table(hit)] };
}

export function writeDriftReport(release: InstalledRelease): void {
  const started = Date.now();
  const pkg = packageDir(release);
  const { entries } = loadCatalog();
  const judge = makeJudge(entries, compileCatalog(entries));
  const codes = new Set(entries.flatMap((e) => e.match.codes));
  log(`${release.release}: drift report`);

  const docs = docsStrings(pkg, codes, judge);
  const docsList = verdictList(docs, judge, 'page');
  log(`  docs: ${docs.size} strings, ${docsList.recognised} recognised`);

  const byText = new Map<string, Literal>();
  for (const e of entries) for (const t of e.match.literals) {
    const l = byText.get(t.toLowerCase()) ?? { text: t, ids: [], since: e.versions?.since, files: 0 };
    l.ids.push(e.id);
    byText.set(t.toLowerCase(), l);
  }
  const literals = [...byText.values()];
  const { nearby, closest } = scanDist(pkg, literals);
  const distList = verdictList(nearby, judge, 'near a literal of');
  const absent = literals.map((l, k) => ({ ...l, near: closest.get(k) })).filter((l) => l.files === 0).sort((a, b) => a.ids[0]!.localeCompare(b.ids[0]!));
  const assembled = absent.filter((l) => l.near?.includes('${')).length;
  const doctor = doctorTable(release.release, judge);

  const out = [
    `# Drift report: OpenClaw ${release.release}`,
    '',
    `Generated ${new Date().toISOString().slice(0, 10)} by \`npm run lab -- drift ${release.release}\` (scripts/lab/drift.ts) from the installed package and the lab captures in tests/fixtures/lab/${release.release}/. Do not edit by hand.`,
    '',
    '| | |',
    '| --- | --- |',
    `| docs-quoted strings recognised | ${docsList.recognised} / ${docs.size} |`,
    `| diagnostics near catalog literals in dist/ recognised | ${distList.recognised} / ${nearby.size} |`,
    `| catalog literals present in dist/ verbatim (+ as a template) | ${literals.length - absent.length} (+${assembled}) / ${literals.length} |`,
    `| scenarios captured (healthy ones without a problem) | ${doctor.captured} (${doctor.healthy}) |`,
    `| scenarios where \`openclaw doctor\` reports something beyond the healthy baseline | ${doctor.doctorNames} / ${doctor.rows.length} |`,
    `| scenarios where our analyzer names the problem | ${doctor.weName} / ${doctor.rows.length} |`,
    '',
    '## 1. Strings the troubleshooting docs quote',
    '',
    `Code spans and output lines of code blocks in ${docsFiles(pkg).map((f) => relative(pkg, f)).join(', ')}, without commands, paths and config keys. Judged as written: a docs string with an elision (\`...\`) can miss although the real line matches.`,
    '',
    ...docsList.lines,
    '',
    '## 2. The compiled code around the catalog',
    '',
    `### Catalog literals not in this release's dist/ (${absent.length})`,
    '',
    'Case-insensitive search of every .js/.mjs/.cjs file up to 5 MB. A literal can be missing because the entry is for another release (see `since`), because the text is assembled at run time (a template holding part of it is shown) or comes from a dependency or an upstream service, or because the wording changed (the string holding part of it is shown).',
    '',
    '| literal | entries | since | closest string in dist/ |',
    '| --- | --- | --- | --- |',
    ...absent.map((l) => `| ${code(l.text)} | ${l.ids.join(', ')} | ${l.since ?? ''} | ${l.near ? code(short(l.near, 140)) : ''} |`),
    '',
    `### Diagnostic strings within ~2 lines / 400 characters of a literal (${nearby.size})`,
    '',
    'String and template literals with a failure word, as written in the code (`${…}` is filled in at run time).',
    '',
    ...distList.lines,
    '',
    "## 3. Side by side with the release's own `openclaw doctor`",
    '',
    "Doctor \"names\" a problem here when its output has a finding or section the healthy scenario's doctor output does not (a heuristic: read the quote). We name it when the engine finds one of the scenario's `names` in any of its captures.",
    '',
    '| scenario | problem | `openclaw doctor` | our analyzer | notes |',
    '| --- | --- | --- | --- | --- |',
    ...doctor.rows,
    '',
  ];
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `drift-${release.release}.md`);
  writeFileSync(file, out.join('\n'));
  log(`${release.release}: wrote ${relative(process.cwd(), file)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
