/**
 * The browser analyzer in Chromium on a 10 MiB paste (the generated file), on /en/tools/analyze/.
 * The text is handed to the page first (not timed), then pasted the way a reader pastes: a `paste`
 * event with the text in its clipboardData on the analyzer's textarea. Timed from the paste to
 * `data-state="done"`; the longest main-thread task in that window comes from a PerformanceObserver
 * for 'longtask' installed before any page script (tasks under 50 ms are not reported by Chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLogFile } from './generate-logs.ts';
import { servedBy, withSite } from './site.ts';
import { MiB, median, round, stepMain } from './util.ts';

const PASTE_MB = 10;
const RUNS = 3;
const PAGE = '/en/tools/analyze/';

export interface BrowserResult {
  available: boolean;
  note?: string;
  mb?: number;
  runs?: Array<{ seconds: number; longestTaskMs: number; pasteHandlerMs: number; longTasks: string[]; findings: number }>;
  seconds?: number;
  longestTaskMs?: number;
  servedBy?: string;
}

declare global {
  interface Window {
    __longTasks: Array<{ start: number; duration: number }>;
    __benchText?: string;
  }
}

export async function runBrowser(): Promise<BrowserResult> {
  if (!existsSync(join(process.cwd(), 'dist', 'en', 'tools', 'analyze', 'index.html')))
    return { available: false, note: 'n/a (analyzer not built)' };
  const text = readFileSync(ensureLogFile(PASTE_MB), 'utf8');
  return withSite(async (browser, baseURL) => {
    const runs: NonNullable<BrowserResult['runs']> = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(new URL(PAGE, baseURL).href);
      const root = page.locator('[data-analyzer]').first();
      await root.scrollIntoViewIfNeeded();
      await page.locator('[data-analyzer][data-ready="true"]').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.evaluate((t) => void (window.__benchText = t), text);
      const measured = await page.evaluate(async () => {
        const analyzer = document.querySelector('[data-analyzer]')!;
        const area = analyzer.querySelector('textarea')!;
        const data = new DataTransfer();
        data.setData('text/plain', window.__benchText!);
        delete window.__benchText;
        await new Promise((r) => setTimeout(r, 200)); // let the hand-over settle
        const from = performance.now();
        const done = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (analyzer.getAttribute('data-state') === 'done') {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(analyzer, { attributes: true, attributeFilter: ['data-state'] });
        });
        area.focus();
        area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        const handlerMs = performance.now() - from;
        const to = await done;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))); // the render after "done" counts too
        const tasks = window.__longTasks.filter((t) => t.start + t.duration >= from);
        return {
          ms: to - from,
          handlerMs,
          longest: Math.max(0, ...tasks.map((t) => t.duration)),
          tasks: tasks.map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - from)} ms`),
          findings: analyzer.querySelectorAll('[data-signature-id]').length,
        };
      });
      runs.push({
        seconds: round(measured.ms / 1000, 3),
        longestTaskMs: Math.round(measured.longest),
        pasteHandlerMs: Math.round(measured.handlerMs),
        longTasks: measured.tasks,
        findings: measured.findings,
      });
      await context.close();
    }
    return {
      available: true,
      mb: round(Buffer.byteLength(text) / MiB, 1),
      runs,
      seconds: round(median(runs.map((r) => r.seconds)), 3),
      longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
      servedBy,
    };
  });
}

await stepMain(import.meta.url, runBrowser, (r) =>
  r.available
    ? `browser: ${r.mb} MiB paste → results in ${r.seconds} s (median), longest main-thread task ${r.longestTaskMs} ms; runs ${JSON.stringify(r.runs)}; served by ${r.servedBy}`
    : `browser: ${r.note}`,
);
