/**
 * Real OpenClaw output in the built site's analyzer (Chromium): on a sample of the lab's captures —
 * the first capture with expectations of every scenario, newest release first — the page shows the
 * engine's findings exactly (ids, lines, severities), so the page, the CLI and the engine agree.
 */
import { engage } from './analyzer-page.ts';
import { expect, test } from '@playwright/test';
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { captureName, labCaptures, labReleases, type LabCapture } from '../../scripts/lab/fixtures.ts';

const compiled = compileCatalog(loadCatalog().entries);
const newestFirst = labReleases().reverse();

function sampleOfCaptures(): LabCapture[] {
  const byScenario = new Map<string, LabCapture>();
  for (const release of newestFirst) {
    for (const capture of labCaptures().filter((c) => c.release === release && c.expect.length > 0)) {
      if (!byScenario.has(capture.scenario.id)) byScenario.set(capture.scenario.id, capture);
    }
  }
  return [...byScenario.values()];
}

test('a sample of real captures gives exactly the engine findings in the page', async ({ page }) => {
  const sample = sampleOfCaptures();
  expect(sample.length).toBeGreaterThan(10);
  await page.goto('/en/tools/analyze/');
  const root = page.locator('[data-analyzer]');
  await page.locator('astro-island:not([ssr]) [data-analyzer]').waitFor();
  await engage(root);
  for (const capture of sample) {
    await root.locator('textarea').fill(capture.text);
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    const shown = await root.locator('[data-signature-id]').evaluateAll((elements) =>
      elements.map((e) => ({
        id: e.getAttribute('data-signature-id'),
        line: Number(e.getAttribute('data-line')),
        severity: e.getAttribute('data-severity'),
      })),
    );
    const expected = analyze(capture.text, compiled).findings.map((f) => ({ id: f.id, line: f.line, severity: f.severity }));
    expect(shown, captureName(capture)).toEqual(expected);
    for (const e of capture.expect)
      expect(
        shown.map((f) => f.id),
        captureName(capture),
      ).toContain(e.id);
  }
});
