/**
 * Conclusions drawn from several facts at once (the seed's "if X and Y, then it is Z").
 * Each rule names catalog entries through their `match.rule`; the engine holds no texts.
 */
import type { Facts } from './facts.ts';

export interface Conclusion {
  rule: string;
  /** Lines of the facts it rests on; the first is where the finding is placed. */
  evidence: number[];
}

const NON_LOOPBACK_BINDS = new Set(['lan', 'tailnet', 'custom', 'auto']);

type Rule = (facts: Facts) => number[] | undefined;

/** Rule name → the evidence lines when it holds. Names are referenced by catalog entries. */
export const RULES: Record<string, Rule> = {
  // A live process whose probe fails is an auth/URL problem, not a dead gateway.
  'running-probe-failed': (f) => (f.runtime?.status === 'running' && f.probe && !f.probe.ok ? [f.probe.line, f.runtime.line] : undefined),
  // AUTH_TOKEN_MISMATCH with canRetryWithDeviceToken=true: one trusted retry with the cached device token.
  'retry-with-device-token': (f) => (f.tokenRetry ? [f.tokenRetry.line] : undefined),
  // The service was installed from a different config than the CLI reads.
  'config-cli-service-mismatch': (f) => {
    if (f.configMismatch) return [f.configMismatch.line];
    if (f.configCli && f.configService && f.configCli.path !== f.configService.path) return [f.configService.line, f.configCli.line];
    return undefined;
  },
  // Something else holds the port, and this gateway is not running because of it.
  'port-conflict-runtime-stopped': (f) => {
    if (!f.portConflict) return undefined;
    if (f.runtime && f.runtime.status !== 'running') return [f.portConflict.line, f.runtime.line];
    if (f.startFailed) return [f.portConflict.line, f.startFailed.line];
    return undefined;
  },
  // Nothing answers on the port and there is no config yet: a fresh machine, not a broken gateway.
  'no-config-no-gateway': (f) =>
    f.configCli?.missing && f.probe && !f.probe.ok && f.probeRefused ? [f.probeRefused.line, f.configCli.line] : undefined,
  // Configured, but nothing answers on the port: the gateway is not running (or listens elsewhere).
  // A port held by another process is the other story (port-conflict-runtime-stopped), and a runtime
  // the service manager reports as stopped is told by its own signature.
  'gateway-not-listening': (f) =>
    f.configCli &&
    !f.configCli.missing &&
    f.probe &&
    !f.probe.ok &&
    f.probeRefused &&
    (f.runtime === undefined || f.runtime.status === 'unknown') &&
    !f.portConflict
      ? [f.probeRefused.line, f.probe.line]
      : undefined,
  // Listening beyond loopback with no auth path is refused by current releases.
  'non-loopback-bind-without-auth': (f) =>
    f.bind && NON_LOOPBACK_BINDS.has(f.bind.mode) && f.authMissing ? [f.authMissing.line, f.bind.line] : undefined,
};

/**
 * Conditions under which a single-line signature is not a problem after all, because the same paste
 * contradicts it. Catalog entries name them in `match.unless`.
 */
export const CONTRADICTIONS: Record<string, (facts: Facts) => boolean> = {
  // `gateway status` lists the port as busy, but the process holding it is the running gateway
  // itself (`- Gateway already running locally.`), and no start failed in this paste.
  'port-held-by-this-gateway': (f) => f.portHolderGateway !== undefined && f.startFailed === undefined,
  // A failed probe (a timeout, a refused connection) next to evidence that the gateway answers after
  // all: the last probe in the paste succeeded, or `openclaw health` reports a healthy event loop.
  'gateway-answers-in-paste': (f) => f.probe?.ok === true || f.healthOk !== undefined,
};

export function combineFacts(facts: Facts): Conclusion[] {
  const conclusions: Conclusion[] = [];
  for (const [rule, test] of Object.entries(RULES)) {
    const evidence = test(facts);
    if (evidence) conclusions.push({ rule, evidence: [...new Set(evidence)] });
  }
  return conclusions;
}
