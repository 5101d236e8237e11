/**
 * The staged catalog check (after rustc's tidy): every stage runs and every problem is collected,
 * each saying where and what to do. Stages: 1 load and schema, 2 ids and references, 3 regexes,
 * 4 examples through the real engine.
 */
import { analyze, compileCatalog, CONTRADICTIONS, RULES } from '../engine/index.ts';
import { CatalogError, loadCatalog, type CatalogProblem } from './load.ts';
import type { Catalog } from './schema.ts';

export interface CheckResult {
  catalog?: Catalog;
  problems: Array<CatalogProblem & { stage: number }>;
}

export function checkCatalog(contentDir?: string): CheckResult {
  let catalog: Catalog;
  try {
    catalog = loadCatalog(contentDir);
  } catch (error) {
    if (error instanceof CatalogError) return { problems: error.problems.map((p) => ({ ...p, stage: 1 })) };
    throw error;
  }
  const problems: CheckResult['problems'] = [];
  const add = (stage: number, p: CatalogProblem) => problems.push({ ...p, stage });

  // Stage 2: ids unique, references resolve, every section has its file and vice versa.
  const sectionIds = new Set(catalog.sections.map((s) => s.id));
  const seen = new Map<string, string>();
  for (const e of catalog.entries) {
    const other = seen.get(e.id);
    if (other) add(2, { file: e.file, id: e.id, field: 'id', message: `is also used in ${other}; ids are unique across the catalog (choose a more specific one)` });
    seen.set(e.id, e.file);
  }
  for (const e of catalog.entries) {
    if (!sectionIds.has(e.section)) add(2, { file: e.file, field: 'section', message: `"${e.section}" is not in content/sections.yaml; add it there or rename the file` });
    for (const r of e.related) if (!seen.has(r)) add(2, { file: e.file, id: e.id, field: 'related', message: `"${r}" is not a signature id` });
    for (const s of e.alsoIn) if (!sectionIds.has(s)) add(2, { file: e.file, id: e.id, field: 'alsoIn', message: `"${s}" is not a section id` });
    if (e.match.rule && !(e.match.rule in RULES)) add(2, { file: e.file, id: e.id, field: 'match.rule', message: `"${e.match.rule}" is not a rule in src/engine/combine.ts (known: ${Object.keys(RULES).join(', ')})` });
    if (e.match.unless && !(e.match.unless in CONTRADICTIONS)) add(2, { file: e.file, id: e.id, field: 'match.unless', message: `"${e.match.unless}" is not a contradiction in src/engine/combine.ts (known: ${Object.keys(CONTRADICTIONS).join(', ')})` });
    if (e.versions?.since && e.versions.until && e.versions.since === e.versions.until) add(2, { file: e.file, id: e.id, field: 'versions', message: 'since and until are equal; until is the first release without it' });
  }
  for (const s of catalog.sections) {
    if (!catalog.entries.some((e) => e.section === s.id)) add(2, { file: 'content/sections.yaml', id: s.id, message: `section has no signatures; add content/signatures/${s.id}.yaml` });
  }

  // Stage 3: regexes compile.
  let regexOk = true;
  for (const e of catalog.entries) {
    if (!e.match.regex) continue;
    try {
      new RegExp(e.match.regex, 'd');
    } catch (error) {
      regexOk = false;
      add(3, { file: e.file, id: e.id, field: 'match.regex', message: `does not compile: ${(error as Error).message}` });
    }
  }
  if (!regexOk) return { catalog, problems };

  // Stage 4: examples are tests. A match example yields its own id and no other specific id.
  const compiled = compileCatalog(catalog.entries);
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  for (const e of catalog.entries) {
    e.examples.match.forEach((text, i) => {
      const ids = analyze(text, compiled).findings.map((f) => f.id);
      if (!ids.includes(e.id)) {
        add(4, { file: e.file, id: e.id, field: `examples.match[${i}]`, message: `does not yield "${e.id}" (got: ${ids.join(', ') || 'nothing'}); fix the literals/regex/codes or the example` });
        return;
      }
      // Conclusions legitimately co-occur with the signals they are drawn from.
      if (e.match.rule) return;
      const others = ids.filter((id) => id !== e.id && !byId.get(id)?.generic && !byId.get(id)?.match.rule);
      if (others.length > 0) add(4, { file: e.file, id: e.id, field: `examples.match[${i}]`, message: `also yields ${others.map((o) => `"${o}"`).join(', ')}; make one of the entries more specific (or mark the catch-all generic)` });
    });
    e.examples.nomatch.forEach((text, i) => {
      if (analyze(text, compiled).findings.some((f) => f.id === e.id)) add(4, { file: e.file, id: e.id, field: `examples.nomatch[${i}]`, message: `yields "${e.id}" but must not; tighten the literals or regex` });
    });
  }
  return { catalog, problems };
}
