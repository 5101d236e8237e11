/**
 * The built site in dist/ uses one public URL everywhere: the HANDBOOK_SITE_URL of this process, as
 * the build read it (src/site-url.ts; the placeholder when unset, as in CI). Canonical links, og:url,
 * the sitemap and /catalog.json all name that origin, and every URL they give is a page of the build.
 * (How a value is read is unit-tested in tests/unit/site/site-url.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrlFromEnvironment } from '../../src/site-url.ts';
import { DIST, htmlFiles, parseHtml, readHtml, urlPathOf } from './built-site.ts';

const SITE = siteUrlFromEnvironment();
const HINT = `(dist/ must be built with the same HANDBOOK_SITE_URL as this test run: ${SITE})`;

/** `https://site/en/x/` → is dist/en/x/index.html (or the file itself) there? */
function isBuiltPage(url: string): boolean {
  const { pathname } = new URL(url);
  const file = join(DIST, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

test('every page has a canonical link and og:url on the public URL, pointing at itself', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const file of htmlFiles()) {
    const path = urlPathOf(file);
    if (path === '/404/') continue; // served for any missing path: no canonical URL of its own
    const document = parseHtml(readHtml(file));
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // `/` is a redirect page: its canonical URL is where it sends the reader.
    const expected = `${SITE}${path === '/' ? '/zh-cn/' : path}`;
    if (canonical !== expected) wrong.push(`${path}: canonical ${canonical ?? 'missing'}, expected ${expected}`);
    const ogUrl = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
    if (path !== '/' && ogUrl !== expected) wrong.push(`${path}: og:url ${ogUrl ?? 'missing'}, expected ${expected}`);
    checked++;
  }
  expect(checked).toBeGreaterThan(100);
  expect(wrong.slice(0, 10), `${wrong.length} page(s) ${HINT}`).toEqual([]);
});

test('the sitemap lists every page of both locales on the public URL, and nothing else', () => {
  const index = parseHtml(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
  const sitemaps = index.querySelectorAll('sitemap > loc').map((loc) => loc.textContent.trim());
  expect(sitemaps.length).toBeGreaterThan(0);
  const locs: string[] = [];
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(`${SITE}/`), `${sitemap} ${HINT}`).toBe(true);
    const xml = parseHtml(readFileSync(join(DIST, new URL(sitemap).pathname), 'utf8'));
    locs.push(...xml.querySelectorAll('url > loc').map((loc) => loc.textContent.trim()));
  }
  expect(
    locs.filter((loc) => !loc.startsWith(`${SITE}/`)),
    HINT,
  ).toEqual([]);
  expect(locs.filter((loc) => !isBuiltPage(loc))).toEqual([]);
  const pages = htmlFiles()
    .map(urlPathOf)
    .filter((p) => p.startsWith('/zh-cn/') || p.startsWith('/en/'))
    .map((p) => `${SITE}${p}`);
  expect(pages.filter((p) => !locs.includes(p))).toEqual([]);
});

test('/catalog.json names the public URL, and its page URLs are pages of this build', () => {
  const catalog = JSON.parse(readFileSync(join(DIST, 'catalog.json'), 'utf8')) as {
    site: string;
    sections: Array<{ id: string; urls: Record<string, string> }>;
    signatures: Array<{ id: string; urls: Record<string, string> }>;
  };
  expect(catalog.site, HINT).toBe(SITE);
  const urls = [...catalog.sections, ...catalog.signatures].flatMap((item) => Object.values(item.urls));
  expect(urls.length).toBe((catalog.sections.length + catalog.signatures.length) * 2);
  expect(
    urls.filter((url) => !url.startsWith(`${SITE}/`)),
    HINT,
  ).toEqual([]);
  expect(urls.filter((url) => !isBuiltPage(url))).toEqual([]);
  const schema = JSON.parse(readFileSync(join(DIST, 'catalog.schema.json'), 'utf8')) as { $id: string };
  expect(schema.$id).toBe(`${SITE}/catalog.schema.json`);
});
