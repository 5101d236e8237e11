/**
 * Stage 3 of the catalog check: every regex compiles as the engine compiles it, and none can
 * backtrack catastrophically (recheck proves it; one at a time, since its fuzzer is CPU-bound and two
 * in parallel on two cores time out).
 */
import type { CatalogProblem } from './load.ts';
import { MAKE_IT_LINEAR, unsafeRegexReason } from './regex-safety.ts';
import type { Catalog } from './schema.ts';

export async function regexProblems(catalog: Catalog): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  for (const e of catalog.entries) {
    const source = e.match.regex;
    if (source === undefined) continue;
    const flags = e.match.ignoreCase ? 'i' : '';
    const where = { file: e.file, id: e.id, field: 'match.regex' };
    try {
      new RegExp(source, `d${flags}`);
    } catch (error) {
      problems.push({ ...where, message: `does not compile: ${(error as Error).message}` });
      continue;
    }
    const unsafe = await unsafeRegexReason(source, flags);
    if (unsafe) problems.push({ ...where, message: `${unsafe}; ${MAKE_IT_LINEAR}` });
  }
  return problems;
}
