/**
 * Streams N MB of generated OpenClaw log lines into the CLI and reports wall time, throughput and
 * peak RSS of the CLI process, to check that it runs in constant memory.
 *
 *   node scripts/cli-memory.ts [MB=1024] [--cli cli-dist/openclaw-triage.js] [--follow] [--json]
 *
 * Peak RSS comes from `/usr/bin/time -v` when present, else from a small wrapper that imports the CLI
 * in its own Node process and prints `process.resourceUsage().maxRSS` at exit (`--no-time` forces it).
 * Default CLI: the packed build (run `npm run build:cli` first); `--cli src/cli/main.ts` for the source.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const mb = Number(args.find((a) => /^\d+(?:\.\d+)?$/.test(a)) ?? 1024);
const cliArg = args.indexOf('--cli');
const cli = resolve(cliArg !== -1 ? args[cliArg + 1]! : 'cli-dist/openclaw-triage.js');
const follow = args.includes('--follow');
const asJson = args.includes('--json');
if (!existsSync(cli)) {
  console.error(`cli-memory: ${cli} does not exist; run \`npm run build:cli\` first or pass --cli src/cli/main.ts`);
  process.exit(2);
}

// A realistic mix: file-log JSONL, plain `openclaw logs` lines, some signatures, some noise.
const LINES = [
  '{"0":"{\\"subsystem\\":\\"gateway/ws\\"}","1":"closed before connect conn=71c34661 remote=127.0.0.1 code=1008 reason=unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)","_meta":{"logLevelName":"WARN","date":"2026-04-09T06:15:42.940Z"},"time":"2026-04-09T06:15:42.940Z"}',
  '2026-04-09T06:15:43.001Z info gateway/ws {"subsystem":"gateway/ws"} connected conn=8d1e remote=127.0.0.1 client=openclaw-control-ui webchat v2026.4.9',
  '2026-04-09T06:15:44.118Z info agent {"subsystem":"agent"} run started session=main model=anthropic/claude-sonnet-4 tokens=18234',
  '2026-04-09T06:15:45.502Z warn discord {"subsystem":"discord"} discord: skipping guild message {"reason":"no-mention"}',
  '2026-04-09T06:15:46.777Z error gateway {"subsystem":"gateway"} listen EADDRINUSE: address already in use 127.0.0.1:18789',
  '2026-04-09T06:15:47.000Z debug cron {"subsystem":"cron"} timer tick ok jobs=3 next=2026-04-09T06:16:00.000Z',
];
const block = Buffer.from(`${Array.from({ length: 2000 }, (_, i) => LINES[i % LINES.length]).join('\n')}\n`);
const total = Math.round(mb * 1024 * 1024);

const dir = mkdtempSync(join(tmpdir(), 'cli-memory-'));
const wrapper = join(dir, 'wrapper.mjs');
// Runs the CLI in this process, then prints its peak RSS (KB) on stderr at exit.
writeFileSync(
  wrapper,
  `process.on('exit', () => process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\nprocess.argv.splice(1, 1);\nawait import(${JSON.stringify(new URL(`file://${cli}`).href)});\n`,
);

const useTime = existsSync('/usr/bin/time') && !args.includes('--no-time');
const cliArgs = ['--format', 'json', '--fail-on', 'none', ...(follow ? ['--follow'] : [])];
const [cmd, cmdArgs] = useTime
  ? ['/usr/bin/time', ['-v', process.execPath, cli, ...cliArgs]]
  : [process.execPath, [wrapper, cli, ...cliArgs]];

const started = performance.now();
const child = spawn(cmd, cmdArgs as string[], { stdio: ['pipe', 'pipe', 'pipe'] });
let stdout = '';
let stderr = '';
child.stdout.on('data', (d) => (stdout += d));
child.stderr.on('data', (d) => (stderr += d));

let written = 0;
function pump(): void {
  while (written < total) {
    const chunk = written + block.length <= total ? block : block.subarray(0, total - written);
    written += chunk.length;
    if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
  }
  child.stdin.end();
}
pump();

child.on('close', (code) => {
  const seconds = (performance.now() - started) / 1000;
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const wrapperRss = /MAXRSS_KB=(\d+)/.exec(stderr)?.[1];
  const rssMb = Number(timeRss ?? wrapperRss ?? NaN) / 1024;
  let findings = -1;
  let lines = -1;
  try {
    const doc = JSON.parse(stdout) as { inputs: Array<{ lines: number }>; findings: unknown[] };
    findings = doc.findings.length;
    lines = doc.inputs[0]?.lines ?? -1;
  } catch {
    /* reported below */
  }
  const result = {
    mb,
    lines,
    findings,
    exitCode: code,
    seconds: Number(seconds.toFixed(2)),
    mbPerSecond: Number((mb / seconds).toFixed(1)),
    peakRssMb: Number(rssMb.toFixed(1)),
    rssSource: timeRss ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
  };
  if (asJson) console.log(JSON.stringify(result));
  else
    console.log(
      `cli-memory: ${mb} MB, ${lines} lines, ${findings} findings, exit ${code}: ${result.seconds} s (${result.mbPerSecond} MB/s), peak RSS ${result.peakRssMb} MB (${result.rssSource})`,
    );
  if (findings < 0) {
    console.error(`cli-memory: the CLI did not print a JSON report; stderr:\n${stderr.slice(-2000)}`);
    process.exit(1);
  }
});
