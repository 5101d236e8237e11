/**
 * Seeded generator of realistic OpenClaw log text for the benchmarks.
 *
 * The four log forms of `tests/fixtures/samples/` are mixed in runs of 20–200 lines (a real paste or
 * file holds one form at a time, a long one switches now and then):
 *   - `openclaw logs` plain lines (logs-plain.txt),
 *   - `openclaw logs --json` records with the raw line JSON-escaped inside (logs.jsonl),
 *   - the raw file JSONL (logs-file.jsonl),
 *   - the gateway console form (gateway-console.txt).
 * Noise lines are the samples' own lines on which the engine finds nothing (timestamps renewed);
 * about 1% of lines carry a real signature: a single-line `examples.match` text of the catalog,
 * wrapped in the current form and kept only if the engine finds that entry in it.
 * Same seed and size, same bytes: runs are comparable across machines and commits.
 *
 *   node scripts/bench/generate-logs.ts [MB=10] [--seed 42]   (writes bench/data/logs-<MB>mb-seed<seed>-v<version>.log)
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog, type CompiledCatalog } from '../../src/engine/index.ts';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 42;
export const SIGNATURE_RATE = 0.01;
export const DATA_DIR = join(process.cwd(), 'bench', 'data');
const MB = 1024 * 1024;
const SAMPLES = join(process.cwd(), 'tests', 'fixtures', 'samples');

const FORMS = ['plain', 'json', 'file', 'console'] as const;
type Form = (typeof FORMS)[number];
const SAMPLE_OF: Record<Form, string> = {
  plain: 'logs-plain.txt',
  json: 'logs.jsonl',
  file: 'logs-file.jsonl',
  console: 'gateway-console.txt',
};

const TS = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;
const HAS_TS = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/;
const TS_LENGTH = 24;

/** A line cut at its timestamps: `parts.join(ts)`. */
interface Template {
  parts: string[];
  bytes: number;
}

function template(line: string): Template {
  const parts = line.split(TS);
  return { parts, bytes: parts.reduce((n, p) => n + Buffer.byteLength(p), 0) + (parts.length - 1) * TS_LENGTH + 1 };
}

/** mulberry32: small, fast, and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBSYSTEMS = ['gateway', 'gateway/ws', 'gateway/channels/discord', 'gateway/channels/telegram', 'cron', 'agent', 'gateway/heartbeat'];
const PLACEHOLDER_TS = '2026-04-09T06:12:01.114Z';

/** A signature message wrapped the way each form prints a log message. */
function wrap(form: Form, message: string, subsystem: string, level: 'warn' | 'error'): string {
  const ts = PLACEHOLDER_TS;
  const meta = JSON.stringify({ subsystem });
  const fileLine = JSON.stringify({
    0: meta,
    1: message,
    _meta: {
      runtime: 'node',
      runtimeVersion: '22.22.0',
      hostname: 'unknown',
      name: meta,
      parentNames: ['openclaw'],
      date: ts,
      logLevelId: level === 'error' ? 5 : 4,
      logLevelName: level.toUpperCase(),
      path: {
        fullFilePath: 'file:///usr/lib/node_modules/openclaw/dist/subsystem-DBBM_0ww.js:1058:14',
        fileName: 'subsystem-DBBM_0ww.js',
        method: 'logToFile',
      },
    },
    time: ts,
  });
  switch (form) {
    case 'plain':
      return `${ts} ${level} ${subsystem} ${meta} ${message}`;
    case 'console':
      return `${ts} [${subsystem.split('/').pop()}] ${message}`;
    case 'file':
      return fileLine;
    case 'json':
      return JSON.stringify({ type: 'log', time: ts, level, subsystem, message: `${meta} ${message}`, raw: fileLine });
  }
}

export interface Pools {
  noise: Record<Form, Template[]>;
  signatures: Record<Form, Template[]>;
  /** Catalog entries represented among the signature lines. */
  ids: number;
}

let pools: Pools | undefined;

/** Builds the line pools once (deterministic: depends on the samples and the catalog only). */
export function linePools(compiled: CompiledCatalog = compileCatalog(loadCatalog().entries)): Pools {
  if (pools) return pools;
  const found = (line: string) => analyze(line, compiled, { redact: false }).findings;
  const noise = {} as Record<Form, Template[]>;
  const signatures = {} as Record<Form, Template[]>;
  const ids = new Set<string>();
  for (const form of FORMS) {
    const lines = readFileSync(join(SAMPLES, SAMPLE_OF[form]), 'utf8').split('\n');
    noise[form] = lines.filter((l) => HAS_TS.test(l) && !l.startsWith('{"type":"meta"') && found(l).length === 0).map(template);
    signatures[form] = [];
  }
  let n = 0;
  for (const entry of loadCatalog().entries) {
    for (const example of entry.examples?.match ?? []) {
      if (example.includes('\n') || example.trim() === '') continue;
      const message = example.trim();
      for (const form of FORMS) {
        const line = wrap(form, message, SUBSYSTEMS[n++ % SUBSYSTEMS.length]!, n % 3 === 0 ? 'error' : 'warn');
        if (found(line).some((f) => f.id === entry.id)) {
          signatures[form].push(template(line));
          ids.add(entry.id);
        }
      }
    }
  }
  for (const form of FORMS) {
    if (noise[form].length === 0 || signatures[form].length === 0)
      throw new Error(`generate-logs: no ${noise[form].length === 0 ? 'noise' : 'signature'} lines for the ${form} form`);
  }
  pools = { noise, signatures, ids: ids.size };
  return pools;
}

export interface GenerateOptions {
  bytes: number;
  seed?: number;
  /** Approximate size of each yielded string. */
  chunkBytes?: number;
}

/** Yields the text in chunks of whole lines; stops at the first line boundary at or past `bytes`. */
export function* generateLogChunks(options: GenerateOptions): Generator<string> {
  const { noise, signatures } = linePools();
  const random = prng(options.seed ?? DEFAULT_SEED);
  const chunkBytes = options.chunkBytes ?? MB;
  let time = Date.UTC(2026, 3, 9, 6, 0, 0);
  let written = 0;
  let form: Form = 'plain';
  let runLeft = 0;
  let chunk: string[] = [];
  let chunkSize = 0;
  while (written < options.bytes) {
    if (runLeft-- <= 0) {
      form = FORMS[Math.floor(random() * FORMS.length)]!;
      runLeft = 20 + Math.floor(random() * 180);
    }
    const pool = random() < SIGNATURE_RATE ? signatures[form] : noise[form];
    const t = pool[Math.floor(random() * pool.length)]!;
    time += Math.floor(random() * 400);
    const ts = new Date(time).toISOString();
    chunk.push(t.parts.length === 1 ? t.parts[0]! : t.parts.join(ts));
    written += t.bytes;
    chunkSize += t.bytes;
    if (chunkSize >= chunkBytes) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
      chunkSize = 0;
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}

export function logFilePath(mb: number, seed = DEFAULT_SEED): string {
  return join(DATA_DIR, `logs-${mb}mb-seed${seed}-v${GENERATOR_VERSION}.log`);
}

/** The generated file for `mb` MiB (created once, then reused: same name, same bytes). */
export function ensureLogFile(mb: number, seed = DEFAULT_SEED): string {
  const path = logFilePath(mb, seed);
  if (existsSync(path) && statSync(path).size > 0) return path;
  mkdirSync(DATA_DIR, { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    for (const chunk of generateLogChunks({ bytes: mb * MB, seed })) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const mb = Number(args.find((a) => /^\d+(?:\.\d+)?$/.test(a)) ?? 10);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt !== -1 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  const started = performance.now();
  const path = ensureLogFile(mb, seed);
  const p = linePools();
  console.log(
    `${path}: ${(statSync(path).size / MB).toFixed(1)} MiB in ${((performance.now() - started) / 1000).toFixed(1)} s; pools: noise ${FORMS.map((f) => `${f} ${p.noise[f].length}`).join(', ')}; signature lines ${FORMS.map((f) => `${f} ${p.signatures[f].length}`).join(', ')} (${p.ids} entries)`,
  );
}
