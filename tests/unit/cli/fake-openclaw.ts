/**
 * A stand-in for `openclaw` on PATH, for the tests of `openclaw-triage collect`: it answers each
 * command line with what a real release printed for it (lab captures), so collect is tested on real
 * output without a gateway. Started through a shell shim named `openclaw` (fakeOpenclaw() in
 * collect-helpers.ts writes it).
 *
 * FAKE_OPENCLAW_PLAN names a JSON file: `{ "answers": { "<args>": Answer }, "rootHelp": file, "log": file }`
 * where `<args>` are the arguments after `openclaw` (and after a global `--profile NAME`), joined by
 * spaces. An Answer prints `file` (or `text`) and exits with `exit`; `hang` never ends, and starts a
 * grandchild in its process group that never ends either (collect must stop both). `--help` of a
 * command it does not know prints the root help, as the real CLI does; any other unknown command line
 * is an error, exit 1.
 *
 * Every invocation appends a line to `log`: its arguments, the OPENCLAW_GATEWAY_URL and the gateway
 * secrets it received from the environment, and the pid of a grandchild it started.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';

interface Answer {
  file?: string;
  text?: string;
  exit?: number;
  hang?: boolean;
  /** Print the environment's OPENCLAW_GATEWAY_TOKEN too, as a careless program might. */
  echoToken?: boolean;
}

interface Plan {
  answers: Record<string, Answer>;
  rootHelp: string;
  log: string;
}

const plan = JSON.parse(readFileSync(process.env['FAKE_OPENCLAW_PLAN']!, 'utf8')) as Plan;
const argv = process.argv.slice(2);
let profile: string | undefined;
if (argv[0] === '--profile') {
  profile = argv[1];
  argv.splice(0, 2);
}
const key = argv.join(' ');
const entry: Record<string, unknown> = {
  args: key,
  profile,
  url: process.env['OPENCLAW_GATEWAY_URL'],
  token: process.env['OPENCLAW_GATEWAY_TOKEN'],
  password: process.env['OPENCLAW_GATEWAY_PASSWORD'],
};

const answer = plan.answers[key];
if (!answer) {
  appendFileSync(plan.log, `${JSON.stringify(entry)}\n`);
  if (argv.includes('--help')) {
    process.stdout.write(readFileSync(plan.rootHelp));
    process.exit(0);
  }
  process.stderr.write(`error: unknown command '${key}'\n`);
  process.exit(1);
}

const body = answer.file ? readFileSync(answer.file) : Buffer.from(answer.text ?? '');
process.stdout.write(body);
if (answer.echoToken) process.stdout.write(`Gateway auth: token ${process.env['OPENCLAW_GATEWAY_TOKEN'] ?? ''}\n`);
if (answer.hang) {
  // Holds our stdout open, as a daemon a command started would.
  const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
  entry['grandchild'] = grandchild.pid;
  appendFileSync(plan.log, `${JSON.stringify(entry)}\n`);
  setInterval(() => {}, 1000);
} else {
  appendFileSync(plan.log, `${JSON.stringify(entry)}\n`);
  process.exitCode = answer.exit ?? 0;
}
