/**
 * The in-page analyzer on the built site (Chromium), in both locales.
 * Expected findings come from the engine itself, run here in Node on the same text: the page must
 * show exactly the engine's ids, in rank order, with the same first lines and severities.
 */
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { loadCatalog } from '../../src/catalog/load.ts';
import { openAnalyzer } from './analyzer-page.ts';

const SAMPLES_DIR = join(process.cwd(), 'tests', 'fixtures', 'samples');
const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((name) => /\.(?:txt|json|jsonl)$/.test(name))
  .sort();
const sample = (name: string) => readFileSync(join(SAMPLES_DIR, name), 'utf8');
const compiled = compileCatalog(loadCatalog().entries);
const engine = (text: string) => analyze(text, compiled);
const LOCALES = ['zh-cn', 'en'] as const;

/** Records every request of the page; `since()` gives those after a mark. */
function recordRequests(page: Page) {
  const all: Request[] = [];
  page.on('request', (request) => all.push(request));
  let mark = 0;
  return {
    all,
    mark: () => (mark = all.length),
    since: () => all.slice(mark),
  };
}

async function paste(root: Locator, text: string): Promise<void> {
  await root.locator('textarea').fill(text);
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
}

async function shown(root: Locator) {
  return root.locator('[data-signature-id]').evaluateAll((elements) =>
    elements.map((e) => ({
      id: e.getAttribute('data-signature-id'),
      line: Number(e.getAttribute('data-line')),
      severity: e.getAttribute('data-severity'),
    })),
  );
}

function expected(text: string) {
  return engine(text).findings.map((f) => ({ id: f.id, line: f.line, severity: f.severity }));
}

function assertSameOrigin(requests: Request[], baseURL: string, secrets: string[]): void {
  const origin = new URL(baseURL).origin;
  for (const request of requests) {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) continue;
    expect(new URL(url).origin, `request to another origin: ${url}`).toBe(origin);
    for (const secret of secrets) {
      expect(url.includes(secret) || (request.postData() ?? '').includes(secret), `request carries pasted text: ${url}`).toBe(false);
    }
  }
}

for (const locale of LOCALES) {
  test.describe(`analyzer (${locale})`, () => {
    test('every sample gives exactly the engine findings, and no request is made while analysing', async ({ page, baseURL }) => {
      const requests = recordRequests(page);
      const root = await openAnalyzer(page, `/${locale}/tools/analyze/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-CN');
      await page.waitForLoadState('networkidle');
      requests.mark();
      for (const name of SAMPLES) {
        const text = sample(name);
        await paste(root, text);
        expect(await shown(root), name).toEqual(expected(text));
        await expect(root, name).toHaveAttribute('data-input-kind', engine(text).inputKinds.join(' '));
      }
      // Once the analyzer has loaded, analysing makes no request at all.
      expect(requests.since().map((r) => r.url())).toEqual([]);
      assertSameOrigin(requests.all, baseURL!, ['Log file: /tmp/openclaw', 'b7f3c2e1-0d4a-4c8e']);
    });

    test('a mixed paste gives the union of the parts', async ({ page }) => {
      const root = await openAnalyzer(page, `/${locale}/tools/analyze/`);
      const parts = [
        'gateway-status-stopped.txt',
        'connect-error-AUTH_TOKEN_MISMATCH.json',
        'logs-plain.txt',
        'channels-status-probe.txt',
        'heartbeat-last-no-route.json',
      ];
      const text = parts.map(sample).join('\n');
      await paste(root, text);
      const ids = (await shown(root)).map((f) => f.id);
      expect(await shown(root)).toEqual(expected(text));
      const union = new Set(parts.flatMap((p) => engine(sample(p)).findings.map((f) => f.id)));
      for (const id of union) expect(ids, `missing ${id}`).toContain(id);
      const kinds = (await root.getAttribute('data-input-kind'))!.split(' ');
      for (const kind of ['gateway-status', 'connect-frame', 'logs-plain', 'channels-status', 'heartbeat-last'])
        expect(kinds).toContain(kind);
    });

    test('pasted HTML is shown as text and runs nothing', async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      const root = await openAnalyzer(page, `/${locale}/tools/analyze/`);
      const url = page.url();
      const scripts = await page.locator('script').count();
      const payload = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script>';
      const text = [
        `2026-04-09T06:12:05.000Z warn gateway {"subsystem":"gateway"} unauthorized: gateway token mismatch ${payload}`,
        `<svg onload="window.__xss=3;alert(3)"></svg> ${payload}`,
      ].join('\n');
      await paste(root, text);
      expect(await shown(root)).toEqual(expected(text));
      expect((await shown(root)).length).toBeGreaterThan(0);
      await expect(root.locator('.analyzer-excerpt').first()).toContainText('<img src=x onerror=');
      await expect(root.locator('.analyzer-excerpt').first()).toContainText('<script>window.__xss=2');
      await expect(root.locator('.analyzer-results img, .analyzer-results script, .analyzer-results svg')).toHaveCount(0);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(scripts);
      expect(dialogs).toBe(0);
      expect(page.url()).toBe(url);
    });

    test('a share link round-trips, carries only redacted findings, and a hostile one stays inert', async ({ page, context, baseURL }) => {
      const secret = 'sUp3rS3cretT0kenValue';
      const text = `${sample('gateway-status-stopped.txt')}\n2026-04-09T06:12:05.000Z warn gateway unauthorized: gateway token mismatch token=${secret} /home/alice/.openclaw\n${sample('connect-error-AUTH_TOKEN_MISMATCH.json')}`;
      const requests = recordRequests(page);
      const root = await openAnalyzer(page, `/${locale}/tools/analyze/`);
      await paste(root, text);
      const findings = await shown(root);
      expect(findings).toEqual(expected(text));
      await expect(root.locator('.analyzer-results')).not.toContainText(secret);
      await root.getByRole('button', { name: locale === 'en' ? 'Share link' : '分享链接' }).click();
      const href = await root.locator('.analyzer-share input').inputValue();
      const link = new URL(href);
      expect(link.pathname).toBe(`/${locale}/tools/analyze/`);
      expect(link.hash).toMatch(/^#report=[A-Za-z0-9_-]+$/);
      const decoded = Buffer.from(link.hash.slice('#report='.length), 'base64url').toString('utf8');
      expect(decoded).not.toContain(secret);
      expect(decoded).not.toContain('alice');
      assertSameOrigin(requests.all, baseURL!, [secret]);

      const other = await context.newPage();
      const otherRequests = recordRequests(other);
      const shared = await openAnalyzer(other, link.pathname + link.hash);
      await expect(shared).toHaveAttribute('data-state', 'done');
      expect(await shown(shared)).toEqual(findings);
      await expect(shared.locator('textarea')).toHaveValue('');
      // The fragment never reaches the server.
      for (const r of otherRequests.all) expect(r.url()).not.toContain('report=');

      // A hostile fragment: markup in texts, a bad id, junk fields. Rendered as text or dropped.
      const hostile = Buffer.from(
        JSON.stringify({
          v: 1,
          k: ['gateway-status', '<img src=x onerror=alert(1)>'],
          n: 3,
          f: [
            ['auth-token-mismatch', 2, 2, 1, '<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=2">x', 0],
            ['"><img src=x onerror=alert(1)>', 1, 1, 1, 'a', 'b', 0],
            ['runtime-stopped', -1, 'x', null],
          ],
        }),
      ).toString('base64url');
      let dialogs = 0;
      other.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await other.goto(`/${locale}/tools/analyze/#report=${hostile}`);
      await other.reload();
      const inert = other.locator('[data-analyzer]');
      await expect(inert).toHaveAttribute('data-state', 'done');
      expect((await shown(inert)).map((f) => f.id)).toEqual(['auth-token-mismatch']);
      await expect(inert.locator('.analyzer-excerpt')).toContainText('<img src=x onerror=');
      await expect(inert.locator('.analyzer-results img, .analyzer-results script')).toHaveCount(0);
      await expect(inert.locator('.analyzer-problem')).toBeVisible();
      await other.waitForTimeout(200);
      expect(await other.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toBe(0);

      // Garbage that is not base64 JSON at all is reported, not rendered.
      await other.goto(`/${locale}/tools/analyze/#report=%3Cscript%3E`);
      await other.reload();
      await expect(other.locator('[data-analyzer] .analyzer-problem')).toBeVisible();
      await expect(other.locator('[data-analyzer] [data-signature-id]')).toHaveCount(0);
    });
  });
}

// How responsive the page stays meanwhile (its longest main-thread task) is measured by `npm run bench`
// (scripts/bench/browser.ts, target 200 ms), not asserted here: a test must not depend on the machine's speed.
for (const mode of ['paste', 'input'] as const)
  test(`a 20 MB input (${mode} event) is analysed in a worker with progress`, async ({ page }) => {
    test.setTimeout(90_000);
    const requests = recordRequests(page);
    const root = await openAnalyzer(page, '/en/tools/analyze/');
    await page.waitForLoadState('networkidle');
    const base = sample('logs-plain.txt');
    const copies = Math.ceil(20_000_000 / base.length);
    const big = base.repeat(copies);
    requests.mark();
    // Watch for the progress bar from inside the page while the analysis runs.
    await page.evaluate(() => {
      const w = window as unknown as { __sawProgress: boolean };
      w.__sawProgress = false;
      const tick = () => {
        if (document.querySelector('[data-analyzer] progress')) w.__sawProgress = true;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // 20 MB, either pasted (a paste event with the text on the clipboard, as a browser fires it) or set
    // on the box followed by an input event (what a script or `locator.fill` does).
    await page.evaluate(
      ({ base, copies, mode }) => {
        const textarea = document.querySelector<HTMLTextAreaElement>('[data-analyzer] textarea')!;
        const text = base.repeat(copies);
        textarea.focus();
        if (mode === 'paste') {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          if (!textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) return;
        }
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { base, copies, mode },
    );
    await expect(root).toHaveAttribute('data-state', 'working');
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(true);
    expect(await shown(root)).toEqual(expected(big));
    expect(requests.since().map((r) => r.url())).toEqual([]);
  });

test('a 20 MB file opened from disk streams through the worker', async ({ page }) => {
  test.setTimeout(90_000);
  const root = await openAnalyzer(page, '/zh-cn/tools/analyze/');
  await page.waitForLoadState('networkidle');
  const base = sample('logs.jsonl');
  const big = base.repeat(Math.ceil(20_000_000 / base.length));
  const requests = recordRequests(page);
  requests.mark();
  await root.locator('input[type=file]').setInputFiles({ name: 'big.jsonl', mimeType: 'application/json', buffer: Buffer.from(big) });
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(root.locator('textarea')).toHaveValue('');
  expect(await shown(root)).toEqual(expected(big));
  expect(requests.since().map((r) => r.url())).toEqual([]);
});

test('the samples menu loads a sample, and "copy report" copies redacted Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await openAnalyzer(page, '/en/tools/analyze/');
  await root.getByRole('combobox', { name: 'Try a sample…' }).selectOption('gateway-status-stopped.txt');
  await expect(root).toHaveAttribute('data-state', 'done');
  const text = sample('gateway-status-stopped.txt');
  await expect(root.locator('textarea')).toHaveValue(text);
  expect(await shown(root)).toEqual(expected(text));

  const secret = 'xoxb-1234567890-abcdefghijkl';
  await paste(root, `2026-04-09T06:12:05.000Z warn gateway unauthorized: gateway token mismatch Bearer ${secret}`);
  await root.getByRole('button', { name: 'Copy report (Markdown)' }).click();
  await expect(root.getByRole('status')).toHaveText('Report copied as Markdown.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# OpenClaw Gateway analyzer report');
  for (const { id } of await shown(root)) expect(markdown).toContain(`/en/signatures/${id}/`);
  expect(markdown).not.toContain(secret);
});

test('a section page embeds a compact analyzer preset to its input', async ({ page }) => {
  const root = await openAnalyzer(page, '/en/sections/service-not-running/');
  await expect(root).toHaveAttribute('data-preset', 'gateway-status');
  await expect(root.getByRole('link', { name: 'Open the full analyzer' })).toHaveAttribute('href', '/en/tools/analyze/');
  const text = sample('gateway-status-stopped.txt');
  await paste(root, text);
  expect(await shown(root)).toEqual(expected(text));
});

test('pages without an analyzer get no analyzer JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/en/signatures/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island')).toHaveCount(0);
  expect(scripts.filter((s) => /analyzer|preact|client\./i.test(s))).toEqual([]);
});

for (const locale of LOCALES) {
  test(`a problem line no signature explains is shown as not in the catalog yet, with a working search link (${locale})`, async ({
    page,
  }) => {
    const text = [
      '2026-12-02T13:03:36Z error [gateway] sidecar ENOSPC while writing /tmp/a',
      '2026-12-02T13:03:37Z error [gateway] sidecar ENOSPC while writing /tmp/b',
      'unauthorized: gateway token mismatch (provide gateway auth token)',
    ].join('\n');
    const root = await openAnalyzer(page, `/${locale}/tools/analyze/`);
    await paste(root, text);
    expect(await shown(root)).toEqual(expected(text));
    const unknown = root.locator('[data-unrecognized] [data-unrecognized-line]');
    await expect(unknown).toHaveCount(1);
    await expect(unknown).toHaveAttribute('data-unrecognized-line', '1');
    await expect(unknown).toContainText('sidecar ENOSPC');
    const search = unknown.getByRole('link', { name: locale === 'en' ? 'Search the handbook for this line' : '在手册中搜索这一行' });
    expect(await search.getAttribute('href')).toBe(`/${locale}/signatures/?q=sidecar%20ENOSPC%20while%20writing`);
    await search.click();
    await expect(page.locator('#starlight__search input')).toHaveValue('sidecar ENOSPC while writing', { timeout: 15_000 });
    await expect(page.locator('site-search dialog')).toHaveAttribute('open', '');
  });
}
