/**
 * `npm run test:unit`: the unit suite, in two lanes on two cores.
 *
 * The test files run one at a time (several of them pack the CLI, which rewrites cli-dist/, and the
 * CLI tests spawn processes that must not compete), except the two that prove every regex linear with
 * recheck: they only compute (about half of the suite's time) and touch no file, so they run beside
 * the others in a second process. Its report is printed when the first lane is done, so the two never
 * interleave. Extra arguments are test files: then there is one lane, those files.
 */
import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';

const RECHECK_LANE = ['tests/unit/catalog/real-catalog.test.ts', 'tests/unit/engine/regex-safety.test.ts'];

const run = (files: string[], output: 'inherit' | 'pipe') =>
  new Promise<{ code: number; text: string }>((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      stdio: ['ignore', output, output],
    });
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });

const chosen = process.argv.slice(2);
if (chosen.length > 0) process.exit((await run(chosen, 'inherit')).code);

const all = globSync('tests/unit/**/*.test.ts').sort();
const missing = RECHECK_LANE.filter((f) => !all.includes(f));
if (missing.length > 0) {
  console.error(`scripts/test-unit.ts: ${missing.join(', ')} moved; update RECHECK_LANE`);
  process.exit(2);
}
const second = run(RECHECK_LANE, 'pipe');
const first = await run(
  all.filter((f) => !RECHECK_LANE.includes(f)),
  'inherit',
);
const { code, text } = await second;
console.log(`\n# ${RECHECK_LANE.join(', ')} (run beside the others)\n`);
process.stdout.write(text);
process.exit(first.code || code);
