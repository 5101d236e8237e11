/** Public types of the diagnosis engine. No DOM, no Node built-ins: shared by site, worker and CLI. */

/** How bad a finding is; healthy signals are `info`. Ordered from worst to mildest. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the engine needs of a catalog entry (texts live elsewhere, per locale). */
export interface MatchableEntry {
  id: string;
  section: string;
  severity: Severity;
  generic: boolean;
  match: {
    literals: string[];
    regex?: string | undefined;
    ignoreCase: boolean;
    codes: string[];
    rule?: string | undefined;
    unless?: string | undefined;
    linePrefix?: string | undefined;
  };
}

export type InputKind =
  | 'logs-plain'
  | 'logs-pretty'
  | 'logs-json'
  | 'logs-file'
  | 'console'
  | 'console-json'
  | 'gateway-status'
  | 'gateway-status-json'
  | 'gateway-probe'
  | 'gateway-probe-json'
  | 'channels-status'
  | 'channels-status-json'
  | 'connect-frame'
  | 'close-message'
  | 'gateway-run'
  | 'doctor'
  | 'doctor-lint-json'
  | 'status'
  | 'heartbeat-last'
  | 'cron-status'
  | 'cron-runs'
  | 'version'
  | 'json'
  | 'text';

export interface Block {
  kind: InputKind;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
}

export type SkipReason = 'binary' | 'long-line' | 'json-invalid' | 'json-truncated' | 'json-too-large' | 'limit';

/** Something the engine could not read (fully); the lines were still searched as text where possible. */
export interface Skipped {
  reason: SkipReason;
  startLine: number;
  endLine: number;
  /** How many lines or blocks were affected. */
  count: number;
  /** Short technical detail (e.g. the JSON parser's message). */
  detail?: string | undefined;
}

export interface DetectedVersion {
  /** CalVer release, e.g. `2026.4.9`. */
  value: string;
  line: number;
  /** Where it was read from. */
  source: 'banner' | 'version-output' | 'probe-app' | 'json' | 'ws-client';
}

export interface Finding {
  id: string;
  section: string;
  severity: Severity;
  generic: boolean;
  /** A conclusion drawn from several facts (combination rule), not from one line. */
  conclusion: boolean;
  /** 1-based line of the first occurrence. */
  line: number;
  /** 1-based line of the last occurrence. */
  lastLine: number;
  /** Number of occurrences (lines, or structured documents). */
  count: number;
  /** The exact matched text (redacted unless redaction is off). */
  match: string;
  /** The line of the first occurrence (redacted, capped), for display. */
  excerpt: string;
  /** Offset of `match` within `excerpt`, or -1 when it is not there verbatim (e.g. matched escaped text or a code). */
  matchIndex: number;
  /** For conclusions: the lines of the facts it was drawn from. */
  evidence?: number[];
}

export interface Report {
  /** Kinds in order of first appearance. */
  inputKinds: InputKind[];
  blocks: Block[];
  /** Lines read. */
  lines: number;
  /** Characters read. */
  chars: number;
  version?: DetectedVersion | undefined;
  findings: Finding[];
  /** Lines that look like a problem but match no signature ("not in the catalog yet"), by shape. */
  unrecognized: Unrecognized[];
  skipped: Skipped[];
}

/** A problem-looking line that no catalog entry explains, with its repeats of the same shape. */
export interface Unrecognized {
  /** 1-based line of the first occurrence, and of the last. */
  line: number;
  lastLine: number;
  count: number;
  /** The line with numbers, ids, paths and quoted values masked: what repeats share. */
  shape: string;
  /** The first occurrence (redacted, capped), for display. */
  excerpt: string;
  /** Ids of the catalog entries whose strings are nearest to it, best first (may be empty). */
  nearest: string[];
}

export interface AnalyzeOptions {
  /** Mask secrets in excerpts and matches (default true). */
  redact?: boolean;
  /** Called for every matched occurrence as soon as its line is read (streaming, `--follow`). */
  onOccurrence?: (occurrence: Occurrence) => void;
}

export interface Occurrence {
  id: string;
  line: number;
  match: string;
  excerpt: string;
  /** Running count for this id, including this one. */
  count: number;
}
