import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatSize,
  hasSharedReport,
  LARGE_FILE,
  LARGE_PASTE,
  largePaste,
  openedFile,
  sampleText,
  sharedLink,
  typedText,
} from '../../../src/components/analyzer/input-sources.ts';
import { decodeShare, encodeShare } from '../../../src/components/analyzer/share-link.ts';

/** Every way text reaches the analyzer becomes one Input (src/components/analyzer/input-sources.ts). */

test('typed text is analysed as it is, leaving the box and the note alone', () => {
  assert.deepEqual(typedText('listen EADDRINUSE'), { source: { text: 'listen EADDRINUSE' } });
});

test('a paste up to 2 MB is left to the paste box', () => {
  assert.equal(largePaste('x'.repeat(LARGE_PASTE)), undefined);
  assert.equal(largePaste(''), undefined);
});

test('a larger paste is analysed without being shown, with a note of its size', () => {
  const text = 'x'.repeat(LARGE_PASTE + 1);
  const input = largePaste(text)!;
  assert.equal(input.source.text, text);
  assert.equal(input.box, '');
  assert.deepEqual(input.note, { key: 'analyzer.paste.large', params: { size: '2.0 MB' } });
});

test('a small file is read into the box, with a note of its name and size', async () => {
  const input = await openedFile(new File(['2026-04-09 error listen EADDRINUSE\n'], 'gateway.log'));
  assert.deepEqual(input, {
    source: { text: '2026-04-09 error listen EADDRINUSE\n' },
    box: '2026-04-09 error listen EADDRINUSE\n',
    note: { key: 'analyzer.file.loaded', params: { name: 'gateway.log', size: '1 KB' } },
  });
});

test('a file over 2 MB is streamed to the worker as the file, and the box is emptied', async () => {
  const file = new File([new Uint8Array(LARGE_FILE + 1)], 'big.jsonl');
  const input = await openedFile(file);
  assert.equal(input.source.file, file);
  assert.equal(input.source.text, undefined);
  assert.equal(input.box, '');
  assert.deepEqual(input.note, { key: 'analyzer.file.streamed', params: { name: 'big.jsonl', size: '2.0 MB' } });
});

test('sizes read in KB (at least 1) below a megabyte and in MB with one decimal above', () => {
  assert.equal(formatSize(0), '1 KB');
  assert.equal(formatSize(1536), '2 KB');
  assert.equal(formatSize(1 << 20), '1.0 MB');
  assert.equal(formatSize(20_000_000), '19.1 MB');
});

test('a sample fills the box and names itself in the note', () => {
  const input = sampleText('logs-plain.txt', { 'logs-plain.txt': 'a\nb\n' });
  assert.deepEqual(input, {
    source: { text: 'a\nb\n' },
    box: 'a\nb\n',
    note: { key: 'analyzer.sample.loaded', params: { name: 'logs-plain.txt' } },
  });
});

test('a sample name that is not among the samples gives nothing, inherited names included', () => {
  const samples = { 'logs-plain.txt': 'a' };
  for (const name of ['missing.txt', 'constructor', '__proto__', 'toString']) assert.equal(sampleText(name, samples), undefined, name);
});

test('a hash without a report is no share link, and loads no codec', () => {
  assert.equal(sharedLink(''), undefined);
  assert.equal(sharedLink('#section-2'), undefined);
});

test('a share link is decoded into a shared input; an unreadable one gives null', async () => {
  const fragment = encodeShare({
    kinds: ['logs-plain'],
    lines: 1,
    findings: [
      { id: 'port-in-use-eaddrinuse', line: 1, lastLine: 1, count: 1, match: 'EADDRINUSE', excerpt: 'listen EADDRINUSE', matchIndex: 7 },
    ],
  });
  const input = await sharedLink(`#report=${fragment}`);
  assert.equal(input?.shared?.findings[0]?.id, 'port-in-use-eaddrinuse');
  assert.deepEqual(await sharedLink('#report=%3Cscript%3E'), { shared: null });
});

test('the cheap share-link test agrees with the codec on any hash', () => {
  const hash = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .tuple(
        fc.constantFrom('', '#', '#a=1&', '&', '#x', 'report', '#report'),
        fc.constantFrom('report=', 'report', 'reports=', '=report=', ''),
        fc.string({ maxLength: 20 }),
      )
      .map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(hash, (h) => assert.equal(hasSharedReport(h), decodeShare(h) !== undefined, h)),
    { seed: 20261201, numRuns: 1000 },
  );
});
