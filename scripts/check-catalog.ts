// Runs the staged catalog check and prints every problem: `npx node scripts/check-catalog.ts`.
import { checkCatalog } from '../src/catalog/check.ts';
import { formatProblem } from '../src/catalog/load.ts';

const { catalog, problems } = checkCatalog();
if (catalog) console.log(`catalog: ${catalog.entries.length} signatures in ${catalog.sections.length} sections`);
for (const stage of [1, 2, 3, 4]) {
  const list = problems.filter((p) => p.stage === stage);
  if (list.length > 0) console.log(`\nstage ${stage}: ${list.length} problem(s)\n${list.map(formatProblem).join('\n')}`);
}
if (problems.length > 0) process.exit(1);
console.log('catalog check: ok');
