/**
 * Page weight per page type, from what each page really loads in Chromium (see page-resources.ts),
 * sized from the files in dist/: HTML (the document, inline scripts and styles included), CSS, JS
 * (external files plus inline scripts), and apart: the analyzer island (the JS an Analyze page loads
 * beyond a plain content page, inline island runtime included, the worker excluded), the worker
 * (it holds the engine) and the catalog chunks (/analyzer-catalog/<locale>.json).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beyond, DIST, loadPage, PAGE_TYPES, sizedResource, total, type Resource } from './page-resources.ts';
import { withSite } from './site.ts';
import { kb, stepMain } from './util.ts';

export const LOCALES = ['en', 'zh-cn'] as const;

interface Sized {
  raw: number;
  gzip: number;
  files: number;
}
export interface WeightsResult {
  pages: Array<{
    locale: string;
    type: string;
    path: string;
    html: Sized;
    css: Sized;
    js: Sized;
    worker: Sized;
    json: Sized;
    missing: string[];
  }>;
  island: Record<string, Sized & { paths: string[] }>;
  worker: Record<string, Sized>;
  catalog: Record<string, Sized & { path: string }>;
}

function sized(list: Resource[]): Sized {
  return { raw: list.reduce((n, r) => n + r.raw, 0), gzip: list.reduce((n, r) => n + r.gzip, 0), files: list.length };
}

export async function runWeights(): Promise<WeightsResult> {
  return withSite(async (browser, baseURL) => {
    const result: WeightsResult = { pages: [], island: {}, worker: {}, catalog: {} };
    for (const locale of LOCALES) {
      const loaded: Record<string, Resource[]> = {};
      for (const { type, path: pattern } of PAGE_TYPES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const path = pattern.replace('{locale}', locale);
        const r = await loadPage(page, baseURL, path);
        await context.close();
        loaded[type] = r.resources;
        result.pages.push({
          locale,
          type,
          path,
          html: total(r.resources, 'html'),
          css: total(r.resources, 'css'),
          js: total(r.resources, 'js'),
          worker: total(r.resources, 'worker'),
          json: total(r.resources, 'json'),
          missing: r.missing,
        });
      }
      const analyze = loaded['Analyze page']!;
      const islandJs = beyond(analyze, loaded['content page']!).filter((r) => r.kind === 'js');
      result.island[locale] = { ...sized(islandJs), paths: islandJs.map((r) => r.path) };
      result.worker[locale] = sized(analyze.filter((r) => r.kind === 'worker'));
    }
    for (const name of readdirSync(join(DIST, 'analyzer-catalog'))) {
      const path = `/analyzer-catalog/${name}`;
      result.catalog[name.replace(/\.json$/, '')] = { ...sized([sizedResource(path, 'json')]), path };
    }
    return result;
  });
}

await stepMain(import.meta.url, runWeights, (r) =>
  [
    ...r.pages.map(
      (p) =>
        `${p.locale} ${p.type} ${p.path}: HTML ${kb(p.html.raw)} (${kb(p.html.gzip)} gz), CSS ${kb(p.css.raw)} (${kb(p.css.gzip)} gz), JS ${p.js.files} ${kb(p.js.raw)} (${kb(p.js.gzip)} gz)${p.worker.files ? `, worker ${kb(p.worker.gzip)} gz` : ''}${p.json.files ? `, JSON ${kb(p.json.gzip)} gz` : ''}${p.missing.length ? `, missing ${p.missing.join(' ')}` : ''}`,
    ),
    ...Object.entries(r.island).map(([l, i]) => `island ${l}: ${kb(i.raw)} (${kb(i.gzip)} gz): ${i.paths.join(' ')}`),
    ...Object.entries(r.worker).map(([l, w]) => `worker ${l}: ${kb(w.raw)} (${kb(w.gzip)} gz)`),
    ...Object.entries(r.catalog).map(([l, c]) => `catalog ${l}: ${kb(c.raw)} (${kb(c.gzip)} gz)`),
  ].join('\n'),
);
