/**
 * Which kind of OpenClaw output a line or a JSON document is. A paste often holds several
 * commands' output, so kinds are decided per line and grouped into blocks by the analyzer.
 */
import type { InputKind } from './types.ts';

const LEVEL = '(?:trace|debug|info|warn|error|fatal)';
const LOGS_PLAIN = new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d) ${LEVEL}\\b`);
const LOGS_PRETTY = new RegExp(`^\\d\\d:\\d\\d:\\d\\d(?:[+-]\\d\\d:\\d\\d)? ${LEVEL}\\b`);
const CONSOLE = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d) |\d\d:\d\d:\d\d )?\[[\w./-]+\] /;
const CHANNEL_ACCOUNT = /^- [A-Z][\w ]*? \S+(?: \([^)]*\))?: (?:enabled|disabled)\b/;
const CLOSE_MESSAGE = /^(?:disconnected \(\d{4}\)|gateway closed \(\d{4}|gateway connect failed: )/;
const VERSION_ONLY = /^(?:OpenClaw )?v?\d{4}\.\d{1,2}\.\d{1,2}(?:-[\w.]+)?(?: \([0-9a-f]{6,}\))?$/;

const GATEWAY_STATUS_PREFIXES = [
  'Service: ',
  'Runtime: ',
  'RPC probe: ',
  'RPC target: ',
  'Connectivity probe: ',
  'Capability: ',
  'Read probe: ',
  'Config (cli): ',
  'Config (service): ',
  'Probe target: ',
  'Probe note: ',
  'File logs: ',
  'Service file: ',
  'Service env: ',
  'Dashboard: ',
  'Listening: ',
  'Other gateway-like services detected',
  'Troubles: run openclaw status',
];
const PROBE_PREFIXES = [
  'Gateway Status',
  'Reachable: ',
  'Probe budget: ',
  'Discovery (this machine)',
  'Found 0 gateways via Bonjour',
  '  Connect: ',
];
const RUN_PREFIXES = [
  'Gateway failed to start: ',
  'Gateway start blocked: ',
  'Refusing to bind gateway',
  'Missing config. Run ',
  'Gateway auth is set to ',
];

/** The kind of a text line, or null when the line alone does not tell (blank, continuation, prose). */
export function classifyLine(line: string): InputKind | null {
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (LOGS_PLAIN.test(line)) return 'logs-plain';
    if (LOGS_PRETTY.test(line)) return 'logs-pretty';
    if (CONSOLE.test(line)) return 'console';
    if (VERSION_ONLY.test(line)) return 'version';
    return null;
  }
  if (c === 91 /* [ */) return CONSOLE.test(line) ? 'console' : null;
  if (line.startsWith('🦞 OpenClaw ')) return 'version';
  if (line.startsWith('- ') && CHANNEL_ACCOUNT.test(line)) return 'channels-status';
  for (const p of GATEWAY_STATUS_PREFIXES) if (line.startsWith(p)) return 'gateway-status';
  for (const p of PROBE_PREFIXES) if (line.startsWith(p)) return 'gateway-probe';
  for (const p of RUN_PREFIXES) if (line.startsWith(p)) return 'gateway-run';
  if (
    line.startsWith('Checking channel status') ||
    line.startsWith('Gateway reachable.') ||
    line.startsWith('Gateway not reachable; showing config-only status')
  )
    return 'channels-status';
  if (line.startsWith('Doctor complete.') || line.startsWith('doctor --lint: ran ') || line.startsWith('Health check failed: '))
    return 'doctor';
  if (line.startsWith('OpenClaw status') || line.startsWith('│ Gateway ')) return 'status';
  if (CLOSE_MESSAGE.test(line)) return 'close-message';
  if (VERSION_ONLY.test(line)) return 'version';
  return null;
}

/** The kind of a single-line JSON record, decided from its text alone (no parse on the hot path). */
export function classifyJsonLine(line: string): InputKind | null {
  if (line.includes('"_meta":')) return 'logs-file';
  if (
    line.startsWith('{"type":"log"') ||
    line.startsWith('{"type":"meta"') ||
    line.startsWith('{"type":"raw"') ||
    line.startsWith('{"type":"notice"') ||
    line.startsWith('{"type":"error"')
  )
    return 'logs-json';
  if (line.startsWith('{"severity":')) return 'console-json';
  return null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind of a parsed JSON document. */
export function classifyJson(doc: unknown): InputKind {
  if (!isObject(doc)) return 'json';
  if (doc['type'] === 'res' && 'ok' in doc) return 'connect-frame';
  if ('_meta' in doc) return 'logs-file';
  if (typeof doc['type'] === 'string' && ['log', 'meta', 'raw', 'notice', 'error'].includes(doc['type'] as string)) return 'logs-json';
  if ('severity' in doc && 'subsystem' in doc) return 'console-json';
  if ('service' in doc && ('rpc' in doc || 'gateway' in doc || 'extraServices' in doc)) return 'gateway-status-json';
  if ('targets' in doc && ('primaryTargetId' in doc || 'warnings' in doc)) return 'gateway-probe-json';
  if ('channelAccounts' in doc) return 'channels-status-json';
  if ('checksRun' in doc && Array.isArray(doc['findings'])) return 'doctor-lint-json';
  if (Array.isArray(doc['entries']) && ('hasMore' in doc || 'total' in doc)) return 'cron-runs';
  if ('nextWakeAtMs' in doc || ('storePath' in doc && 'enabled' in doc) || 'sqlitePath' in doc) return 'cron-status';
  if (
    'ts' in doc &&
    typeof doc['status'] === 'string' &&
    ['sent', 'ok-empty', 'ok-token', 'skipped', 'failed'].includes(doc['status'] as string)
  )
    return 'heartbeat-last';
  if (isObject(doc['error']) && 'ok' in doc) return 'connect-frame';
  return 'json';
}
