/**
 * `npm run lab -- check`: the engine on every committed capture, with each finding and each
 * problem against the scenario's expectations (the same check as the tests, readable while working),
 * and every run of `openclaw-triage collect` against its scenario's checklist.
 */
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { captureName, checkChecklist, checkFindings, labCaptures, labCollectCaptures } from './fixtures.ts';

export function printCheck(scenarios: string[] | undefined, verbose: boolean): number {
  const compiled = compileCatalog(loadCatalog().entries);
  let bad = 0;
  for (const capture of labCaptures(scenarios)) {
    const { findings } = analyze(capture.text, compiled);
    const problems = checkFindings(capture, findings);
    if (problems.length > 0) bad++;
    if (problems.length === 0 && !verbose) continue;
    console.log(`${problems.length ? '✗' : '✓'} ${captureName(capture)} (exit ${capture.record.exitCode})`);
    for (const f of findings)
      console.log(`    ${f.severity.padEnd(7)} ${f.id} @${f.line}×${f.count}  ${JSON.stringify(f.match.slice(0, 100))}`);
    for (const p of problems) console.log(`  ! ${p}`);
  }
  // collect's own runs: the checklist each scenario expects of it.
  for (const c of labCollectCaptures().filter((x) => !scenarios || scenarios.includes(x.scenario.id))) {
    const problems = c.checklist ? checkChecklist(c.checklist, JSON.parse(c.text), c.record.exitCode) : ['no checklist in the scenario'];
    if (problems.length > 0) bad++;
    if (problems.length === 0 && !verbose) continue;
    console.log(
      `${problems.length ? '✗' : '✓'} ${c.release}/${c.scenario.id}/${c.record.name} (openclaw-triage collect, exit ${c.record.exitCode})`,
    );
    for (const p of problems) console.log(`  ! ${p}`);
  }
  console.log(`${bad} capture(s) with problems`);
  return bad;
}
