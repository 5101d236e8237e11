/**
 * The staged catalog check (after rustc's tidy): every stage that can run runs, and every problem
 * is collected, each saying where and what to do. A stage is skipped only when an earlier one makes
 * it meaningless or unsafe (a regex that does not compile or can blow up is never run on examples).
 */
import { codeProblems, engineCoverageProblems } from './check-codes.ts';
import { exampleProblems } from './check-examples.ts';
import { referenceProblems } from './check-references.ts';
import { regexProblems } from './check-regexes.ts';
import { readEngineVocabulary } from './engine-vocabulary.ts';
import { CatalogError, loadCatalog, type CatalogProblem } from './load.ts';
import type { Catalog } from './schema.ts';

/** The stages, by number, as the check script prints them. */
export const STAGES = {
  1: 'load and schema (strict fields, types, presets)',
  2: 'ids, references and version ranges',
  3: 'regexes compile and cannot backtrack catastrophically',
  4: 'examples through the engine',
  5: "codes: each owned code is emitted on the entry's examples, each emitted code is owned",
  6: "the engine's vocabulary: every code it names and every rule it concludes is owned",
} as const;
export type Stage = keyof typeof STAGES;

export interface CheckOptions {
  /**
   * A catalog that is not meant to explain everything the engine emits (a test's small fixture):
   * stage 6, which holds the catalog to the whole engine, is skipped.
   */
  partial?: boolean;
}

export interface CheckResult {
  catalog?: Catalog;
  problems: Array<CatalogProblem & { stage: Stage }>;
  /** Stages that did not run, and why. */
  skipped: Array<{ stage: Stage; reason: string }>;
}

export async function checkCatalog(contentDir?: string, options: CheckOptions = {}): Promise<CheckResult> {
  let catalog: Catalog;
  try {
    catalog = loadCatalog(contentDir);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    const later = ([2, 3, 4, 5, 6] as const).map((stage) => ({ stage, reason: 'the catalog does not load' }));
    return { problems: error.problems.map((p) => ({ ...p, stage: 1 as const })), skipped: later };
  }
  const problems: CheckResult['problems'] = [];
  const skipped: CheckResult['skipped'] = [];
  const add = (stage: Stage, list: CatalogProblem[]) => problems.push(...list.map((p) => ({ ...p, stage })));

  add(2, referenceProblems(catalog));
  const regexes = await regexProblems(catalog);
  add(3, regexes);
  if (regexes.length > 0) {
    skipped.push({ stage: 4, reason: 'a regex is broken or unsafe' }, { stage: 5, reason: 'a regex is broken or unsafe' });
  } else {
    const examples = exampleProblems(catalog);
    add(4, examples.problems);
    add(5, codeProblems(catalog, examples.runs));
  }
  if (options.partial) skipped.push({ stage: 6, reason: 'a partial catalog' });
  else add(6, engineCoverageProblems(catalog, readEngineVocabulary()));
  return { catalog, problems, skipped };
}
