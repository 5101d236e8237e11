/**
 * `npm run bench`: every benchmark of scripts/bench/, one after the other (each in its own Node
 * process, so that one step's heap does not slow the next), printed as ONE Markdown table with
 * targets and pass/miss, and written to bench/results.md with the machine it ran on.
 *
 *   npm run bench [-- --skip build,browser] [-- --only engine,grep]
 *
 * Steps: build (rebuilds dist/), engine, grep, matchers, cli (needs `npm run build:cli`), weights,
 * browser, recall (the lab captures and the catalog examples). Generated logs are cached in bench/data/ (gitignored). KB = 1024 bytes; MB/s = MiB/s.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BrowserResult } from './bench/browser.ts';
import { ISLAND_BUDGET, PAGE_CATALOG_BUDGET } from './bench/budgets.ts';
import type { BuildResult } from './bench/build.ts';
import type { CliResult } from './bench/cli.ts';
import type { EngineResult } from './bench/engine.ts';
import type { GrepResult } from './bench/grep.ts';
import type { MatcherResult } from './bench/matchers.ts';
import type { RecallResult } from './bench/recall.ts';
import type { WeightsResult } from './bench/weights.ts';

const STEPS = ['build', 'engine', 'grep', 'matchers', 'cli', 'weights', 'browser', 'recall'] as const;
type Step = (typeof STEPS)[number];

const args = process.argv.slice(2);
const listArg = (name: string) => {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at === -1) return undefined;
  const value = args[at]!.includes('=') ? args[at]!.split('=')[1]! : (args[at + 1] ?? '');
  return new Set(value.split(',').filter(Boolean));
};
const only = listArg('only');
const skip = listArg('skip') ?? new Set<string>();
const selected = STEPS.filter((s) => (!only || only.has(s)) && !skip.has(s));

interface Outcome<T> {
  result?: T;
  error?: string;
  seconds: number;
}

function runStep<T>(step: Step): Outcome<T> {
  process.stderr.write(`bench: ${step}…`);
  const started = performance.now();
  const out = spawnSync(process.execPath, [join('scripts', 'bench', `${step}.ts`), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(` ${seconds.toFixed(1)} s\n`);
  const line = out.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line)
    return {
      error: `${out.error?.message ?? `exit ${out.status}`}: ${(out.stderr || out.stdout).trim().split('\n').slice(-3).join(' ')}`,
      seconds,
    };
  return { result: JSON.parse(line.slice('BENCH_RESULT '.length)) as T, seconds };
}

const outcomes: Partial<Record<Step, Outcome<unknown>>> = {};
const benchStarted = performance.now();
for (const step of selected) outcomes[step] = runStep(step);
const get = <T>(step: Step) => outcomes[step] as Outcome<T> | undefined;

// ---- the table -------------------------------------------------------------------------------
type Status = 'pass' | 'miss' | '';
const rows: Array<[string, string, string, string, Status]> = [];
const row = (group: string, what: string, result: string, target = '', status: Status = '') =>
  rows.push([group, what, result, target, status]);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pair = (s: { raw: number; gzip: number }) => `${kb(s.raw)} / ${kb(s.gzip)} gz`;
const failed = (group: string, step: Step) => {
  const o = outcomes[step];
  if (o?.error) row(group, `${step} step`, `error: ${o.error.replace(/\|/g, '\\|').slice(0, 300)}`, '', 'miss');
  return !o?.result;
};

const engine = get<EngineResult>('engine');
const grep = get<GrepResult>('grep');
if (engine || grep) {
  const g = 'Engine (Node)';
  const e = engine?.result;
  const gr = grep?.result;
  if (e) row(g, 'catalog', `${e.entries} entries, ${e.literals} literals, compiled in ${e.compileMs} ms`);
  for (const mb of [1, 10, 100]) {
    const es = e?.sizes.find((s) => s.mb === mb);
    const gs = gr?.sizes.find((s) => s.mb === mb);
    if (es)
      row(g, `engine \`analyze()\`, ${mb} MiB (${es.lines} lines)`, `${es.mbPerSecond} MB/s (median ${es.seconds} s of ${es.runs.length})`);
    if (gs)
      row(g, `\`LC_ALL=C grep -c -F -f literals\`, ${mb} MiB`, `${gs.mbPerSecond} MB/s (median ${gs.seconds} s of ${gs.runs.length})`);
    if (es && gs) {
      const ratio = es.seconds / gs.seconds;
      row(
        g,
        `engine time / grep time, ${mb} MiB`,
        `${ratio.toFixed(2)}×`,
        mb === 100 ? '≤ 3×' : '',
        mb === 100 ? (ratio <= 3 ? 'pass' : 'miss') : '',
      );
    }
  }
  if (e?.growth) {
    const { growth } = e;
    row(
      g,
      `time growth: the samples 20× → 200× (${(growth.smallChars / 1024).toFixed(0)} KB → ${(growth.largeChars / 1024).toFixed(0)} KB)`,
      `${growth.ratio}× the time (${growth.smallSeconds} s → ${growth.largeSeconds} s, median of 5)`,
      '≤ 15×',
      growth.ratio <= 15 ? 'pass' : 'miss',
    );
  }
  if (e?.pathologicalLine) {
    const { pathologicalLine: p } = e;
    row(
      g,
      `one ${(p.chars / 1e6).toFixed(2)} MB line without newlines (\`device \` repeated)`,
      `${p.seconds} s`,
      '< 2 s',
      p.seconds < 2 ? 'pass' : 'miss',
    );
  }
  if (engine) failed(g, 'engine');
  if (grep) failed(g, 'grep');
}

const cli = get<CliResult>('cli');
if (cli && !failed('CLI (packed build)', 'cli')) {
  const g = 'CLI (packed build)';
  const c = cli.result!;
  if (!c.available) row(g, 'end to end', c.note ?? 'n/a');
  for (const run of [c.file, c.stream]) {
    if (!run) continue;
    const what =
      run.what === 'file'
        ? `${run.mb} MiB file (\`--format json\`)`
        : `${(run.mb / 1024).toFixed(0)} GiB stream on stdin (scripts/cli-memory.ts)`;
    row(g, `${what}: wall time`, `${run.seconds} s (${run.mbPerSecond} MB/s), ${run.findings} findings`);
    row(g, `${what}: peak RSS`, `${run.peakRssMb} MB`, '< 150 MB', run.peakRssMb < 150 ? 'pass' : 'miss');
  }
}

const browser = get<BrowserResult>('browser');
if (browser && !failed('Browser (Chromium)', 'browser')) {
  const g = 'Browser (Chromium)';
  const b = browser.result!;
  if (!b.available) row(g, '10 MiB paste on the Analyze page', b.note ?? 'n/a');
  else {
    row(g, `${b.mb} MiB paste → results (Analyze page, Web Worker)`, `${b.seconds} s (median of ${b.runs!.length})`);
    row(
      g,
      'longest main-thread task during the paste',
      `${b.longestTaskMs ?? 0} ms (${b.runs!.map((r) => r.longTasks.join(', ') || 'none ≥ 50 ms').join('; ')})`,
      '≤ 200 ms',
      (b.longestTaskMs ?? 0) <= 200 ? 'pass' : 'miss',
    );
  }
}

const recall = get<RecallResult>('recall');
if (recall && !failed('Recall', 'recall')) {
  const r = recall.result!;
  const g = `Recall (lab: ${r.lab.releases.join(', ')})`;
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
  row(
    g,
    'lab captures: expected findings named',
    `${r.lab.found} / ${r.lab.expected} (${pct(r.lab.found, r.lab.expected)}) on ${r.lab.captures} captures`,
    'all',
    r.lab.found === r.lab.expected ? 'pass' : 'miss',
  );
  row(g, 'lab captures: unexpected error/warning findings', String(r.lab.unexpected), '0', r.lab.unexpected === 0 ? 'pass' : 'miss');
  row(g, 'lab captures: lines not in the catalog yet', String(r.lab.unrecognizedLines));
  row(
    g,
    'catalog examples named',
    `${r.examples.found} / ${r.examples.total}`,
    'all',
    r.examples.found === r.examples.total ? 'pass' : 'miss',
  );
  for (const s of r.sections)
    row(g, `section ${s.section}`, `lab ${s.labFound}/${s.labExpected}, examples ${s.examplesFound}/${s.examples}`);
}
const weights = get<WeightsResult>('weights');
if (weights && !failed('Page weight', 'weights')) {
  const g = 'Page weight (raw / gzip)';
  const w = weights.result!;
  for (const p of w.pages) {
    row(
      g,
      `${p.type} \`${p.path}\``,
      `HTML ${pair(p.html)} · CSS ${p.css.files} files ${pair(p.css)} · JS ${p.js.files} files ${pair(p.js)}${p.worker.files ? ` · worker ${pair(p.worker)}` : ''}${p.json.files ? ` · data ${pair(p.json)}` : ''}`,
    );
  }
  for (const [locale, i] of Object.entries(w.island)) {
    row(
      g,
      `analyzer island JS (${locale}): Analyze page JS beyond a content page, worker and data excluded`,
      `${pair(i)} (${i.files} files)`,
      `≤ ${ISLAND_BUDGET / 1024} KB gz`,
      i.gzip <= ISLAND_BUDGET ? 'pass' : 'miss',
    );
  }
  for (const c of Object.values(w.catalog)) row(g, `catalog file \`${c.path}\``, pair(c));
  for (const p of w.pages.filter((x) => x.json.files > 0)) {
    row(
      g,
      `all catalog data the ${p.type} \`${p.path}\` loads`,
      `${pair(p.json)} (${p.json.files} file(s): the rules; the texts load when the analyzer is used)`,
      `≤ ${PAGE_CATALOG_BUDGET / 1024} KB gz`,
      p.json.gzip <= PAGE_CATALOG_BUDGET ? 'pass' : 'miss',
    );
  }
  const content = w.pages.filter((p) => p.type === 'content page' || p.type === 'signature page');
  row(
    g,
    'JS on pages without an analyzer',
    content.map((p) => `${p.path}: ${p.js.files} files ${kb(p.js.gzip)} gz`).join(' · '),
    "Starlight's own only (budget test)",
  );
}

const build = get<BuildResult>('build');
if (build && !failed('Site build', 'build')) {
  const g = 'Site build';
  const b = build.result!;
  if (!b.ok) row(g, '`astro build`', `failed after ${b.seconds} s`, '', 'miss');
  else {
    row(g, '`astro build`, both locales, Pagefind included', `${b.seconds} s, ${b.pages} HTML pages`);
    for (const [lang, p] of Object.entries(b.pagefind))
      row(g, `Pagefind index, ${lang}`, `${kb(p.bytes)} (${p.files} files, ${p.pages} pages)`);
    row(g, 'Pagefind UI + WASM (shared)', kb(b.pagefindShared));
  }
}

const matchers = get<MatcherResult>('matchers');
if (matchers && !failed('Matcher alternatives', 'matchers')) {
  const m = matchers.result!;
  const g = `Matcher alternatives (${m.mb} MiB, ${m.keys} keys)`;
  for (const a of m.alternatives) {
    row(
      g,
      `${a.name} — ${a.note}`,
      `${a.mbPerSecond} MB/s (${a.seconds} s, build ${a.buildMs} ms), ${a.linesWithHit} lines with a hit${a.agrees === null ? '' : a.agrees ? ', agrees' : ', DISAGREES'}`,
      '',
      a.agrees === false ? 'miss' : '',
    );
  }
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = [
  '| group | measure | result | target | status |',
  '|---|---|---|---|---|',
  ...rows.map(
    ([group, what, result, target, status]) =>
      `| ${esc(group)} | ${esc(what)} | ${esc(result)} | ${esc(target)} | ${status === 'pass' ? '✅ pass' : status === 'miss' ? '❌ miss' : ''} |`,
  ),
].join('\n');

const cpu = cpus();
const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${release()}, Node ${process.version}`;
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const totalSeconds = (performance.now() - benchStarted) / 1000;
const header = `Machine: ${machine}. Date: ${date}. Steps: ${selected.join(', ')} (${totalSeconds.toFixed(0)} s in all).`;

console.log(`\n${header}\n\n${table}\n`);

if (!only && skip.size === 0) {
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    join('bench', 'results.md'),
    `# Benchmark results

Written by \`npm run bench\` (scripts/bench.ts; the steps are in scripts/bench/). Re-run it to refresh.

${header}

${table}

How it is measured:
- Logs: \`scripts/bench/generate-logs.ts\`, seeded (seed 42), the four forms of \`openclaw logs\` output (plain, \`--json\`,
  raw file JSONL, gateway console) mixed in runs, ~1% of lines carrying a catalog signature (taken from the catalog's
  examples), the rest the samples' own non-signature lines. Cached in \`bench/data/\`.
- Engine: \`analyze()\` on the whole text already in memory, median of 9/5/3 runs (1/10/100 MiB) after a warm-up.
  grep: \`LC_ALL=C grep -c -F -f\` with every catalog literal, median after a cache-warming run. grep counts lines
  holding a literal byte for byte; the engine also finds case and JSON-escaped variants and then verifies each.
- CLI: \`cli-dist/openclaw-triage.js --format json\`, peak RSS from \`/usr/bin/time -v\`; the 1 GiB stream is
  \`scripts/cli-memory.ts 1024\` (its own line mix, generated on the fly, never stored).
- Browser: system Chromium through Playwright, dist/ served locally; a \`paste\` event with 10 MiB of text on the
  Analyze page's textarea, timed to \`data-state="done"\`; long tasks from a PerformanceObserver ('longtask', ≥ 50 ms).
- Page weight: what each page really loads in Chromium (scrolled to the end, network idle, Pagefind UI loaded at
  idle), sized from dist/; gzip at level 6. The island is the JS an Analyze page loads beyond a content page
  (the Astro island runtime inline scripts included; the worker, which holds the engine, and the catalog JSON apart).
- The machine may be shared: times vary from run to run; sizes do not.
`,
  );
  console.log('bench: written to bench/results.md');
} else console.log('bench: partial run (--only/--skip), bench/results.md left as it was');

if (Object.values(outcomes).some((o) => o?.error)) process.exitCode = 1;
