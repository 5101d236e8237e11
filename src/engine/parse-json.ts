/**
 * Structured parsers for the JSON documents OpenClaw prints: connect `res` frames,
 * `gateway status --json`, `gateway probe --json`, `channels status --json`, `doctor --lint --json`,
 * `system heartbeat last`, `cron status`, `cron runs`. Each yields the codes the catalog keys on
 * (see `match.codes` in src/catalog/schema.ts) and facts for `combine`.
 */
import type { Facts } from './facts.ts';
import type { InputKind } from './types.ts';

type Json = Record<string, unknown>;
const GATEWAY_COMMAND = /^openclaw-gateway/;
const REFUSED = /ECONNREFUSED|gateway closed \(1006\b/;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface DocumentCode {
  code: string;
  /** Text to look for to place the finding on the right line of the document. */
  needle: string;
}

export interface DocumentReading {
  codes: DocumentCode[];
  /** Versions found in the payload. */
  versions: string[];
  facts: Partial<Record<keyof Facts | 'configMissing', true | string | boolean>>;
}

function connectFrame(doc: Json, out: DocumentReading): void {
  const error = obj(doc['error']);
  const details = obj(error?.['details']);
  const code = str(details?.['code']);
  if (code) out.codes.push({ code, needle: `"${code}"` });
  if (code === 'AUTH_TOKEN_MISMATCH' && details?.['canRetryWithDeviceToken'] === true) out.facts.tokenRetry = true;
}

function gatewayStatus(doc: Json, out: DocumentReading): void {
  const runtime = str(obj(obj(doc['service'])?.['runtime'])?.['status']);
  if (runtime) {
    out.facts.runtime = runtime;
    if (runtime === 'running' || runtime === 'stopped') out.codes.push({ code: `runtime-${runtime}`, needle: `"${runtime}"` });
  }
  const rpc = obj(doc['rpc']);
  if (rpc && typeof rpc['ok'] === 'boolean') {
    out.facts.probe = rpc['ok'];
    out.codes.push({ code: rpc['ok'] ? 'rpc-probe-ok' : 'rpc-probe-failed', needle: '"rpc"' });
  }
  const config = obj(doc['config']);
  const cli = str(obj(config?.['cli'])?.['path']);
  const daemon = str(obj(config?.['daemon'])?.['path']);
  if (config?.['mismatch'] === true || (cli && daemon && cli !== daemon)) {
    out.facts.configMismatch = true;
    out.codes.push({ code: 'config-path-mismatch', needle: '"daemon"' });
  }
  const port = obj(doc['port']);
  if (port?.['status'] === 'busy') {
    out.codes.push({ code: 'port-busy', needle: '"busy"' });
    if (rpc?.['ok'] !== true) out.facts.portConflict = true;
    const listeners = arr(port['listeners']).map(obj);
    const hints = arr(port['hints']).map(str);
    if (
      listeners.some((l) => GATEWAY_COMMAND.test(str(l?.['commandLine']) ?? '')) ||
      hints.some((h) => h?.startsWith('Gateway already running locally'))
    )
      out.facts.portHolderGateway = true;
  }
  const rpcError = str(rpc?.['error']) ?? '';
  if (REFUSED.test(rpcError)) out.facts.probeRefused = true;
  const cliConfig = obj(config?.['cli']);
  if (cliConfig && cliConfig['exists'] === false) out.facts.configMissing = true;
  const bind = str(obj(doc['gateway'])?.['bindMode']);
  if (bind) out.facts.bind = bind;
  if (arr(doc['extraServices']).length > 0) out.codes.push({ code: 'extra-gateway-services', needle: '"extraServices"' });
  const version = str(obj(doc['gateway'])?.['version']);
  if (version) out.versions.push(version);
}

function gatewayProbe(doc: Json, out: DocumentReading): void {
  for (const warning of arr(doc['warnings'])) {
    const code = str(obj(warning)?.['code']);
    if (code) out.codes.push({ code, needle: `"${code}"` });
  }
  for (const target of arr(doc['targets'])) {
    const t = obj(target);
    const version = str(obj(t?.['self'])?.['version']);
    if (version) out.versions.push(version);
    const gateway = obj(obj(t?.['config'])?.['gateway']);
    const bind = str(gateway?.['bind']);
    if (bind && t?.['active'] === true) out.facts.bind = bind;
    if (gateway?.['authMode'] === 'none') out.facts.authMissing = true;
  }
}

function channelsStatus(doc: Json, out: DocumentReading): void {
  const accounts = obj(doc['channelAccounts']) ?? {};
  for (const list of Object.values(accounts)) {
    for (const account of arr(list)) {
      const a = obj(account);
      const probe = obj(a?.['probe']);
      const audit = obj(a?.['audit']);
      const needle = `"accountId": "${str(a?.['accountId']) ?? ''}"`;
      if (probe && typeof probe['ok'] === 'boolean')
        out.codes.push({ code: probe['ok'] ? 'channel-probe-works' : 'channel-probe-failed', needle });
      if (audit && typeof audit['ok'] === 'boolean')
        out.codes.push({ code: audit['ok'] ? 'channel-audit-ok' : 'channel-audit-failed', needle });
    }
  }
}

function doctorLint(doc: Json, out: DocumentReading): void {
  for (const finding of arr(doc['findings'])) {
    const checkId = str(obj(finding)?.['checkId']);
    if (checkId) out.codes.push({ code: checkId, needle: `"${checkId}"` });
  }
}

function heartbeatLast(doc: Json, out: DocumentReading): void {
  const reason = str(doc['reason']);
  if (doc['status'] === 'skipped' && reason) out.codes.push({ code: reason, needle: `"${reason}"` });
  if (doc['status'] === 'failed') out.codes.push({ code: 'heartbeat-failed', needle: '"failed"' });
}

function cronStatus(doc: Json, out: DocumentReading): void {
  if (doc['enabled'] === false) out.codes.push({ code: 'cron-disabled', needle: '"enabled"' });
}

function cronRuns(doc: Json, out: DocumentReading): void {
  for (const entry of arr(doc['entries'])) {
    const e = obj(entry);
    const ts = String(e?.['ts'] ?? '');
    if (e?.['status'] === 'error') out.codes.push({ code: 'cron-run-error', needle: ts });
    if (e?.['status'] === 'skipped') out.codes.push({ code: 'cron-run-skipped', needle: ts });
    if (e?.['deliveryStatus'] === 'not-delivered') out.codes.push({ code: 'cron-not-delivered', needle: ts });
  }
}

const READERS: Partial<Record<InputKind, (doc: Json, out: DocumentReading) => void>> = {
  'connect-frame': connectFrame,
  'gateway-status-json': gatewayStatus,
  'gateway-probe-json': gatewayProbe,
  'channels-status-json': channelsStatus,
  'doctor-lint-json': doctorLint,
  'heartbeat-last': heartbeatLast,
  'cron-status': cronStatus,
  'cron-runs': cronRuns,
};

export function readJsonDocument(kind: InputKind, doc: unknown): DocumentReading {
  const out: DocumentReading = { codes: [], versions: [], facts: {} };
  const reader = READERS[kind];
  const o = obj(doc);
  if (reader && o) reader(o, out);
  return out;
}
