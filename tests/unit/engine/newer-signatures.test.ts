import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';

/**
 * Every signature string that the newer upstream troubleshooting sections mark (shared/facts/newer-sections.md,
 * §1–§10 new sections, §11 changes inside the older ones), plus the two sections the 2026.9.6 runbook
 * (docs/gateway/troubleshooting/*.md) added, placed in a realistic line of the format it appears in, yields the
 * catalog entry that explains it.
 */
const compiled = compileCatalog(loadCatalog().entries);

// Line prefixes in the real formats: `openclaw logs` plain, gateway console (compact + ISO time), file JSONL.
const plain = (level: string, sub: string, msg: string) => `2026-05-16T08:12:01.114+02:00 ${level} ${sub} {"subsystem":"${sub}"} ${msg}`;
const consoleLine = (sub: string, msg: string) => `2026-05-16T06:12:01.114+00:00 [${sub.split('/').pop()}] ${msg}`;
const fileLog = (level: string, sub: string, msg: string) =>
  JSON.stringify({
    '0': JSON.stringify({ subsystem: sub }),
    '1': msg,
    _meta: {
      runtime: 'node',
      runtimeVersion: '22.22.0',
      hostname: 'unknown',
      name: JSON.stringify({ subsystem: sub }),
      parentNames: ['openclaw'],
      date: '2026-05-16T06:12:01.114Z',
      logLevelId: level === 'error' ? 5 : 4,
      logLevelName: level.toUpperCase(),
    },
    time: '2026-05-16T08:12:01.114+02:00',
  });
const heartbeat = (reason: string) => JSON.stringify({ ts: 1786460400512, status: 'skipped', reason, durationMs: 1 }, null, 2);

interface Row {
  /** The exact signature string as the facts mark it. */
  signature: string;
  /** Where it appears. */
  format: string;
  /** A realistic text containing it. */
  text: string;
  id: string;
}

const rows: Row[] = [
  // §1 After an update
  {
    signature: 'Update restart',
    format: 'an `openclaw status --all` row',
    text: '│ Update restart  │ pending · run openclaw gateway restart │',
    id: 'update-restart-pending',
  },
  {
    signature: 'restart-health-pending',
    format: 'update status JSON',
    text: '{"status":"pending","stats":{"reason":"restart-health-pending"}}',
    id: 'update-restart-pending',
  },
  {
    signature: 'plugin load failed: dependency tree corrupted; run openclaw doctor --fix',
    format: 'a Channels row of `openclaw status`',
    text: '│ Discord  │ ON      │ plugin load failed: dependency tree corrupted; run openclaw doctor --fix │',
    id: 'plugin-dependency-tree-corrupted',
  },
  {
    signature: 'Gateway: restart failed:',
    format: 'updater CLI output',
    text: 'Gateway: restart failed: gateway did not become healthy within 60000ms',
    id: 'update-gateway-restart-failed',
  },
  {
    signature: 'Gateway: restart skipped (',
    format: 'updater CLI output',
    text: 'Gateway: restart skipped (--no-restart)',
    id: 'update-gateway-restart-skipped',
  },
  {
    signature: 'managed-service-handoff-unavailable',
    format: 'update JSON',
    text: '{"ok":false,"reason":"managed-service-handoff-unavailable","handoff":{"command":"systemctl --user restart openclaw-gateway.service"}}',
    id: 'update-handoff-unavailable',
  },
  {
    signature: 'managed-service-handoff-failed',
    format: 'update JSON',
    text: '{"ok":false,"reason":"managed-service-handoff-failed"}',
    id: 'update-handoff-failed',
  },
  { signature: 'doctor-failed', format: 'update JSON', text: '{"status":"failed","reason":"doctor-failed"}', id: 'update-failed-reason' },
  {
    signature: 'restart-unhealthy',
    format: 'update JSON',
    text: '{"status":"failed","reason":"restart-unhealthy"}',
    id: 'update-failed-reason',
  },
  // §2 Split brain installs
  {
    signature: 'Config was last written by a newer OpenClaw (<touched>); current version is <current>.',
    format: 'CLI stderr',
    text: 'Config was last written by a newer OpenClaw (2026.5.12); current version is 2026.4.25.',
    id: 'config-written-by-newer-openclaw',
  },
  {
    signature: 'Config was last written by a newer OpenClaw (<touched>); current version is <current>.',
    format: 'the file log',
    text: fileLog('warn', 'config', 'Config was last written by a newer OpenClaw (2026.5.12); current version is 2026.4.25.'),
    id: 'config-written-by-newer-openclaw',
  },
  // §3 Protocol mismatch after rollback
  {
    signature: 'protocol mismatch ... client=... v<version> min=<n> max=<n> expected=<n>',
    format: '`openclaw logs` plain',
    text: plain(
      'warn',
      'gateway/ws',
      'protocol mismatch conn=8f2a61c0 remote=127.0.0.1 client=cli cli v2026.5.12 peer=127.0.0.1:53122 remotePort=53122 min=5 max=5 expected=4 probeMin=3 instance=n/a',
    ),
    id: 'protocol-mismatch-client-range',
  },
  {
    signature: 'protocol mismatch ... client=... v<version> min=<n> max=<n> expected=<n>',
    format: 'the gateway console',
    text: consoleLine(
      'gateway/ws',
      'protocol mismatch conn=8f2a61c0 remote=127.0.0.1 client=cli cli v2026.5.12 min=5 max=5 expected=4 probeMin=3',
    ),
    id: 'protocol-mismatch-client-range',
  },
  {
    signature: 'Established clients:',
    format: '`openclaw gateway status --deep`',
    text: 'Established clients:\n- pid 48213 alice: node /opt/homebrew/lib/node_modules/openclaw/dist/index.js logs --follow (127.0.0.1:53122)',
    id: 'gateway-established-clients',
  },
  {
    signature: 'Gateway clients',
    format: '`openclaw doctor --deep`',
    text: '◇  Gateway clients ─────────────╮',
    id: 'doctor-gateway-clients',
  },
  // §4 Skill symlink skipped as path escape
  {
    signature: 'Skipping escaped skill path outside its configured root: ... reason=symlink-escape',
    format: '`openclaw logs` plain',
    text: plain(
      'warn',
      'skills',
      'Skipping escaped skill path outside its configured root: /home/alice/project/skills/manager reason=symlink-escape',
    ),
    id: 'skill-symlink-escape',
  },
  {
    signature: 'Skipping escaped skill path outside its configured root: ... reason=symlink-escape',
    format: 'the file log',
    text: fileLog(
      'warn',
      'skills',
      'Skipping escaped skill path outside its configured root: /home/alice/project/skills/manager reason=symlink-escape',
    ),
    id: 'skill-symlink-escape',
  },
  // §5 Upstream 403 blocked responses
  {
    signature: 'Your request was blocked',
    format: '`openclaw logs` plain',
    text: plain('error', 'agent/embedded', 'embedded run failed: 403 Your request was blocked.'),
    id: 'upstream-request-blocked',
  },
  {
    signature: '403',
    format: 'a provider error with an HTML security page',
    text: consoleLine('agent/embedded', 'embedded run failed: 403 <!DOCTYPE html><html><head><title>Just a moment...</title>'),
    id: 'upstream-403-html-page',
  },
  // §6 Local OpenAI-compatible backend
  {
    signature: 'model_not_found',
    format: '`openclaw logs` plain',
    text: plain(
      'error',
      'agent/embedded',
      'embedded run failed: HTTP 404: model_not_found: The model `mlx/mlx-community/Qwen3-30B-A3B-6bit` does not exist',
    ),
    id: 'local-backend-model-not-found',
  },
  {
    signature: 'messages[...].content: invalid type: sequence, expected a string',
    format: 'the gateway console',
    text: consoleLine(
      'agent/embedded',
      'embedded run failed: HTTP 400: messages[1].content: invalid type: sequence, expected a string at line 1 column 187',
    ),
    id: 'local-backend-requires-string-content',
  },
  {
    signature: 'validation.keys',
    format: '`openclaw logs` plain',
    text: plain(
      'error',
      'agent/embedded',
      'embedded run failed: HTTP 422: validation.keys: messages[2] has unexpected keys; allowed ["role","content"]',
    ),
    id: 'local-backend-strict-message-keys',
  },
  {
    signature: 'incomplete turn detected ... stopReason=stop payloads=0',
    format: 'the file log',
    text: fileLog(
      'warn',
      'agent/embedded',
      'incomplete turn detected runId=7c1e2f3a provider=lmstudio stopReason=stop payloads=0; retrying once',
    ),
    id: 'local-backend-incomplete-turn',
  },
  // §7 macOS gateway silently stops responding
  {
    signature: '*-uncaught_exception.json',
    format: 'a listing of ~/.openclaw/logs/stability/',
    text: 'openclaw-stability-2026-05-20T01-12-44.120Z-uncaught_exception.json',
    id: 'macos-uncaught-exception-bundle',
  },
  ...['ENETDOWN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNREFUSED'].map((code) => ({
    signature: code,
    format: "a stability bundle's error.code",
    text: JSON.stringify(
      { reason: 'uncaught_exception', error: { name: 'Error', code, message: `connect ${code} 149.154.167.220:443` } },
      null,
      2,
    ),
    id: 'macos-transient-network-crash',
  })),
  {
    signature: "Entering Sleep state due to 'Maintenance Sleep'",
    format: '`pmset -g log`',
    text: "2026-05-20 03:12:41 +0200 Sleep                \tEntering Sleep state due to 'Maintenance Sleep':TCPKeepAlive=active Using AC (Charge:100%) 45 secs",
    id: 'macos-maintenance-sleep',
  },
  {
    signature: 'en0 driver is slow (msg: WillChangeState to 0)',
    format: '`pmset -g log`',
    text: '2026-05-20 03:12:40 +0200 Notification        \ten0 driver is slow (msg: WillChangeState to 0) (7 ms)',
    id: 'macos-maintenance-sleep',
  },
  {
    signature: 'state = not running',
    format: '`launchctl print`',
    text: '\tstate = not running\n\truns = 14\n\tlast exit code = 1',
    id: 'launchd-gateway-not-running',
  },
  // §8 macOS launchd supervisor loop
  {
    signature: 'EADDRINUSE',
    format: 'gateway.log',
    text: 'Gateway failed to start: failed to bind gateway socket on ws://127.0.0.1:18789: Error: listen EADDRINUSE: address already in use 127.0.0.1:18789',
    id: 'port-in-use-eaddrinuse',
  },
  {
    signature: 'another gateway instance is already listening',
    format: 'gateway.log',
    text: 'Gateway failed to start: another gateway instance is already listening on ws://127.0.0.1:18789',
    id: 'gateway-instance-already-listening',
  },
  {
    signature: '~/Library/LaunchAgents/ai.openclaw.node.plist',
    format: 'a LaunchAgents listing',
    text: '-rw-r--r--  1 alice  staff  2184 Jul 11 09:02 /Users/alice/Library/LaunchAgents/ai.openclaw.node.plist',
    id: 'launchd-node-agent-loaded',
  },
  {
    signature: 'ai.openclaw.node',
    format: '`launchctl list`',
    text: '48213\t0\tai.openclaw.gateway\n48377\t0\tai.openclaw.node',
    id: 'launchd-node-agent-loaded',
  },
  // §9 Gateway exits during high memory use
  {
    signature: 'critical memory pressure bundle written',
    format: '`openclaw logs` plain',
    text: plain(
      'error',
      'diagnostic',
      'critical memory pressure bundle written path=~/.openclaw/logs/stability/openclaw-stability-2026-05-16T06-12-01.114Z-memory_pressure.json',
    ),
    id: 'memory-pressure-bundle-written',
  },
  {
    signature: 'memory pressure: level=critical',
    format: 'the gateway console',
    text: consoleLine('diagnostic', 'memory pressure: level=critical reason=rss_threshold rssBytes=7818182656'),
    id: 'memory-pressure-critical',
  },
  {
    signature: 'memory pressure: level=critical ... memoryPressureSnapshot=disabled',
    format: '`openclaw logs` plain (retired wording)',
    text: plain('warn', 'diagnostic', 'memory pressure: level=critical reason=rss_threshold memoryPressureSnapshot=disabled'),
    id: 'memory-pressure-snapshot-disabled',
  },
  {
    signature: 'Reason: diagnostic.memory.pressure.critical',
    format: 'stability bundle output',
    text: 'Reason: diagnostic.memory.pressure.critical',
    id: 'memory-bundle-reason-critical',
  },
  {
    signature: 'Memory pressure: critical/rss_threshold',
    format: 'stability bundle output',
    text: 'Memory pressure: critical/rss_threshold',
    id: 'memory-pressure-threshold',
  },
  {
    signature: 'Memory pressure: critical/heap_threshold',
    format: 'stability bundle output',
    text: 'Memory pressure: critical/heap_threshold',
    id: 'memory-pressure-threshold',
  },
  {
    signature: 'Memory pressure: critical/rss_growth',
    format: 'stability bundle output',
    text: 'Memory pressure: critical/rss_growth',
    id: 'memory-pressure-rss-growth',
  },
  { signature: 'V8 heap:', format: 'stability bundle output', text: 'V8 heap: 3.71 GiB used / 4.00 GiB limit', id: 'bundle-v8-heap' },
  {
    signature: 'Largest session files:',
    format: 'stability bundle output',
    text: 'Largest session files:\n  agents/main/sessions/3f9a1c0e.jsonl  412.6 MiB',
    id: 'bundle-largest-session-files',
  },
  { signature: 'Gateway heap: not set', format: '`openclaw gateway status`', text: 'Gateway heap: not set', id: 'gateway-heap-not-set' },
  // §10 Gateway rejected invalid config
  {
    signature: 'Invalid config at ...',
    format: 'CLI stderr',
    text: 'Invalid config at /home/alice/.openclaw/openclaw.json:\n- gateway.port: Expected number, received string',
    id: 'invalid-config-at-startup',
  },
  {
    signature: 'config reload skipped (invalid config): ...',
    format: '`openclaw logs` plain',
    text: plain('warn', 'gateway', 'config reload skipped (invalid config): gateway.port: Expected number, received string'),
    id: 'config-reload-skipped-invalid',
  },
  {
    signature: 'Config write rejected: ...',
    format: 'CLI stderr',
    text: 'Config write rejected: agents.defaults.model: Expected string, received array',
    id: 'config-write-rejected',
  },
  {
    signature: 'openclaw.json.rejected.*',
    format: 'a config directory listing',
    text: '-rw-------  1 alice  staff  1022 May 16 08:12 /Users/alice/.openclaw/openclaw.json.rejected.2026-05-16T06-12-01-114Z',
    id: 'config-rejected-backup-file',
  },
  {
    signature: 'openclaw.json.clobbered.*',
    format: 'a config directory listing',
    text: '-rw-------  1 alice  staff  48907 May 16 08:20 /Users/alice/.openclaw/openclaw.json.clobbered.2026-05-16T06-20-44-902Z',
    id: 'config-clobbered-backup-file',
  },
  {
    signature: 'missing-meta-vs-last-good',
    format: 'a rejected write',
    text: 'Config write rejected: missing-meta-vs-last-good',
    id: 'config-clobber-guard',
  },
  {
    signature: 'gateway-mode-missing-vs-last-good',
    format: 'a rejected write',
    text: consoleLine('config', 'Config write rejected: gateway-mode-missing-vs-last-good'),
    id: 'config-clobber-guard',
  },
  {
    signature: 'size-drop-vs-last-good:*',
    format: 'a rejected write',
    text: 'Config write rejected: size-drop-vs-last-good:48213->1022',
    id: 'config-clobber-guard',
  },
  {
    signature: 'Config last-known-good promotion skipped',
    format: '`openclaw logs` plain',
    text: plain('warn', 'config', 'Config last-known-good promotion skipped: candidate contains redacted placeholders'),
    id: 'config-lkg-promotion-skipped',
  },
  {
    signature: 'Config auto-restored from last-known-good',
    format: 'CLI output (retired)',
    text: 'Config auto-restored from last-known-good: /home/alice/.openclaw/openclaw.json',
    id: 'config-auto-restored-last-known-good',
  },
  {
    signature: 'gateway: invalid config was restored from last-known-good backup',
    format: 'the gateway console (retired)',
    text: consoleLine('gateway', 'invalid config was restored from last-known-good backup'),
    id: 'config-auto-restored-last-known-good',
  },
  {
    signature: 'gateway: invalid config was restored from last-known-good backup',
    format: 'the file log (retired)',
    text: fileLog('warn', 'gateway', 'invalid config was restored from last-known-good backup'),
    id: 'config-auto-restored-last-known-good',
  },
  {
    signature: 'config reload restored last-known-good config after invalid-config',
    format: '`openclaw logs` plain (retired)',
    text: plain('warn', 'gateway', 'config reload restored last-known-good config after invalid-config'),
    id: 'config-auto-restored-last-known-good',
  },
  { signature: 'Config recovery warning', format: 'CLI output (retired)', text: 'Config recovery warning', id: 'config-recovery-warning' },
  {
    signature: 'Rejected validation details:',
    format: 'CLI output (retired)',
    text: 'Rejected validation details:\n- gateway.port: Expected number, received string',
    id: 'config-recovery-warning',
  },
  // §11 Command ladder
  { signature: 'Connectivity probe: ok', format: '`openclaw gateway status`', text: 'Connectivity probe: ok', id: 'connectivity-probe-ok' },
  { signature: 'Capability: ...', format: '`openclaw gateway status`', text: 'Capability: admin-capable', id: 'gateway-capability-ok' },
  // §11 Anthropic 429
  {
    signature: 'Extra usage is required for long context requests',
    format: '`openclaw logs` plain',
    text: plain(
      'error',
      'agent/embedded',
      'embedded run failed: HTTP 429: rate_limit_error: Extra usage is required for long context requests',
    ),
    id: 'anthropic-long-context-extra-usage',
  },
  // §11 Dashboard / Control UI
  {
    signature: 'AUTH_SCOPE_MISMATCH',
    format: 'a connect `res` frame',
    text: JSON.stringify(
      {
        type: 'res',
        id: 'b7f3c2e1',
        ok: false,
        error: { code: 'INVALID_REQUEST', message: 'unauthorized', details: { code: 'AUTH_SCOPE_MISMATCH', authReason: 'scope_mismatch' } },
      },
      null,
      2,
    ),
    id: 'auth-scope-mismatch',
  },
  ...['not-paired', 'scope-upgrade', 'role-upgrade', 'metadata-upgrade'].map((reason) => ({
    signature: `PAIRING_REQUIRED (reason ${reason})`,
    format: 'a connect `res` frame',
    text: JSON.stringify(
      {
        type: 'res',
        id: 'b7f3c2e1',
        ok: false,
        error: {
          code: 'NOT_PAIRED',
          message: 'pairing required',
          details: {
            code: 'PAIRING_REQUIRED',
            reason,
            requestId: '5c1e7a9d',
            remediationHint: 'Approve the pending device request before retrying.',
          },
        },
      },
      null,
      2,
    ),
    id: 'pairing-required',
  })),
  {
    signature: 'AUTH_TOKEN_MISSING',
    format: 'a connect `res` frame',
    text: JSON.stringify(
      {
        type: 'res',
        id: 'b7f3c2e1',
        ok: false,
        error: {
          code: 'INVALID_REQUEST',
          message: 'unauthorized: gateway token missing (provide gateway auth token)',
          details: { code: 'AUTH_TOKEN_MISSING', authReason: 'token_missing' },
        },
      },
      null,
      2,
    ),
    id: 'auth-token-missing',
  },
  // §11 Gateway service not running
  {
    signature: 'System-level OpenClaw gateway service detected',
    format: '`openclaw doctor`',
    text: '│  System-level OpenClaw gateway service detected',
    id: 'system-level-service-detected',
  },
  {
    signature: 'Gateway service port does not match current gateway config',
    format: '`openclaw doctor`',
    text: '│  Gateway service port does not match current gateway config',
    id: 'service-port-mismatch',
  },
  // §11 Gateway probe warnings
  {
    signature: 'Probe diagnostics are limited by gateway scopes (missing operator.read)',
    format: '`openclaw gateway probe` (older wording)',
    text: '- Probe diagnostics are limited by gateway scopes (missing operator.read). Connection succeeded, but status details may be incomplete.',
    id: 'probe-scope-limited',
  },
  {
    signature: 'Read-probe diagnostics are limited by gateway scopes (missing operator.read)',
    format: '`openclaw gateway probe`',
    text: '- Read-probe diagnostics are limited by gateway scopes (missing operator.read).',
    id: 'probe-scope-limited',
  },
  {
    signature: 'multiple reachable gateways detected',
    format: '`openclaw gateway probe` (older wording)',
    text: '- Unconventional setup: multiple reachable gateways detected.',
    id: 'probe-multiple-gateways',
  },
  {
    signature: 'multiple reachable gateway identities detected',
    format: '`openclaw gateway probe`',
    text: '- Unconventional setup: multiple reachable gateway identities detected.',
    id: 'probe-multiple-gateways',
  },
  {
    signature: 'Gateway accepted the WebSocket connection, but follow-up read diagnostics failed',
    format: '`openclaw gateway probe`',
    text: '- Gateway accepted the WebSocket connection, but follow-up read diagnostics failed.',
    id: 'probe-read-diagnostics-failed',
  },
  {
    signature: 'Capability: pairing-pending',
    format: '`openclaw gateway probe`',
    text: '  Capability: pairing-pending',
    id: 'probe-capability-pairing-pending',
  },
  {
    signature: 'gateway closed (1008): pairing required',
    format: 'CLI stderr',
    text: 'gateway closed (1008): pairing required',
    id: 'pairing-required',
  },
  {
    signature: 'Read probe: limited - missing scope: operator.read',
    format: '`openclaw gateway probe`',
    text: '  Read probe: limited - missing scope: operator.read',
    id: 'probe-rpc-limited-missing-read-scope',
  },
  { signature: 'Read probe: failed', format: '`openclaw gateway probe`', text: '  Read probe: failed - timeout', id: 'probe-read-failed' },
  // §11 Cron and heartbeat delivery
  ...(
    [
      ['quiet-hours', 'heartbeat-skipped-quiet-hours'],
      ['requests-in-flight', 'heartbeat-skipped-requests-in-flight'],
      ['cron-in-progress', 'heartbeat-skipped-cron-in-progress'],
      ['alerts-disabled', 'heartbeat-skipped-alerts-disabled'],
      ['empty-heartbeat-file', 'heartbeat-skipped-empty-heartbeat-file'],
      ['no-tasks-due', 'heartbeat-skipped-no-tasks-due'],
      ['lanes-busy', 'heartbeat-skipped-lanes-busy'],
      ['no-route', 'heartbeat-skipped-no-route'],
      ['dm-blocked', 'heartbeat-skipped-dm-blocked'],
    ] as const
  ).flatMap(([reason, id]) => [
    { signature: `reason=${reason}`, format: '`openclaw system heartbeat last`', text: heartbeat(reason), id },
    { signature: `reason=${reason}`, format: 'a log line', text: `heartbeat skipped reason=${reason}`, id },
  ]),
  // §11 Browser tool fails
  {
    signature: 'Could not find DevToolsActivePort for chrome',
    format: 'the gateway console',
    text: consoleLine('tools', 'browser failed: Could not find DevToolsActivePort for chrome'),
    id: 'browser-devtools-active-port-missing',
  },
  {
    signature: 'No Chrome tabs found for profile="user"',
    format: 'a tool error (older wording)',
    text: 'Error: No Chrome tabs found for profile="user"',
    id: 'browser-no-tabs-for-profile',
  },
  {
    signature: 'No browser tabs found for profile="user"',
    format: 'a tool error',
    text: 'Error: No browser tabs found for profile="user"',
    id: 'browser-no-tabs-for-profile',
  },
  {
    signature: 'existing-session type does not support timeoutMs overrides.',
    format: 'the gateway console',
    text: consoleLine('tools', 'browser failed: existing-session type does not support timeoutMs overrides.'),
    id: 'browser-existing-session-type-timeout',
  },
  {
    signature: 'existing-session evaluate does not support timeoutMs overrides.',
    format: 'a tool error (retired)',
    text: 'Error: existing-session evaluate does not support timeoutMs overrides.',
    id: 'browser-existing-session-evaluate-timeout',
  },
  {
    signature: "Playwright is not available in this gateway build; '<feature>' is unsupported.",
    format: 'the gateway console',
    text: consoleLine('tools', "browser failed: Playwright is not available in this gateway build; 'navigate' is unsupported."),
    id: 'browser-playwright-unavailable',
  },
  // §11 If you upgraded and something suddenly broke
  {
    signature: 'Connectivity probe: failed',
    format: '`openclaw gateway status`',
    text: 'Connectivity probe: failed',
    id: 'connectivity-probe-failed',
  },
  { signature: 'RPC probe: failed', format: '`openclaw gateway status` (older label)', text: 'RPC probe: failed', id: 'rpc-probe-failed' },
  // 2026.9.6 runbook (docs/gateway/troubleshooting/*.md): Agent run failed with a storage error
  ...(
    [
      [
        'the Gateway state database was busy (SQLite: database is locked). Retry; if it repeats, check Gateway storage health.',
        'database is locked',
        'gateway-state-db-busy',
      ],
      [
        'the Gateway state database was locked (SQLite: database table is locked). Retry; if it repeats, check Gateway storage health.',
        'database table is locked',
        'gateway-state-db-busy',
      ],
      [
        'the Gateway state database was full (SQLite: database or disk is full). Free disk space on the Gateway host and retry.',
        'database or disk is full',
        'gateway-state-db-full',
      ],
      [
        'the Gateway state database was read-only (SQLite: attempt to write a readonly database). Check Gateway storage permissions and retry.',
        'attempt to write a readonly database',
        'gateway-state-db-readonly',
      ],
      [
        'the Gateway state database had an I/O error (SQLite: disk I/O error). Check Gateway storage health and filesystem access before retrying.',
        'disk I/O error',
        'gateway-state-db-io-error',
      ],
      [
        'the transcript writer no longer owned this session. Retry in the current session; if it repeats, check Gateway logs.',
        'session writer claim changed before transcript persistence',
        'transcript-writer-fenced',
      ],
    ] as const
  ).flatMap(([copy, raw, id]) => [
    { signature: `⚠️ Agent run failed: ${copy}`, format: 'the chat banner', text: `⚠️ Agent run failed: ${copy}`, id },
    {
      signature: `⚠️ Agent run failed: ${copy}`,
      format: 'the gateway console',
      text: consoleLine(
        'agent/embedded',
        `embedded run agent end: runId=7c1e2f3a isError=true model=claude-opus-5-5 provider=anthropic error=⚠️ Agent run failed: ${copy} rawError=${raw}`,
      ),
      id,
    },
    {
      signature: raw,
      format: 'a raw SQLite error',
      text: `Error: ${raw}`,
      id: id === 'transcript-writer-fenced' ? id : 'sqlite-storage-error',
    },
  ]),
  // 2026.9.6 runbook: Prepared model runtime publication timeout
  {
    signature: 'prepared model runtime publication (...) timed out',
    format: 'the gateway console',
    text: consoleLine(
      'gateway',
      'sidecars failed to start: Error: prepared model runtime publication (ambient credentials; agent main) timed out',
    ),
    id: 'model-runtime-publication-timed-out',
  },
  {
    signature: 'prepared model runtime publication (...) timed out',
    format: '`openclaw logs` plain',
    text: plain(
      'warn',
      'agents/prepared-model-runtime',
      'auth-triggered model runtime refresh failed: Error: prepared model runtime publication (workspace plugins; agent ops; workspace plugins acme-crm) timed out',
    ),
    id: 'model-runtime-publication-timed-out',
  },
  {
    signature: 'prepared model runtime publication (...) timed out',
    format: 'the file log',
    text: fileLog(
      'warn',
      'gateway',
      'gateway sidecars failed to start: Error: prepared model runtime publication (model registries) timed out',
    ),
    id: 'model-runtime-publication-timed-out',
  },
  {
    signature: 'prepared model runtime startup degraded after <ms>ms (<stage>); still acquiring agents: ...',
    format: '`openclaw logs` plain',
    text: plain(
      'warn',
      'agents/prepared-model-runtime',
      'prepared model runtime startup degraded after 120000ms (ambient credentials; agent main); still acquiring agents: main; acquisition continues in the background',
    ),
    id: 'model-runtime-startup-degraded',
  },
  {
    signature: 'background model runtime publication failed: ...',
    format: 'the gateway console',
    text: consoleLine(
      'agents/prepared-model-runtime',
      'background model runtime publication failed: Error: prepared model runtime process lifetime closed',
    ),
    id: 'model-runtime-background-publication-failed',
  },
];

describe('each signature of the newer upstream sections is recognised', () => {
  for (const row of rows) {
    test(`${row.signature} in ${row.format} yields ${row.id}`, () => {
      const report = analyze(row.text, compiled);
      const ids = report.findings.map((f) => f.id);
      assert.ok(ids.includes(row.id), `expected ${row.id}, got [${ids.join(', ')}]`);
    });
  }
});

test('every id the table expects exists in the catalog', () => {
  const missing = [...new Set(rows.map((r) => r.id))].filter((id) => !compiled.byId.has(id));
  assert.deepEqual(missing, []);
});

test('the newest protocol mismatch log line names only the rollback entry, not the generic connect one', () => {
  const ids = analyze(
    plain(
      'warn',
      'gateway/ws',
      'protocol mismatch conn=8f2a61c0 remote=127.0.0.1 client=cli cli v2026.5.12 min=5 max=5 expected=4 probeMin=3',
    ),
    compiled,
  ).findings.map((f) => f.id);
  assert.deepEqual(ids, ['protocol-mismatch-client-range']);
});

test('a critical memory pressure line with the retired snapshot suffix names only the retired entry', () => {
  const ids = analyze(
    plain('warn', 'diagnostic', 'memory pressure: level=critical reason=rss_threshold memoryPressureSnapshot=disabled'),
    compiled,
  ).findings.map((f) => f.id);
  assert.deepEqual(ids, ['memory-pressure-snapshot-disabled']);
});

test('a storage-failure banner yields its specific entry, and the raw SQLite catch-all steps back on that line', () => {
  const ids = analyze(
    '⚠️ Agent run failed: the Gateway state database was full (SQLite: database or disk is full). Free disk space on the Gateway host and retry.',
    compiled,
  ).findings.map((f) => f.id);
  assert.deepEqual(ids, ['gateway-state-db-full']);
});

test('a superseded model runtime publication is not reported as a timeout', () => {
  const ids = analyze(
    plain(
      'warn',
      'agents/prepared-model-runtime',
      'background model runtime publication failed: Error: prepared model runtime publication was superseded for /home/alice/.openclaw/agents/main/agent',
    ),
    compiled,
  ).findings.map((f) => f.id);
  assert.deepEqual(ids, ['model-runtime-background-publication-failed']);
});
