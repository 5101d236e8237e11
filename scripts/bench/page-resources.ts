/**
 * What a built page actually loads, shared by the weights benchmark and the budget test
 * (tests/e2e/budgets.spec.ts): a real Chromium opens the page, scrolls it to the end (islands hydrate
 * on visibility), waits for the network to go quiet and for Starlight's idle-time loads (Pagefind UI),
 * and every same-origin request is mapped to its file in dist/. Sizes are raw and gzip (level 6).
 * Inline scripts and styles are counted from the HTML itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { parseHtml } from '../../tests/e2e/built-site.ts';
import { gzipSize } from './util.ts';

export const DIST = join(process.cwd(), 'dist');

export type Kind = 'html' | 'css' | 'js' | 'worker' | 'json' | 'other';

export interface Resource {
  /** Path on the site (`/_astro/x.js`), or `inline:<hash>` for an inline script. */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

/** The page types of the site, with one representative page each (`{locale}` is replaced). */
export const PAGE_TYPES = [
  { type: 'content page', path: '/{locale}/tools/cli/' },
  { type: 'section page (embedded analyzer)', path: '/{locale}/sections/control-ui/' },
  { type: 'Analyze page', path: '/{locale}/tools/analyze/' },
  { type: 'signature page', path: '/{locale}/signatures/auth-token-mismatch/' },
] as const;

export function distFile(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  for (const candidate of [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function kindOf(path: string, resourceType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (/\.worker[-.][\w-]+\.js$/.test(path) || resourceType === 'worker') return 'worker';
  if (path.endsWith('.css') || resourceType === 'stylesheet') return 'css';
  if (path.endsWith('.js') || path.endsWith('.mjs') || resourceType === 'script') return 'js';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

export function sizedResource(path: string, kind: Kind, data?: Buffer | string): Resource {
  const bytes = data ?? readFileSync(distFile(path) ?? join(DIST, path));
  return { path, kind, raw: Buffer.byteLength(bytes), gzip: gzipSize(bytes) };
}

/** Inline `<script>` elements of a parsed HTML page (JSON data blocks excluded), keyed by content hash. */
export function inlineScripts(document: HTMLElement): Resource[] {
  const found: Resource[] = [];
  for (const script of document.querySelectorAll('script:not([src])')) {
    // The raw text, byte for byte as in the file (what the browser runs and the CSP hashes).
    const body = script.rawText;
    if (/^application\/(?:ld\+)?json$/.test(script.getAttribute('type') ?? '') || body.trim() === '') continue;
    found.push(sizedResource(`inline:${createHash('sha1').update(body).digest('hex').slice(0, 10)}`, 'js', body));
  }
  return found;
}

/** External script URLs in a parsed HTML page (`<script src>`, module preloads, island component and renderer URLs). */
export function referencedScripts(document: HTMLElement): string[] {
  const urls = new Set<string>();
  for (const script of document.querySelectorAll('script[src]')) urls.add(script.getAttribute('src')!);
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href]')) urls.add(link.getAttribute('href')!);
  for (const island of document.querySelectorAll('[component-url], [renderer-url]')) {
    for (const name of ['component-url', 'renderer-url']) if (island.hasAttribute(name)) urls.add(island.getAttribute(name)!);
  }
  return [...urls];
}

export interface LoadedPage {
  path: string;
  resources: Resource[];
  /** Same-origin requests that have no file in dist/ (should be none). */
  missing: string[];
  islands: number;
}

/**
 * Opens `path` on `baseURL` and returns every same-origin resource the page loaded, sized from dist/.
 * With `analyze`, the text is also analysed in the page's first analyzer, and what that loaded counts too.
 */
export async function loadPage(page: Page, baseURL: string, path: string, options: { analyze?: string } = {}): Promise<LoadedPage> {
  const origin = new URL(baseURL).origin;
  const seen = new Map<string, string>();
  const onRequest = (request: { url(): string; resourceType(): string }) => {
    const url = new URL(request.url());
    if (url.origin === origin && !seen.has(url.pathname)) seen.set(url.pathname, request.resourceType());
  };
  page.on('request', onRequest);
  page.context().on('request', onRequest);
  try {
    await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
    // Scroll to the end in steps so that every `client:visible` island hydrates.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += Math.max(200, window.innerHeight / 2)) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 20));
      }
      window.scrollTo(0, document.body.scrollHeight);
    });
    const islands = await page.locator('astro-island').count();
    if (islands > 0)
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    // Starlight loads the Pagefind UI in requestIdleCallback: let idle callbacks run, then settle again.
    await page.evaluate(
      () =>
        new Promise((r) =>
          'requestIdleCallback' in window ? requestIdleCallback(() => setTimeout(r, 300), { timeout: 2000 }) : setTimeout(r, 1000),
        ),
    );
    await page.waitForLoadState('networkidle');
    // An analyzer the reader has not turned to has loaded its match rules (above) and no texts.
    if (options.analyze !== undefined) {
      const analyzer = page.locator('[data-analyzer]').first();
      await analyzer.locator('textarea').fill(options.analyze);
      await page.locator('[data-analyzer][data-ready="true"]').first().waitFor({ timeout: 15_000 });
      await analyzer.getByRole('button').first().click();
      await page.locator('[data-analyzer][data-state="done"]').first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    }

    const resources: Resource[] = [];
    const missing: string[] = [];
    for (const [p, type] of seen) {
      const file = distFile(p);
      if (!file) {
        missing.push(p);
        continue;
      }
      const kind = kindOf(p, type);
      resources.push({ ...sizedResource(p, kind, readFileSync(file)) });
      if (kind === 'html') resources.push(...inlineScripts(parseHtml(readFileSync(file, 'utf8'))));
    }
    return { path, resources, missing, islands };
  } finally {
    page.off('request', onRequest);
    page.context().off('request', onRequest);
  }
}

export function total(resources: Resource[], kind: Kind): { raw: number; gzip: number; files: number } {
  const list = resources.filter((r) => r.kind === kind);
  return { raw: list.reduce((n, r) => n + r.raw, 0), gzip: list.reduce((n, r) => n + r.gzip, 0), files: list.length };
}

/** Resources of `page` that `reference` did not load (by path; inline scripts by content hash). */
export function beyond(page: Resource[], reference: Resource[]): Resource[] {
  const known = new Set(reference.map((r) => r.path));
  return page.filter((r) => !known.has(r.path));
}
