/**
 * Stages 5 and 6 of the catalog check: structured codes and rules, between the catalog and the engine.
 * - Stage 5 (codes, proven by examples): every code an entry owns is emitted by the engine on one of
 *   that entry's own examples, and every code an example makes the engine emit is owned by an entry.
 * - Stage 6 (the engine's vocabulary): every code the engine names in its source and every rule it
 *   concludes is owned by an entry. A catalog that is not meant to cover the engine (a test's small
 *   fixture) skips it.
 */
import { RULES } from '../engine/index.ts';
import type { ExampleRun } from './check-examples.ts';
import type { EngineVocabulary } from './engine-vocabulary.ts';
import type { CatalogProblem } from './load.ts';
import type { Catalog } from './schema.ts';

export function codeProblems(catalog: Catalog, runs: ExampleRun[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const owned = new Set(catalog.entries.flatMap((e) => e.match.codes));
  for (const e of catalog.entries) {
    for (const code of e.match.codes) {
      const shown = runs.some((r) => r.entry === e && r.kind === 'match' && r.codes.includes(code));
      if (!shown) {
        problems.push({
          file: e.file,
          id: e.id,
          field: 'match.codes',
          message: `"${code}" is never emitted by the engine on this entry's examples; add an example in the structured form that carries it (a connect \`res\` frame, a \`--json\` document, \`system heartbeat last\`, …) or remove the code`,
        });
      }
    }
  }
  const reported = new Set<string>();
  for (const r of runs) {
    for (const code of r.codes) {
      if (owned.has(code) || reported.has(code)) continue;
      reported.add(code);
      problems.push({
        file: r.entry.file,
        id: r.entry.id,
        field: r.field,
        message: `makes the engine emit code "${code}", which no entry owns; add it to the codes of the entry that explains it, or add an entry for it`,
      });
    }
  }
  return problems;
}

export function engineCoverageProblems(catalog: Catalog, vocabulary: EngineVocabulary): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const owned = new Set(catalog.entries.flatMap((e) => e.match.codes));
  const reported = new Set<string>();
  for (const n of vocabulary.named) {
    if (owned.has(n.code) || reported.has(n.code)) continue;
    reported.add(n.code);
    problems.push({
      file: `${n.file}:${n.line}`,
      message: `the engine emits code "${n.code}" when it reads ${n.inputs.join(' or ') || 'its input'} (${n.reader}), and no entry owns it; add an entry with \`codes: [${n.code}]\` and an example that makes the engine emit it, or add the code to the entry that explains it`,
    });
  }
  for (const u of vocabulary.unlisted) {
    problems.push({
      file: `${u.file}:${u.line}`,
      message: `${u.reader} builds a code at run time (\`${u.expression}\`) that the check cannot list, so no entry can be proven to own each value; name the codes (string literals, or a template narrowed to literals by an \`if\`) or pass the input's own code through`,
    });
  }
  const ownedRules = new Set(catalog.entries.flatMap((e) => (e.match.rule ? [e.match.rule] : [])));
  for (const rule of Object.keys(RULES)) {
    if (ownedRules.has(rule)) continue;
    const place = vocabulary.rules.find((r) => r.rule === rule);
    problems.push({
      file: place ? `${place.file}:${place.line}` : 'src/engine/combine.ts',
      message: `the engine concludes rule "${rule}", and no entry owns it, so the conclusion is never reported; add an entry with \`match: { rule: ${rule} }\``,
    });
  }
  return problems;
}
