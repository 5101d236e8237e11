// Runs the staged catalog check and prints every problem: `npx node scripts/check-catalog.ts`.
import { checkCatalog, STAGES, type Stage } from '../src/catalog/check.ts';
import { formatProblem } from '../src/catalog/load.ts';

const { catalog, problems, skipped } = await checkCatalog();
if (catalog) console.log(`catalog: ${catalog.entries.length} signatures in ${catalog.sections.length} sections`);
for (const stage of Object.keys(STAGES).map(Number) as Stage[]) {
  const list = problems.filter((p) => p.stage === stage);
  const skip = skipped.find((s) => s.stage === stage);
  const status = skip ? `skipped (${skip.reason})` : list.length > 0 ? `${list.length} problem(s)` : 'ok';
  console.log(`stage ${stage}, ${STAGES[stage]}: ${status}`);
  if (list.length > 0) console.log(list.map(formatProblem).join('\n'));
}
if (problems.length > 0) process.exit(1);
console.log('catalog check: ok');
