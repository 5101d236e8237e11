/**
 * Build time of the whole site (`astro build`: both locales, signature pages, Pagefind) and the
 * Pagefind index size per locale (index chunks, fragments, filters and meta of that language in
 * dist/pagefind/; the shared UI and WASM files apart). This step rebuilds dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../tests/e2e/built-site.ts';
import { round, stepMain } from './util.ts';

export interface BuildResult {
  seconds: number;
  ok: boolean;
  pages: number;
  pagefind: Record<string, { pages: number; files: number; bytes: number }>;
  pagefindShared: number;
  error?: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => join(name, f)) : [name],
  );
}

export function pagefindSizes(dist = join(process.cwd(), 'dist')): Pick<BuildResult, 'pagefind' | 'pagefindShared'> {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const pagefind: BuildResult['pagefind'] = {};
  const counted = new Set<string>();
  for (const [lang, info] of Object.entries(entry.languages)) {
    const mine = files(dir).filter(
      (f) => f.split('/').pop()!.startsWith(`${lang}_`) || f.includes(`.${info.hash}.`) || f === `wasm.${lang}.pagefind`,
    );
    for (const f of mine) counted.add(f);
    pagefind[lang] = { pages: info.page_count, files: mine.length, bytes: mine.reduce((n, f) => n + statSync(join(dir, f)).size, 0) };
  }
  const pagefindShared = files(dir)
    .filter((f) => !counted.has(f))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { pagefind, pagefindShared };
}

export function runBuild(): BuildResult {
  const started = performance.now();
  const out = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = round((performance.now() - started) / 1000, 1);
  const ok = out.status === 0 && existsSync(join(process.cwd(), 'dist', 'pagefind', 'pagefind-entry.json'));
  const pages = ok ? htmlFiles().length : 0;
  if (!ok) return { seconds, ok, pages, pagefind: {}, pagefindShared: 0, error: (out.stderr || out.stdout).slice(-1500) };
  return { seconds, ok, pages, ...pagefindSizes() };
}

await stepMain(
  import.meta.url,
  () => (process.argv.includes('--no-build') ? { seconds: 0, ok: true, pages: 0, ...pagefindSizes() } : runBuild()),
  (r) =>
    r.ok
      ? `build: ${r.seconds} s, ${r.pages} pages; pagefind ${Object.entries(r.pagefind)
          .map(([l, p]) => `${l} ${(p.bytes / 1024).toFixed(0)} KB (${p.files} files, ${p.pages} pages)`)
          .join(', ')}, shared ${(r.pagefindShared / 1024).toFixed(0)} KB`
      : `build failed after ${r.seconds} s:\n${r.error}`,
);
