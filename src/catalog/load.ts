/**
 * Reads and validates the catalog from `content/` (Node only: the site build, tests and the CLI
 * build use it; the browser and the packed CLI get the already-validated JSON).
 * Every problem is collected before failing, each naming file, entry id, field and what to do.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { SectionsFile, SignatureFile, type Catalog, type CatalogEntry } from './schema.ts';

// Resolved from the working directory, not import.meta.url: the site build bundles this module into
// dist/, and npm scripts always run at the package root.
export const DEFAULT_CONTENT_DIR = join(process.cwd(), 'content');

export interface CatalogProblem {
  file: string;
  id?: string;
  field?: string;
  message: string;
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    super(`The signature catalog has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

export function formatProblem(p: CatalogProblem): string {
  const where = [p.file, p.id && `entry "${p.id}"`, p.field && `field "${p.field}"`].filter(Boolean).join(', ');
  return `  - ${where}: ${p.message}`;
}

function zodProblems(file: string, error: z.ZodError, data: unknown): CatalogProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let id: string | undefined;
    let fieldPath = path;
    // Issues inside `signatures[i]` are reported against the entry's id, not its index.
    if (path[0] === 'signatures' && path[1] !== undefined) {
      const entry = (data as { signatures?: Array<{ id?: unknown }> }).signatures?.[Number(path[1])];
      id = typeof entry?.id === 'string' ? entry.id : `#${Number(path[1]) + 1}`;
      fieldPath = path.slice(2);
    }
    return { file, id, field: fieldPath.join('.') || undefined, message: hint(issue) };
  });
}

function hint(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `is required (${issue.message})`;
  if (issue.code === 'unrecognized_keys') return `${issue.message}; remove or rename it (see src/catalog/schema.ts)`;
  return issue.message;
}

function readYaml(path: string, file: string, problems: CatalogProblem[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Loads `content/sections.yaml` and `content/signatures/*.yaml`, or throws a CatalogError listing every problem. */
export function loadCatalog(contentDir: string = DEFAULT_CONTENT_DIR): Catalog {
  const problems: CatalogProblem[] = [];
  const rel = (p: string) => relative(join(contentDir, '..'), p);

  const sectionsPath = join(contentDir, 'sections.yaml');
  const sectionsData = readYaml(sectionsPath, rel(sectionsPath), problems);
  const sectionsParsed = SectionsFile.safeParse(sectionsData);
  if (!sectionsParsed.success) problems.push(...zodProblems(rel(sectionsPath), sectionsParsed.error, sectionsData));
  const sections = sectionsParsed.success ? sectionsParsed.data.sections : [];

  const entries: CatalogEntry[] = [];
  const signaturesDir = join(contentDir, 'signatures');
  for (const name of readdirSync(signaturesDir).filter((n) => n.endsWith('.yaml')).sort()) {
    const path = join(signaturesDir, name);
    const file = rel(path);
    const data = readYaml(path, file, problems);
    if (data === undefined) continue;
    const parsed = SignatureFile.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error, data));
      continue;
    }
    if (`${parsed.data.section}.yaml` !== name) {
      problems.push({ file, field: 'section', message: `is "${parsed.data.section}" but the file is ${name}; name the file after its section` });
    }
    for (const signature of parsed.data.signatures) entries.push({ ...signature, section: parsed.data.section, file });
  }

  if (problems.length > 0) throw new CatalogError(problems);
  return { sections, entries };
}
