// Prints the engine's findings for every sample as the expectations fixture, for review after a
// catalog change: `npx node scripts/sample-expectations.ts > tests/fixtures/sample-expectations.json`.
// Review the diff (`git diff tests/fixtures`) before committing: the fixture is the spec.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../src/catalog/load.ts';
import { analyze, compileCatalog } from '../src/engine/index.ts';

const dir = join(process.cwd(), 'tests/fixtures/samples');
const compiled = compileCatalog(loadCatalog().entries);
const expectations: Record<string, { kinds: string[]; findings: Array<[string, number, number]> }> = {};
for (const file of readdirSync(dir).sort()) {
  const report = analyze(readFileSync(join(dir, file), 'utf8'), compiled);
  expectations[file] = { kinds: report.inputKinds, findings: report.findings.map((f) => [f.id, f.line, f.count]) };
}
console.log(JSON.stringify(expectations, null, 1).replace(/\[\n\s+"([^"]+)",\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '["$1", $2, $3]'));
