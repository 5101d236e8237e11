/**
 * The command checklist of the analyzer on the built site (Chromium), in both locales: a session of
 * three pastes of real lab captures ("add another output" between them), the checklist after each,
 * and its share link. Expected checklists come from the engine, run here in Node on the same texts
 * (`analyze` per paste, `buildLadder` over them), never typed in by hand.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { buildLadder, LADDER, type LadderRung, rungsFor } from '../../src/engine/ladder.ts';
import { toLocale } from '../../src/present/locale.ts';
import { sectionCommands } from '../../src/present/section-commands.ts';
import { openAnalyzer } from './analyzer-page.ts';

const LAB = join(process.cwd(), 'tests', 'fixtures', 'lab', '2026.9.6');
const capture = (name: string) => readFileSync(join(LAB, name), 'utf8');
const catalog = loadCatalog();
const compiled = compileCatalog(catalog.entries);
const commandsOf = (id: string) => catalog.entries.find((e) => e.id === id)?.commands ?? [];
const LOCALES = ['zh-cn', 'en'] as const;

const SESSIONS = {
  'wrong token': ['wrong-token/gateway-status.txt', 'wrong-token/logs-plain.txt', 'wrong-token/doctor-lint.txt'],
  healthy: ['healthy/gateway-status.txt', 'healthy/logs-plain.txt', 'healthy/channels-status-probe.txt'],
};

interface ShownLadder {
  steps: Array<{ command: string; status: string }>;
  next: string | null;
}

/** The checklist the engine builds over the pastes of a session. */
function expectedLadder(texts: string[], rungs: readonly LadderRung[] = LADDER): ShownLadder {
  const ladder = buildLadder(
    texts.map((text) => analyze(text, compiled)),
    commandsOf,
    rungs,
  );
  return { steps: ladder.steps.map((s) => ({ command: s.command, status: s.status })), next: ladder.next?.command ?? null };
}

async function shownLadder(root: Locator): Promise<ShownLadder | null> {
  if ((await root.locator('[data-ladder]').count()) === 0) return null;
  const steps = await root
    .locator('[data-ladder-step]')
    .evaluateAll((elements) =>
      elements.map((e) => ({ command: e.getAttribute('data-ladder-step')!, status: e.getAttribute('data-status')! })),
    );
  const next = root.locator('[data-next-command]');
  return { steps, next: (await next.count()) > 0 ? await next.textContent() : null };
}

/** Paste by paste: findings labelled with their paste, as [paste, id] pairs, in any order. */
async function shownPastes(root: Locator): Promise<string[]> {
  const pairs = await root
    .locator('[data-signature-id]')
    .evaluateAll((elements) => elements.map((e) => `${e.getAttribute('data-paste') ?? '1'} ${e.getAttribute('data-signature-id')}`));
  return pairs.sort();
}

function expectedPastes(texts: string[]): string[] {
  const several = texts.length > 1;
  return texts.flatMap((text, i) => analyze(text, compiled).findings.map((f) => `${several ? i + 1 : 1} ${f.id}`)).sort();
}

for (const locale of LOCALES) {
  test.describe(`command checklist (${locale})`, () => {
    for (const [name, files] of Object.entries(SESSIONS)) {
      test(`a ${name} session of three pastes updates the checklist after each, and its share link shows the same checklist`, async ({
        page,
        context,
      }) => {
        const texts = files.map(capture);
        const requests: string[] = [];
        const root = await openAnalyzer(page, `/${locale}/tools/analyze/`);
        page.on('request', (request) => requests.push(request.url()));

        for (let n = 1; n <= texts.length; n++) {
          if (n > 1) await root.locator('[data-add-paste]').click();
          await expect(root.locator('textarea')).toHaveValue('');
          await root.locator('textarea').fill(texts[n - 1]!);
          const want = expectedLadder(texts.slice(0, n));
          await expect
            .poll(() => shownLadder(root), { message: `checklist after paste ${n} (${files[n - 1]})`, timeout: 20_000 })
            .toEqual(want);
          await expect(root).toHaveAttribute('data-state', 'done');
          expect(await shownPastes(root), `findings after paste ${n}, each labelled with its paste`).toEqual(
            expectedPastes(texts.slice(0, n)),
          );
        }
        // The first paste keeps the DOM contract; the first step is the one the session started with.
        expect((await shownLadder(root))!.steps.length).toBe(5);
        // Pasting and analysing three outputs made no request at all.
        expect(requests, 'requests during the session').toEqual([]);

        const final = (await shownLadder(root))!;
        await root.getByRole('button', { name: locale === 'en' ? 'Share link' : '分享链接' }).click();
        const href = await root.locator('.analyzer-share input').inputValue();
        expect(new URL(href).hash).toMatch(/^#report=[A-Za-z0-9_-]+$/);
        const other = await context.newPage();
        const shared = await openAnalyzer(other, new URL(href).pathname + new URL(href).hash);
        await expect(shared).toHaveAttribute('data-state', 'done');
        expect(await shownLadder(shared)).toEqual(final);
        expect(await shownPastes(shared)).toEqual(expectedPastes(texts));
      });
    }

    /** A section's checklist: the commands of its page that the analyzer reads, as the page prints them. */
    const sectionRungs = (section: string) =>
      rungsFor(
        sectionCommands(
          readFileSync(join(process.cwd(), 'src/content/docs', locale, 'sections', `${section}.mdx`), 'utf8'),
          toLocale(locale),
        ),
      );

    for (const [section, file, rung] of [
      ['control-ui', 'wrong-token/gateway-status-json.txt', 'openclaw gateway status --json'],
      ['cron-heartbeat', 'cron-disabled/cron-status.txt', 'openclaw cron status'],
    ] as const) {
      test(`the embedded analyzer of the ${section} section shows the checklist of that section's commands, and its share link keeps it`, async ({
        page,
        context,
      }) => {
        const text = capture(file);
        const rungs = sectionRungs(section);
        expect(rungs.map((r) => r.command)).toContain(rung);
        const root = await openAnalyzer(page, `/${locale}/sections/${section}/`);
        await expect(root).toHaveClass(/analyzer-compact/);
        await root.locator('textarea').fill(text);
        const want = expectedLadder([text], rungs);
        expect(want.steps.find((s) => s.command === rung)?.status, `${rung} is ticked off by its own output`).not.toBe('missing');
        await expect.poll(() => shownLadder(root), { timeout: 20_000 }).toEqual(want);

        await root.getByRole('button', { name: locale === 'en' ? 'Share link' : '分享链接' }).click();
        const href = new URL(await root.locator('.analyzer-share input').inputValue());
        const shared = await openAnalyzer(await context.newPage(), href.pathname + href.hash);
        await expect(shared).toHaveAttribute('data-state', 'done');
        expect(await shownLadder(shared)).toEqual(want);
      });
    }
  });
}
