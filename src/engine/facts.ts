/**
 * Facts: what the structured parsers learned about the gateway, beyond single-line signatures.
 * `combine.ts` draws conclusions from them. Each fact remembers the line it came from.
 */

export interface Facts {
  runtime?: { status: string; line: number };
  probe?: { ok: boolean; line: number };
  configCli?: { path: string; line: number; missing: boolean };
  configService?: { path: string; line: number };
  configMismatch?: { line: number };
  portConflict?: { line: number };
  startFailed?: { line: number };
  bind?: { mode: string; line: number };
  authMissing?: { line: number };
  tokenRetry?: { line: number };
  /** The probe's connection was refused or closed before any frame (nothing answers on the port). */
  probeRefused?: { line: number };
  /** A health check in the paste says the gateway answers (`openclaw health`: `Gateway event loop: ok`). */
  healthOk?: { line: number };
  /** The process holding the port is an OpenClaw gateway (`- Gateway already running locally.`). */
  portHolderGateway?: { line: number };
}

const RUNTIME = /^Runtime: (\w+)/;
const PROBE = /^(?:RPC probe|Connectivity probe): (ok|failed)\b/;
// The path ends at the first space: the `(missing)` / `(invalid)` markers follow it.
const CONFIG = /^Config \((cli|service)\): (\S+)/;
const BIND = /^Gateway: bind=(\w+)|[Rr]efusing to bind gateway to (\w+)(?: without auth|:)|"bind(?:Mode)?":\s*"(\w+)"/;
const PORT_CONFLICT =
  /EADDRINUSE|another gateway instance is already listening|Port \d+ is already in use\.|gateway already running \(pid \d+\)/;
const AUTH_MISSING = /without auth|Gateway auth mode=none|"authMode":\s*"none"/;
// `  connect ECONNREFUSED 127.0.0.1:18789` (newer) or `  gateway closed (1006): ` (older) under a failed probe,
// and `channels status`'s `Gateway not reachable: Error: …` of the same.
const PROBE_REFUSED =
  /^\s*(?:connect ECONNREFUSED\b|gateway closed \(1006\b)|Connect: failed - connect ECONNREFUSED\b|^Gateway not reachable: Error: (?:connect ECONNREFUSED\b|gateway closed \(1006\b)/;
// Also inside a file-log record (`{"0":"- pid 15 root: openclaw-gateway (127.0.0.1:18789)", …}`).
const PORT_HOLDER_GATEWAY = /(?:^|[\s"])- (?:Gateway already running locally\.|pid \d+ \S+: openclaw-gateway \()/;

/**
 * Lower-case substrings one of which every line `readLineFacts` takes a fact from contains: the engine
 * runs it only on lines where the automaton saw one. Keep them in step with the regexes above
 * (tests/unit/engine/triggers.test.ts checks it on every real capture and catalog example).
 */
export const FACT_TRIGGERS = [
  'runtime: ',
  'rpc probe: ',
  'connectivity probe: ',
  'config (',
  'root cause: cli and service',
  'gateway failed to start:',
  'eaddrinuse',
  'already listening',
  'is already in use.',
  'gateway already running (pid',
  'bind',
  'without auth',
  'auth mode=none',
  'authmode',
  'canretrywithdevicetoken=true',
  'econnrefused',
  'gateway event loop: ok',
  'gateway closed (1006',
  'gateway already running locally',
  ': openclaw-gateway (',
];

/**
 * Reads the facts a single text line carries into `facts` (first occurrence wins, except probe,
 * runtime and bind: the last one wins). Returns true when the line contributed a fact.
 */
export function readLineFacts(line: string, lineNo: number, facts: Facts): boolean {
  let found = false;
  const first = line.charCodeAt(0);
  if (first === 82 /* R */ || first === 67 /* C */) {
    const runtime = RUNTIME.exec(line);
    if (runtime) {
      facts.runtime = { status: runtime[1]!, line: lineNo };
      found = true;
    }
    const probe = PROBE.exec(line);
    if (probe) {
      facts.probe = { ok: probe[1] === 'ok', line: lineNo };
      found = true;
    }
    const config = CONFIG.exec(line);
    if (config) {
      const fact = { path: config[2]!.trim(), line: lineNo };
      if (config[1] === 'cli') facts.configCli ??= { ...fact, missing: line.includes(' (missing)') };
      else facts.configService ??= fact;
      found = true;
    }
    if (line.startsWith('Root cause: CLI and service are using different config paths')) {
      facts.configMismatch ??= { line: lineNo };
      found = true;
    }
  }
  if (line.includes('Gateway failed to start:')) {
    facts.startFailed ??= { line: lineNo };
    found = true;
  }
  if (PORT_CONFLICT.test(line)) {
    facts.portConflict ??= { line: lineNo };
    found = true;
  }
  if (line.includes('bind')) {
    const bind = BIND.exec(line);
    const mode = bind?.[1] ?? bind?.[2] ?? bind?.[3];
    if (mode) {
      facts.bind = { mode: mode === '0' ? 'lan' : mode, line: lineNo };
      found = true;
    }
  }
  if (AUTH_MISSING.test(line)) {
    facts.authMissing ??= { line: lineNo };
    found = true;
  }
  if (line.startsWith('Gateway event loop: ok')) {
    facts.healthOk ??= { line: lineNo };
    found = true;
  }
  if (PROBE_REFUSED.test(line)) {
    facts.probeRefused ??= { line: lineNo };
    found = true;
  }
  if (PORT_HOLDER_GATEWAY.test(line)) {
    facts.portHolderGateway ??= { line: lineNo };
    found = true;
  }
  if (line.includes('canRetryWithDeviceToken=true')) {
    facts.tokenRetry ??= { line: lineNo };
    found = true;
  }
  return found;
}
