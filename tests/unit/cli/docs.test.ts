/**
 * The CLI's documentation says what the CLI does: `--help` in both languages, the README and both
 * CLI pages list every option `src/cli/args.ts` accepts, and the pages and the README link the JSON
 * Schema of `--format json`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTED_OPTIONS } from '../../../src/cli/args.ts';
import { CLI_OUTPUT_SCHEMA_PATH } from '../../../src/cli/output-schema.ts';
import { t } from '../../../src/i18n/index.ts';

const repo = process.cwd();
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const DOCS = {
  'README.md': read('README.md'),
  'the English CLI page': read('src/content/docs/en/tools/cli.mdx'),
  'the Chinese CLI page': read('src/content/docs/zh-cn/tools/cli.mdx'),
  // `--help` prints the general help and then collect's.
  '--help in English': `${t('en', 'cli.help')}\n${t('en', 'cli.help.collect')}`,
  '--help in Chinese': `${t('zh-CN', 'cli.help')}\n${t('zh-CN', 'cli.help.collect')}`,
};

/** `--color` mentioned on its own, not as part of `--colorful` or `--no-color`. */
const mentions = (text: string, option: string) => new RegExp(`(?<![\\w-])${option}(?![\\w-])`).test(text);

describe('every option is documented', () => {
  test('the CLI accepts the options the docs are checked for', () => {
    assert.deepEqual(DOCUMENTED_OPTIONS, [
      '--format',
      '--lang',
      '--docs-url',
      '--fail-on',
      '--section',
      '--timeout',
      '--out',
      '--profile',
      '--url',
      '-f',
      '--follow',
      '--color',
      '--no-color',
      '--no-redact',
      '-h',
      '--help',
      '-V',
      '--version',
    ]);
  });

  for (const [where, text] of Object.entries(DOCS)) {
    test(`in ${where}`, () => {
      assert.deepEqual(
        DOCUMENTED_OPTIONS.filter((o) => !mentions(text, o)),
        [],
        `options missing from ${where}`,
      );
    });
  }
});

describe('the JSON Schema of --format json is linked', () => {
  for (const where of ['the English CLI page', 'the Chinese CLI page'] as const) {
    test(`from ${where}, as a link to the site's own route`, () => {
      assert.ok(DOCS[where].includes(`](${CLI_OUTPUT_SCHEMA_PATH})`), `${where} links ${CLI_OUTPUT_SCHEMA_PATH}`);
    });
  }

  test('from the README, with the module it is generated from', () => {
    assert.match(DOCS['README.md'], /\]\(https:\/\/[^)]+\/cli-output\.schema\.json\)/);
    assert.ok(DOCS['README.md'].includes('](src/cli/output-schema.ts)'));
  });
});
