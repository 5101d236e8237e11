/**
 * Each section page's "Commands to run" is where its analyzer's checklist comes from
 * (src/present/section-commands.ts): every section has them, in both languages the same commands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { rungsFor } from '../../../src/engine/ladder.ts';
import { COMMANDS_HEADING, sectionCommands } from '../../../src/present/section-commands.ts';

const page = (dir: string, slug: string) => readFileSync(join(process.cwd(), 'src/content/docs', dir, `${slug}.mdx`), 'utf8');
const withoutComment = (line: string) => line.replace(/\s+#.*$/, '');
const sections = loadCatalog().sections.filter((s) => s.slug !== '');

test('reads the bash blocks right under each "Commands to run" heading, and nothing else', () => {
  const md = [
    '## Commands to run',
    '',
    '```bash',
    'openclaw status',
    '',
    'openclaw logs --follow   # keep it open',
    '```',
    '',
    '```bash',
    'echo not-under-the-heading-any-more',
    '```',
    '## What to check',
    '```bash',
    'openclaw doctor',
    '```',
    '### Commands to run',
    '```bash',
    'openclaw gateway probe',
    '```',
  ].join('\r\n');
  assert.deepEqual(sectionCommands(md, 'en'), ['openclaw status', 'openclaw logs --follow   # keep it open', 'openclaw gateway probe']);
  assert.deepEqual(sectionCommands(md.replaceAll('Commands to run', COMMANDS_HEADING['zh-CN']), 'zh-CN').length, 3);
});

for (const section of sections) {
  test(`${section.id}: its page lists commands to run, the same in zh-CN and en`, () => {
    const en = sectionCommands(page('en', section.slug), 'en');
    const zh = sectionCommands(page('zh-cn', section.slug), 'zh-CN');
    assert.ok(en.length > 0, `no bash block under "${COMMANDS_HEADING.en}" on the en page`);
    assert.deepEqual(zh.map(withoutComment), en.map(withoutComment), 'the two pages list different commands');
  });
}

test('most sections get a checklist of their own from their commands', () => {
  const own = sections.filter((s) => rungsFor(sectionCommands(page('en', s.slug), 'en')).length > 0);
  // Those without one (commands no reader knows, such as `ls` and `launchctl`) keep the five-command ladder.
  assert.ok(
    own.length >= sections.length - 3,
    `only ${own.length} of ${sections.length}: ${sections.filter((s) => !own.includes(s)).map((s) => s.id)}`,
  );
});
