/**
 * What the host must send (src/integrations/host-headers.ts) is in dist/_headers for Netlify and
 * Cloudflare Pages, and `astro preview` sends it too, so every end-to-end test runs under it. The
 * CSP <meta> of each page (src/integrations/csp.ts) is the first element of its <head>; the header
 * adds what a meta tag cannot: no framing by another site.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, PATH_HEADERS, SECURITY_HEADERS } from '../../src/integrations/host-headers.ts';
import { DIST, htmlFiles, parseHtml, readHtml, urlPathOf } from './built-site.ts';

test('dist/_headers is the one the build generates, and each of its path rules matches files of the build', () => {
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
  for (const { path } of PATH_HEADERS) {
    const exists = path.endsWith('/*')
      ? existsSync(join(DIST, path.slice(0, -2))) && readdirSync(join(DIST, path.slice(0, -2))).length > 0
      : existsSync(join(DIST, path));
    expect(exists, `${path} matches nothing in dist/`).toBe(true);
  }
});

test('every built page has its CSP <meta> as the first element of <head> (the redirect page for / included)', () => {
  const wrong: string[] = [];
  for (const file of htmlFiles()) {
    const document = parseHtml(readHtml(file));
    const metas = document.querySelectorAll('meta[http-equiv="content-security-policy"]');
    // node-html-parser opens no implicit <head>: for the redirect page the first element of the document counts.
    const first = (document.querySelector('head') ?? document).firstElementChild;
    if (metas.length !== 1 || first !== metas[0])
      wrong.push(`${urlPathOf(file)}: ${metas.length} CSP meta(s), first element <${first?.tagName.toLowerCase()}>`);
  }
  expect(wrong).toEqual([]);
});

test('the preview server sends the security headers with pages, data and bundles', async ({ request }) => {
  const bundle = readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.js'))!;
  for (const path of ['/zh-cn/', '/en/tools/analyze/', '/catalog.json', `/_astro/${bundle}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const { name, value } of SECURITY_HEADERS) expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
});

/** Opens a page on another origin (127.0.0.1 instead of localhost) that frames `path` of the handbook. */
async function frameFromAnotherSite(page: Page, baseURL: string, path: string) {
  const handbook = new URL(path, baseURL).href;
  const otherSite = new URL('/framing-test.html', baseURL.replace('localhost', '127.0.0.1')).href;
  await page.route(otherSite, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${handbook}" width="800" height="600"></iframe>` }),
  );
  await page.goto(otherSite);
  const frame = await page
    .locator('iframe')
    .elementHandle()
    .then((handle) => handle!.contentFrame());
  await frame!.waitForLoadState('load');
  return frame!;
}

test('another site cannot frame the handbook', async ({ page, baseURL }) => {
  const frame = await frameFromAnotherSite(page, baseURL!, '/en/tools/analyze/');
  expect(frame.url()).not.toContain('/en/tools/analyze/');
  expect(await frame.locator('[data-analyzer]').count()).toBe(0);
});

test('without the header the same page would load in the frame (so the test above can fail)', async ({ page, baseURL }) => {
  await page.route('**/en/tools/analyze/', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
  const frame = await frameFromAnotherSite(page, baseURL!, '/en/tools/analyze/');
  expect(frame.url()).toContain('/en/tools/analyze/');
  await expect(frame.locator('[data-analyzer]')).toHaveCount(1);
});
