/**
 * Stage 2 of the catalog check: ids are unique, every reference resolves (related ids, sections,
 * combination rules, contradictions), every section has signatures, and every version range is in
 * release order.
 */
import { compareReleases, CONTRADICTIONS, RULES } from '../engine/index.ts';
import type { CatalogProblem } from './load.ts';
import type { Catalog, CatalogEntry } from './schema.ts';

export function referenceProblems(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const sectionIds = new Set(catalog.sections.map((s) => s.id));
  const fileOf = new Map<string, string>();
  for (const e of catalog.entries) {
    const other = fileOf.get(e.id);
    if (other)
      problems.push({
        file: e.file,
        id: e.id,
        field: 'id',
        message: `is also used in ${other}; ids are unique across the catalog (choose a more specific one)`,
      });
    else fileOf.set(e.id, e.file);
  }
  for (const e of catalog.entries) {
    if (!sectionIds.has(e.section))
      problems.push({
        file: e.file,
        field: 'section',
        message: `"${e.section}" is not in content/sections.yaml; add it there or rename the file`,
      });
    for (const r of e.related)
      if (!fileOf.has(r)) problems.push({ file: e.file, id: e.id, field: 'related', message: `"${r}" is not a signature id` });
    for (const s of e.alsoIn)
      if (!sectionIds.has(s)) problems.push({ file: e.file, id: e.id, field: 'alsoIn', message: `"${s}" is not a section id` });
    if (e.match.rule && !(e.match.rule in RULES))
      problems.push({
        file: e.file,
        id: e.id,
        field: 'match.rule',
        message: `"${e.match.rule}" is not a rule in src/engine/combine.ts (known: ${Object.keys(RULES).join(', ')})`,
      });
    if (e.match.unless && !(e.match.unless in CONTRADICTIONS))
      problems.push({
        file: e.file,
        id: e.id,
        field: 'match.unless',
        message: `"${e.match.unless}" is not a contradiction in src/engine/combine.ts (known: ${Object.keys(CONTRADICTIONS).join(', ')})`,
      });
    problems.push(...rangeProblems(e));
  }
  for (const s of catalog.sections) {
    if (!catalog.entries.some((e) => e.section === s.id))
      problems.push({ file: 'content/sections.yaml', id: s.id, message: `section has no signatures; add content/signatures/${s.id}.yaml` });
  }
  return problems;
}

/**
 * `since` must come before `until` in CalVer order (`2026.4.9` < `2026.4.20`, a `-beta.1` before its
 * release): `until` is the first release without it, so an equal or earlier one leaves no release at all.
 */
function rangeProblems(e: CatalogEntry): CatalogProblem[] {
  const ranges = [
    { field: 'versions', range: e.versions },
    ...e.versionAdvice.map((range, i) => ({ field: `versionAdvice[${i}]`, range })),
  ];
  return ranges.flatMap(({ field, range }) =>
    range?.since && range.until && compareReleases(range.since, range.until) >= 0
      ? [
          {
            file: e.file,
            id: e.id,
            field,
            message: `since ${range.since} is not before until ${range.until}, so no release is in the range; until is the first release without it (swap or fix them)`,
          },
        ]
      : [],
  );
}
