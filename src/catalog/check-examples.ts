/**
 * Stage 4 of the catalog check: examples are tests. Every `examples.match` text, analysed alone by
 * the real engine, yields its own id and no other specific id; no `examples.nomatch` text yields it.
 * On the way it records which structured codes each example made the engine emit, for stage 5.
 */
import { analyze, compileCatalog, type MatchableEntry } from '../engine/index.ts';
import type { CatalogProblem } from './load.ts';
import type { Catalog, CatalogEntry } from './schema.ts';

/** One example text, where it is written, and the codes the engine emitted while reading it. */
export interface ExampleRun {
  entry: CatalogEntry;
  field: string;
  /** `match` examples must yield the entry; `nomatch` ones must not. */
  kind: 'match' | 'nomatch';
  codes: string[];
}

/**
 * The engine looks up every structured code it reads in the compiled catalog's `byCode` index
 * (src/engine/analyze.ts), owned or not; an index that notes each lookup shows which codes an
 * example made it emit, without touching the engine. Were the engine ever to stop asking, no code
 * would look emitted and stage 5 would fail loudly, not pass quietly.
 */
class CodeLookups extends Map<string, MatchableEntry[]> {
  readonly asked = new Set<string>();
  override get(code: string): MatchableEntry[] | undefined {
    this.asked.add(code);
    return super.get(code);
  }
}

export function exampleProblems(catalog: Catalog): { problems: CatalogProblem[]; runs: ExampleRun[] } {
  const compiled = compileCatalog(catalog.entries);
  const lookups = new CodeLookups(compiled.byCode);
  compiled.byCode = lookups;
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  const problems: CatalogProblem[] = [];
  const runs: ExampleRun[] = [];
  const run = (entry: CatalogEntry, kind: ExampleRun['kind'], i: number, text: string): string[] => {
    lookups.asked.clear();
    const ids = analyze(text, compiled).findings.map((f) => f.id);
    runs.push({ entry, field: `examples.${kind}[${i}]`, kind, codes: [...lookups.asked] });
    return ids;
  };

  for (const e of catalog.entries) {
    e.examples.match.forEach((text, i) => {
      const ids = run(e, 'match', i, text);
      const where = { file: e.file, id: e.id, field: `examples.match[${i}]` };
      if (!ids.includes(e.id)) {
        problems.push({
          ...where,
          message: `does not yield "${e.id}" (got: ${ids.join(', ') || 'nothing'}); fix the literals/regex/codes or the example`,
        });
        return;
      }
      // Conclusions legitimately co-occur with the signals they are drawn from.
      if (e.match.rule) return;
      const others = ids.filter((id) => id !== e.id && !byId.get(id)?.generic && !byId.get(id)?.match.rule);
      if (others.length > 0)
        problems.push({
          ...where,
          message: `also yields ${others.map((o) => `"${o}"`).join(', ')}; make one of the entries more specific (or mark the catch-all generic)`,
        });
    });
    e.examples.nomatch.forEach((text, i) => {
      if (run(e, 'nomatch', i, text).includes(e.id))
        problems.push({
          file: e.file,
          id: e.id,
          field: `examples.nomatch[${i}]`,
          message: `yields "${e.id}" but must not; tighten the literals or regex`,
        });
    });
  }
  return { problems, runs };
}
