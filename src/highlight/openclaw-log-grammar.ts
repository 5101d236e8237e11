/**
 * A small TextMate grammar for OpenClaw output (`openclaw logs`, the gateway console, `gateway status`),
 * registered with Shiki through Expressive Code as language `openclaw-log`. It colours timestamps,
 * levels, subsystems, status labels and well-known failure words so the signature stands out.
 */
import type { LanguageRegistration } from 'shiki';

export const openclawLogGrammar: LanguageRegistration = {
  name: 'openclaw-log',
  scopeName: 'source.openclaw-log',
  aliases: ['openclaw'],
  patterns: [
    { include: '#timestamp' },
    { include: '#level' },
    { include: '#subsystem' },
    { include: '#label' },
    { include: '#failure' },
    { include: '#ok' },
    { include: '#code' },
    { include: '#string' },
    { include: '#number' },
  ],
  repository: {
    timestamp: {
      match: '\\b\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d)?|^\\d\\d:\\d\\d:\\d\\d(?:[+-]\\d\\d:\\d\\d)?',
      name: 'comment.timestamp.openclaw-log',
    },
    level: {
      patterns: [
        { match: '\\b(?:error|fatal|ERROR|FATAL)\\b', name: 'invalid.level.error.openclaw-log' },
        { match: '\\b(?:warn|WARN)\\b', name: 'keyword.control.level.warn.openclaw-log' },
        { match: '\\b(?:info|debug|trace|INFO|DEBUG|TRACE)\\b', name: 'keyword.other.level.openclaw-log' },
      ],
    },
    subsystem: { match: '\\[[\\w./-]+\\]', name: 'entity.name.tag.subsystem.openclaw-log' },
    label: {
      match:
        '^(?:Service|Runtime|RPC probe|RPC target|Connectivity probe|Capability|Read probe|Config \\(cli\\)|Config \\(service\\)|Gateway|Probe target|Dashboard|Probe note|Listening|File logs|Command|Service file|Service env|Reachable|Probe budget|Warning)(?=:)',
      name: 'entity.name.label.openclaw-log',
    },
    failure: {
      match:
        '\\b(?:unauthorized|mismatch|required|failed|refusing|Refusing|not allowed|not reachable|not found|not running|stopped|denied|DENIED|EADDRINUSE|blocked|Blocked|drop|skipped|invalid|expired|Forbidden|missing_scope|not_in_channel)\\b',
      name: 'invalid.illegal.failure.openclaw-log',
    },
    ok: { match: '\\b(?:ok|running|works|audit ok|connected|enabled|loaded)\\b', name: 'markup.inserted.ok.openclaw-log' },
    code: { match: '\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b', name: 'constant.other.code.openclaw-log' },
    string: { match: '"(?:[^"\\\\]|\\\\.)*"', name: 'string.quoted.double.openclaw-log' },
    number: { match: '\\b\\d+(?:\\.\\d+)?(?:ms|s)?\\b', name: 'constant.numeric.openclaw-log' },
  },
};
