/**
 * Recall: how much of what it should name the engine names. Over the lab's real captures (each
 * scenario's expected ids, per release) and the catalog's own examples (each `examples.match` text
 * must yield its id), per section: recognised / total, plus how many captured lines are problem-looking
 * lines no signature explains ("not in the catalog yet") and the false alarms on the captures.
 */
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { checkFindings, labCaptures } from '../lab/fixtures.ts';
import { stepMain } from './util.ts';

export interface RecallResult {
  sections: Array<{ section: string; labExpected: number; labFound: number; examples: number; examplesFound: number }>;
  lab: { captures: number; expected: number; found: number; unexpected: number; unrecognizedLines: number; releases: string[] };
  examples: { total: number; found: number };
}

export function runRecall(): RecallResult {
  const catalog = loadCatalog();
  const compiled = compileCatalog(catalog.entries);
  const sectionOf = new Map(catalog.entries.map((e) => [e.id, e.section]));
  const bySection = new Map<string, RecallResult['sections'][number]>();
  const row = (section: string) => {
    let r = bySection.get(section);
    if (!r) bySection.set(section, (r = { section, labExpected: 0, labFound: 0, examples: 0, examplesFound: 0 }));
    return r;
  };
  const lab = { captures: 0, expected: 0, found: 0, unexpected: 0, unrecognizedLines: 0, releases: [] as string[] };
  const releases = new Set<string>();
  for (const capture of labCaptures()) {
    const report = analyze(capture.text, compiled);
    lab.captures++;
    releases.add(capture.release);
    lab.unrecognizedLines += report.unrecognized.reduce((n, u) => n + u.count, 0);
    lab.unexpected += checkFindings(capture, report.findings).filter((p) => p.startsWith('unexpected')).length;
    const ids = new Set(report.findings.map((f) => f.id));
    for (const e of capture.expect) {
      const r = row(sectionOf.get(e.id) ?? '?');
      r.labExpected++;
      lab.expected++;
      if (ids.has(e.id)) {
        r.labFound++;
        lab.found++;
      }
    }
  }
  lab.releases = [...releases].sort();
  const examples = { total: 0, found: 0 };
  for (const entry of catalog.entries) {
    const r = row(entry.section);
    for (const text of entry.examples.match) {
      r.examples++;
      examples.total++;
      if (analyze(text, compiled).findings.some((f) => f.id === entry.id)) {
        r.examplesFound++;
        examples.found++;
      }
    }
  }
  return { sections: [...bySection.values()].sort((a, b) => a.section.localeCompare(b.section)), lab, examples };
}

await stepMain(import.meta.url, runRecall, (r) =>
  [
    `lab: ${r.lab.found}/${r.lab.expected} expected findings on ${r.lab.captures} captures (${r.lab.releases.join(', ')}), ${r.lab.unexpected} unexpected, ${r.lab.unrecognizedLines} lines not in the catalog yet`,
    `examples: ${r.examples.found}/${r.examples.total}`,
    ...r.sections.map((s) => `  ${s.section}: lab ${s.labFound}/${s.labExpected}, examples ${s.examplesFound}/${s.examples}`),
  ].join('\n'),
);
