/** The catalog's wire form: what the site serves and the CLI embeds decodes back to the catalog itself. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArtifactError, buildArtifact, decodeCatalog, decodeRules, type RulesFile, type TextsFile } from '../../../src/catalog/artifact.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import { LOCALES } from '../../../src/present/locale.ts';

const catalog = loadCatalog();
// Through JSON, as the browser and the CLI bundle receive it.
const wire = JSON.parse(JSON.stringify(buildArtifact(catalog))) as ReturnType<typeof buildArtifact>;

for (const locale of LOCALES) {
  test(`every entry decodes to its catalog fields in ${locale}`, () => {
    const decoded = decodeCatalog(wire.rules, wire.texts[locale]);
    assert.equal(decoded.entries.length, catalog.entries.length);
    for (const source of catalog.entries) {
      const e = decoded.byId.get(source.id);
      assert.ok(e, `${source.id} is missing`);
      assert.deepEqual(
        { ...e, match: { ...e.match } },
        {
          id: source.id,
          section: source.section,
          severity: source.severity,
          generic: source.generic,
          match: Object.fromEntries(Object.entries(source.match).filter(([, v]) => v !== undefined)),
          commands: source.commands,
          related: source.related,
          retired: source.retired,
          versions: source.versions
            ? { since: source.versions.since, until: source.versions.until, note: source.versions.note?.[locale] }
            : undefined,
          title: source.title[locale],
          meaning: source.meaning[locale],
          fix: source.fix[locale],
          versionAdvice: source.versionAdvice.map((a) => ({
            ...(a.since ? { since: a.since } : {}),
            ...(a.until ? { until: a.until } : {}),
            advice: a.advice[locale],
          })),
        },
        source.id,
      );
    }
    assert.deepEqual(
      decoded.sections.map((s) => s.title),
      catalog.sections.map((s) => s.title[locale]),
    );
  });
}

test('the rules alone analyse exactly as the full catalog does', () => {
  const fromRules = compileCatalog(decodeRules(wire.rules));
  const fromCatalog = compileCatalog(catalog.entries);
  for (const e of catalog.entries.slice(0, 60)) {
    for (const text of e.examples.match)
      assert.deepEqual(analyze(text, fromRules).findings, analyze(text, fromCatalog).findings, `${e.id}: ${text}`);
  }
});

test('the wire form leaves defaults out', () => {
  const plain = wire.rules.entries.find((r) => !r.generic && !r.retired && !r.match.codes);
  assert.ok(plain);
  assert.ok(!('generic' in plain) && !('retired' in plain) && !('codes' in plain.match) && !('ignoreCase' in plain.match));
});

test('a file of another format version is refused with a sentence that says what to do', () => {
  const rules = { ...wire.rules, version: 2 } as unknown as RulesFile;
  assert.throws(() => decodeRules(rules), new ArtifactError('rules.json: catalog format 2, expected 1 (rebuild)'));
  const texts = { ...wire.texts.en, version: 0 } as unknown as TextsFile;
  assert.throws(() => decodeCatalog(wire.rules, texts), new ArtifactError('en.json: catalog format 0, expected 1 (rebuild)'));
});

test('rules and texts from different builds are refused', () => {
  const { [catalog.entries[0]!.id]: _gone, ...rest } = wire.texts['zh-CN'].texts;
  assert.throws(
    () => decodeCatalog(wire.rules, { ...wire.texts['zh-CN'], texts: rest }),
    new ArtifactError(`zh-CN.json: no texts for ${catalog.entries[0]!.id} (rules and texts of different builds)`),
  );
});
