/**
 * Small catalogs written to a temp dir for the checker's tests: `content/sections.yaml` and
 * `content/signatures/*.yaml` under a fresh directory, so problem messages name
 * `content/signatures/demo.yaml` exactly as they do for the real catalog.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCatalog, type CheckOptions } from '../../../src/catalog/check.ts';
import { formatProblem } from '../../../src/catalog/load.ts';

export const DEMO_SECTION = 'sections:\n  - id: demo\n    slug: sections/demo\n    title: { zh-CN: 演示, en: Demo }\n';

/** One valid entry in YAML, indented for a `signatures:` list; `extra` lines are added under it. */
export function demoEntry(id: string, literal: string, extra = ''): string {
  return `  - id: ${id}
    severity: error
    match: { literals: ["${literal}"] }
    title: { zh-CN: 标题, en: Title }
    meaning: { zh-CN: 含义, en: Meaning }
    fix: { zh-CN: [修复], en: [Fix] }
    examples: { match: ["${literal} on a line"] }
${extra}`;
}

/** Writes the files (paths relative to `content/`) and returns the content dir. */
export function writeCatalog(files: Record<string, string>): string {
  const content = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'content');
  mkdirSync(join(content, 'signatures'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, name), text);
  return content;
}

/**
 * The check's problems on a small catalog, as the check script prints them, each with its stage.
 * Small catalogs are partial (they do not own the engine's whole vocabulary) unless said otherwise.
 */
export async function problemsOf(files: Record<string, string>, options: CheckOptions = { partial: true }): Promise<string[]> {
  const { problems } = await checkCatalog(writeCatalog(files), options);
  return problems.map((p) => `[stage ${p.stage}]${formatProblem(p).slice(3)}`);
}
