import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog, redact } from '../../../src/engine/index.ts';
import {
  decodeShare,
  encodeShare,
  type SharedFinding,
  type SharedReport,
  type ShareSource,
} from '../../../src/components/analyzer/share-link.ts';

/**
 * The share-link codec (src/components/analyzer/share-link.ts): what a link carries survives the
 * round trip, redacted and capped, and a hostile fragment decodes to nothing or to plain data.
 * Properties run with a fixed seed and a bounded number of runs (CI).
 */
const SEED = 20261201;
const MAX_FRAGMENT = 48_000;
const MAX_TEXT = 400;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const compiled = compileCatalog(loadCatalog().entries);
const samplesDir = join(process.cwd(), 'tests/fixtures/samples');

const link = (report: ShareSource) => `#report=${encodeShare(report)}`;
const fragmentOf = (doc: unknown) => `#report=${Buffer.from(JSON.stringify(doc), 'utf8').toString('base64url')}`;
const cap = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** A decoded report is plain data of the documented shape, and nothing else. */
function assertInert(report: SharedReport): void {
  assert.deepEqual(Object.keys(report).sort(), ['dropped', 'findings', 'kinds', 'lines', 'version']);
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.ok(Array.isArray(report.kinds) && report.kinds.length <= 32 && report.kinds.every((k) => typeof k === 'string' && ID.test(k)));
  assert.ok(Number.isSafeInteger(report.lines) && report.lines >= 0);
  assert.ok(Number.isSafeInteger(report.dropped) && report.dropped >= 0);
  assert.ok(report.version === undefined || /^\d{4}\.\d{1,2}\.\d{1,2}(?:-[0-9A-Za-z.]{1,20})?$/.test(report.version));
  assert.ok(report.findings.length <= 200);
  for (const f of report.findings) {
    assert.equal(Object.getPrototypeOf(f), Object.prototype);
    assert.deepEqual(Object.keys(f).sort(), ['count', 'evidence', 'excerpt', 'id', 'lastLine', 'line', 'match', 'matchIndex']);
    assert.ok(ID.test(f.id) && f.id.length <= 80, f.id);
    assert.ok(Number.isSafeInteger(f.line) && f.line >= 0);
    assert.ok(Number.isSafeInteger(f.lastLine) && f.lastLine >= f.line);
    assert.ok(Number.isSafeInteger(f.count) && f.count >= 1);
    assert.ok(typeof f.match === 'string' && f.match.length <= MAX_TEXT);
    assert.ok(typeof f.excerpt === 'string' && f.excerpt.length <= MAX_TEXT);
    assert.ok(f.matchIndex === -1 || (f.matchIndex >= 0 && f.excerpt.startsWith(f.match, f.matchIndex)));
    assert.ok(f.evidence === undefined || (f.evidence.length <= 16 && f.evidence.every((n) => Number.isSafeInteger(n) && n >= 0)));
  }
}

// Findings as the engine makes them: kebab-case ids, 1-based lines with lastLine ≥ line, count ≥ 1.
const findingArb: fc.Arbitrary<SharedFinding> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,4}$/),
    line: fc.integer({ min: 1, max: 1_000_000 }),
    extra: fc.nat({ max: 10_000 }),
    count: fc.integer({ min: 1, max: 100_000 }),
    match: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ minLength: 300, maxLength: 500 }),
      fc.constantFrom(
        'gateway token mismatch',
        'token=sUp3rS3cretT0kenValue',
        'Bearer abcdefghijklmnop',
        '/home/alice/.openclaw',
        '<img src=x onerror=alert(1)>',
      ),
    ),
    before: fc.string({ unit: 'grapheme', maxLength: 80 }),
    after: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ minLength: 300, maxLength: 700 })),
    inExcerpt: fc.boolean(),
    evidence: fc.option(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 24 }), { nil: undefined }),
  })
  .map((r) => {
    const excerpt = r.inExcerpt ? `${r.before}${r.match}${r.after}` : `${r.before}${r.after}`;
    return {
      id: r.id,
      line: r.line,
      lastLine: r.line + r.extra,
      count: r.count,
      match: r.match,
      excerpt,
      matchIndex: r.inExcerpt ? r.before.length : -1,
      evidence: r.evidence,
    };
  });

const reportArb = fc.record({
  kinds: fc.uniqueArray(fc.constantFrom('logs-plain', 'logs-json', 'gateway-status', 'gateway-probe-json', 'connect-frame', 'doctor'), {
    maxLength: 6,
  }),
  lines: fc.nat({ max: 10_000_000 }),
  version: fc.option(fc.constantFrom('2026.4.9', '2026.9.6', '2026.12.1-beta.2'), { nil: undefined }),
  findings: fc.oneof(
    { weight: 4, arbitrary: fc.array(findingArb, { maxLength: 30 }) },
    { weight: 1, arbitrary: fc.array(findingArb, { minLength: 150, maxLength: 260 }) },
  ),
});

test('any report survives encode and decode: every finding redacted and capped, in rank order, none lost silently', () => {
  fc.assert(
    fc.property(reportArb, (report) => {
      const fragment = encodeShare(report);
      assert.ok(fragment.length <= MAX_FRAGMENT, `fragment of ${fragment.length} characters`);
      const decoded = decodeShare(`#report=${fragment}`);
      assert.ok(decoded, 'a link the page made is readable');
      assertInert(decoded);
      assert.deepEqual(decoded.kinds, report.kinds);
      assert.equal(decoded.lines, report.lines);
      assert.equal(decoded.version, report.version);
      assert.equal(decoded.findings.length + decoded.dropped, report.findings.length);
      const withExcerpts = decoded.findings.some((f) => f.excerpt !== '') || report.findings.every((f) => cap(redact(f.excerpt)) === '');
      decoded.findings.forEach((got, i) => {
        const f = report.findings[i]!;
        const match = cap(redact(f.match));
        const excerpt = withExcerpts ? cap(redact(f.excerpt)) : '';
        assert.deepEqual(got, {
          id: f.id,
          line: f.line,
          lastLine: f.lastLine,
          count: f.count,
          match,
          excerpt,
          matchIndex: excerpt ? excerpt.indexOf(match) : -1,
          evidence: f.evidence?.length ? f.evidence.slice(0, 16) : undefined,
        });
      });
    }),
    // Unshrunk on failure: shrinking hundreds of long findings takes minutes; the first counterexample is reported as found.
    { seed: SEED, numRuns: 150, endOnFailure: true },
  );
});

test('every sample report round-trips with its ids, lines and counts', () => {
  for (const name of readdirSync(samplesDir)) {
    const report = analyze(readFileSync(join(samplesDir, name), 'utf8'), compiled);
    const decoded = decodeShare(
      link({ kinds: report.inputKinds, lines: report.lines, version: report.version?.value, findings: report.findings }),
    );
    assert.ok(decoded, name);
    assert.deepEqual(
      decoded.findings.map((f) => [f.id, f.line, f.lastLine, f.count]),
      report.findings.map((f) => [f.id, f.line, f.lastLine, f.count]),
      name,
    );
    assert.deepEqual(decoded.kinds, report.inputKinds, name);
    assert.equal(decoded.dropped, 0, name);
  }
});

test('a link masks secrets even when the report on screen was not redacted', () => {
  const secret = 'sUp3rS3cretT0kenValue';
  const line = `warn gateway unauthorized: gateway token mismatch token=${secret} /home/alice/.openclaw Bearer ${secret}`;
  const report = analyze(line, compiled, { redact: false });
  assert.ok(
    report.findings.some((f) => f.excerpt.includes(secret)),
    'the unredacted report shows the secret',
  );
  const fragment = encodeShare({ kinds: report.inputKinds, lines: report.lines, findings: report.findings });
  const wire = Buffer.from(fragment, 'base64url').toString('utf8');
  assert.ok(!wire.includes(secret));
  assert.ok(!wire.includes('alice'));
});

test('a report too large for one link keeps its first-ranked findings, without excerpts, and counts the rest as dropped', () => {
  const findings = Array.from({ length: 200 }, (_, i) => ({
    id: `entry-${i}`,
    line: i + 1,
    lastLine: i + 1,
    count: 1,
    match: `m${i} ${'x'.repeat(600)}`,
    excerpt: 'y'.repeat(600),
    matchIndex: -1,
  }));
  const fragment = encodeShare({ kinds: ['logs-plain'], lines: 200, findings });
  assert.ok(fragment.length <= MAX_FRAGMENT);
  const decoded = decodeShare(`#report=${fragment}`)!;
  assert.ok(decoded.findings.length > 50 && decoded.findings.length < 200, `${decoded.findings.length} kept`);
  assert.deepEqual(
    decoded.findings.map((f) => f.id),
    findings.slice(0, decoded.findings.length).map((f) => f.id),
  );
  assert.ok(decoded.findings.every((f) => f.excerpt === '' && f.match.length === MAX_TEXT));
  assert.equal(decoded.dropped, 200 - decoded.findings.length);
});

test('findings past the 200 a link carries are counted as dropped', () => {
  const findings = Array.from({ length: 230 }, (_, i) => ({
    id: `e-${i}`,
    line: i,
    lastLine: i,
    count: 1,
    match: 'm',
    excerpt: 'm',
    matchIndex: 0,
  }));
  const decoded = decodeShare(link({ kinds: [], lines: 230, findings }))!;
  assert.equal(decoded.findings.length, 200);
  assert.equal(decoded.dropped, 30);
});

test('a hash without a report is not a share link', () => {
  for (const hash of ['', '#', '#intro', '#reports=abc', '#xreport=abc', '#a=1&reportx=2'])
    assert.equal(decodeShare(hash), undefined, hash);
  assert.notEqual(decodeShare('#a=1&report=abc'), undefined, 'the report may follow other parameters');
});

test('a truncated link is unreadable or plain data, never an error', () => {
  const report = analyze(readFileSync(join(samplesDir, 'gateway-status-stopped.txt'), 'utf8'), compiled);
  const full = link({ kinds: report.inputKinds, lines: report.lines, findings: report.findings });
  for (let end = '#report='.length; end < full.length; end++) {
    const decoded = decodeShare(full.slice(0, end));
    if (decoded) assertInert(decoded);
  }
  assert.equal(decodeShare(full.slice(0, full.length - 7)), null);
});

test('a fragment that is not base64 JSON is unreadable', () => {
  for (const payload of [
    '',
    '%3Cscript%3E',
    '***',
    'a',
    '!!!!',
    Buffer.from('not json').toString('base64url'),
    Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'),
  ]) {
    assert.equal(decodeShare(`#report=${payload}`), null, payload);
  }
});

test('a huge fragment is refused before it is decoded', () => {
  assert.equal(decodeShare(`#report=${'A'.repeat(MAX_FRAGMENT + 1)}`), null);
  const big = fragmentOf({ v: 1, k: [], n: 1, f: [['a', 1, 1, 1, 'x'.repeat(MAX_FRAGMENT), '', -1]] });
  assert.equal(decodeShare(big), null);
});

test('a link of another version, or not a report object, is unreadable', () => {
  for (const doc of [{ v: 2, f: [] }, { v: '1', f: [] }, { f: [] }, { v: 1 }, { v: 1, f: {} }, [1, [], 1], 'report', 42, null, true]) {
    assert.equal(decodeShare(fragmentOf(doc)), null, JSON.stringify(doc));
  }
});

test('findings of the wrong types are dropped and counted; fields of the wrong types fall back', () => {
  const decoded = decodeShare(
    fragmentOf({
      v: 1,
      k: ['gateway-status', 42, null, '<img src=x onerror=alert(1)>', 'UPPER'],
      n: -3,
      r: '<b>2026.4.9</b>',
      d: 'many',
      f: [
        ['auth-token-mismatch', 2, 1, 0, 'm', 'a m b', 2, [3, -1, 'x', 4.5, 5]],
        ['Auth-Token', 1, 1, 1, 'm', 'm', 0],
        ['runtime-stopped', -1, 1, 1, 'm', 'm', 0],
        ['runtime-stopped', 1.5, 1, 1, 'm', 'm', 0],
        ['runtime-stopped', 1, 1, 1, 7, 'm', 0],
        ['runtime-stopped', 1, 1, 1, 'm', 'm', '0'],
        ['runtime-stopped', 1, 1, 1, 'm', 'm', 99, 'evidence'],
        { id: 'runtime-stopped' },
        'runtime-stopped',
        null,
        [],
      ],
    }),
  )!;
  assertInert(decoded);
  assert.deepEqual(decoded.kinds, ['gateway-status']);
  assert.equal(decoded.lines, 0);
  assert.equal(decoded.version, undefined);
  assert.deepEqual(decoded.findings, [
    { id: 'auth-token-mismatch', line: 2, lastLine: 2, count: 1, match: 'm', excerpt: 'a m b', matchIndex: 2, evidence: [3, 5] },
    { id: 'runtime-stopped', line: 1, lastLine: 1, count: 1, match: 'm', excerpt: 'm', matchIndex: -1, evidence: undefined },
  ]);
  assert.equal(decoded.dropped, 9);
});

test('prototype-pollution keys in a link stay plain data and pollute nothing', () => {
  const raw = `{"v":1,"k":["logs-plain"],"n":1,"__proto__":{"polluted":"yes","v":2},"constructor":{"prototype":{"polluted":"yes"}},"f":[["auth-token-mismatch",1,1,1,"__proto__","constructor",-1,{"__proto__":{"polluted":"yes"}}]]}`;
  const decoded = decodeShare(`#report=${Buffer.from(raw).toString('base64url')}`)!;
  assertInert(decoded);
  assert.equal(decoded.findings[0]!.match, '__proto__');
  assert.equal(decoded.findings[0]!.evidence, undefined);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.equal((Object.prototype as Record<string, unknown>)['polluted'], undefined);
});

test('HTML in a link is kept as text: ids and kinds that carry it are dropped, matches and excerpts stay strings', () => {
  const payload = '<img src=x onerror="window.__xss=1">';
  const decoded = decodeShare(
    fragmentOf({
      v: 1,
      k: ['<script>'],
      n: 2,
      f: [
        ['auth-token-mismatch', 2, 2, 1, `<script>${payload}</script>`, payload, 0],
        [`"><svg onload=alert(1)>`, 1, 1, 1, 'a', 'a', 0],
      ],
    }),
  )!;
  assertInert(decoded);
  assert.deepEqual(decoded.kinds, []);
  assert.equal(decoded.findings.length, 1);
  assert.equal(decoded.findings[0]!.excerpt, payload);
  assert.equal(decoded.findings[0]!.matchIndex, -1, 'an index that does not point at the match is not trusted');
  assert.equal(decoded.dropped, 1);
});

test('any JSON in a link decodes to null or to plain data, without throwing', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => {
      const decoded = decodeShare(fragmentOf(doc));
      if (decoded) assertInert(decoded);
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('near-valid reports with fields of any type decode to plain data, without throwing', () => {
  const field = fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.double(),
    fc.string({ maxLength: 8 }),
    fc.constant(null),
    fc.constant('auth-token-mismatch'),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const entry = fc.oneof(
    fc.array(field, { maxLength: 9 }),
    fc.tuple(
      fc.constant('auth-token-mismatch'),
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.string(),
      fc.string(),
      fc.integer({ min: -2, max: 10 }),
      field,
    ),
  );
  fc.assert(
    fc.property(fc.record({ v: fc.constant(1), k: field, n: field, r: field, d: field, f: fc.array(entry, { maxLength: 12 }) }), (doc) => {
      const decoded = decodeShare(fragmentOf(doc));
      assert.ok(decoded, 'a version 1 document with a findings list is read');
      assertInert(decoded);
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('any hash at all decodes without throwing', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (text, prefixed) => {
      const decoded = decodeShare(prefixed ? `#report=${text}` : text);
      if (decoded) assertInert(decoded);
    }),
    { seed: SEED, numRuns: 500 },
  );
});
