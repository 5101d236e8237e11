/**
 * Share links: the redacted findings travel only in the URL fragment (`#report=<base64url JSON>`),
 * which browsers never send to a server. Versioned; decoding validates every field and caps every
 * size, so a hostile fragment yields either nothing or plain data that the page renders as text.
 */
import { LADDER, type Ladder, type LadderStatus, type LadderStep, rungFor } from '../../engine/ladder.ts';
import { redact } from '../../engine/redact.ts';
import type { Finding } from '../../engine/types.ts';

export const SHARE_PARAM = 'report';
const VERSION = 1;
const MAX_FRAGMENT = 48_000;
const MAX_FINDINGS = 200;
const MAX_TEXT = 400;
const MAX_KINDS = 32;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a share link carries per finding (texts come from the catalog of the reader's language). */
export type SharedFinding = Pick<Finding, 'id' | 'line' | 'lastLine' | 'count' | 'match' | 'excerpt' | 'matchIndex' | 'evidence'> & {
  /** The paste it was read from (1-based), when the session held several. */
  paste?: number | undefined;
};

export interface SharedReport {
  kinds: string[];
  lines: number;
  version?: string | undefined;
  findings: SharedFinding[];
  /** Entries of the link that were malformed and left out. */
  dropped: number;
  /** The command checklist, when the link carries one (links made before it existed do not). */
  ladder?: Ladder | undefined;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

const cap = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** Compact wire form: [id, line, lastLine, count, match, excerpt, matchIndex, evidence?]. */
type Wire = [string, number, number, number, string, string, number, number[]?];

/** What a link is made from: the report on screen (report-view.ts), texts as shown. */
export interface ShareSource {
  kinds: readonly string[];
  lines: number;
  version?: string | undefined;
  findings: readonly SharedFinding[];
  ladder?: Ladder | undefined;
}

/**
 * The checklist on the wire (optional field `l`, so version 1 links with or without it read alike):
 * one `[status, finding ids, signal ids, command]` per rung, in order, and the next command as
 * `[command, because?]`. Only ids and commands from the catalog or the page: nothing of the paste
 * itself. A section's checklist has its own commands, so each rung names its command; links made
 * before that left it out and meant the five-command ladder.
 */
type WireStep = [LadderStatus, string[], string[], string?];
interface WireLadder {
  s: WireStep[];
  x?: [string, string?] | undefined;
}

const MAX_IDS = 32;
/** Rungs a link can carry (a section's checklist has at most five). */
const MAX_STEPS = 8;
const STATUSES: readonly string[] = ['missing', 'healthy', 'problem'] satisfies LadderStatus[];

function ladderWire(ladder: Ladder): WireLadder {
  const x: WireLadder['x'] = ladder.next && (ladder.next.because ? [ladder.next.command, ladder.next.because] : [ladder.next.command]);
  return { s: ladder.steps.map((st): WireStep => [st.status, st.findings.slice(0, MAX_IDS), st.signals.slice(0, MAX_IDS), st.command]), x };
}

const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string' && id.length <= 80 && ID.test(id)).slice(0, MAX_IDS) : [];

/** The checklist of a link, or undefined when it has none or it is malformed (the findings still show). */
function ladderFromWire(v: unknown): Ladder | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { s, x } = v as Record<string, unknown>;
  if (!Array.isArray(s) || s.length === 0 || s.length > MAX_STEPS) return undefined;
  const steps: LadderStep[] = [];
  for (const [i, w] of (s as unknown[]).entries()) {
    if (!Array.isArray(w) || !STATUSES.includes(w[0] as string)) return undefined;
    // Only a command whose output the analyzer reads (a link cannot make the page list an arbitrary
    // command); none stands for the i-th rung of the five-command ladder, in an older link.
    const command = typeof w[3] === 'string' ? rungFor(w[3])?.command : s.length === LADDER.length ? LADDER[i]!.command : undefined;
    if (command === undefined) return undefined;
    steps.push({ command, status: w[0] as LadderStatus, findings: ids(w[1]), signals: ids(w[2]) });
  }
  // The command is checked against the reader's catalog before it is offered (report-view.ts).
  const next = Array.isArray(x) && typeof x[0] === 'string' && x[0].length <= 200 ? { command: x[0], because: ids([x[1]])[0] } : undefined;
  return { steps, next };
}

/**
 * The fragment for a report, never longer than a reader accepts: past MAX_FRAGMENT the excerpts are
 * left out, and past it still (hundreds of long matches) the lowest-ranked findings, whose number
 * travels in `d` and is shown as dropped.
 */
export function encodeShare(report: ShareSource): string {
  const wire = (f: SharedFinding, withExcerpt: boolean): Wire => {
    // Redaction is idempotent: applied again here so a link is redacted even if the display is not.
    const match = cap(redact(f.match));
    const excerpt = withExcerpt ? cap(redact(f.excerpt)) : '';
    const w: Wire = [f.id, f.line, f.lastLine, f.count, match, excerpt, excerpt ? excerpt.indexOf(match) : -1];
    if (f.evidence?.length) w.push(f.evidence.slice(0, 16));
    return w;
  };
  const doc = (findings: Wire[]) => {
    const left = report.findings.length - findings.length;
    const pastes = report.findings.some((f) => (f.paste ?? 1) > 1)
      ? report.findings.slice(0, findings.length).map((f) => f.paste ?? 1)
      : undefined;
    const l = report.ladder && ladderWire(report.ladder);
    return toBase64Url(
      JSON.stringify({ v: VERSION, k: report.kinds, n: report.lines, r: report.version, f: findings, d: left || undefined, p: pastes, l }),
    );
  };
  const kept = report.findings.slice(0, MAX_FINDINGS);
  let out = doc(kept.map((f) => wire(f, true)));
  if (out.length <= MAX_FRAGMENT) return out;
  const bare = kept.map((f) => wire(f, false));
  for (let n = bare.length; (out = doc(bare.slice(0, n))).length > MAX_FRAGMENT; )
    n = Math.min(n - 1, Math.floor((n * MAX_FRAGMENT) / out.length));
  return out;
}

const isLine = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Reads `#report=…` from a URL hash. Returns undefined when absent, null when unreadable. */
export function decodeShare(hash: string): SharedReport | null | undefined {
  const m = /(?:^#|&)report=([A-Za-z0-9_-]*)/.exec(hash);
  if (!m) return undefined;
  const payload = m[1]!;
  if (payload.length === 0 || payload.length > MAX_FRAGMENT) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(fromBase64Url(payload));
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const d = doc as Record<string, unknown>;
  if (d['v'] !== VERSION || !Array.isArray(d['f'])) return null;
  const kinds = Array.isArray(d['k']) ? d['k'].filter((k): k is string => typeof k === 'string' && ID.test(k)).slice(0, MAX_KINDS) : [];
  const version = typeof d['r'] === 'string' && /^\d{4}\.\d{1,2}\.\d{1,2}(?:-[0-9A-Za-z.]{1,20})?$/.test(d['r']) ? d['r'] : undefined;
  const findings: SharedFinding[] = [];
  let dropped = 0;
  const pastes = Array.isArray(d['p']) ? d['p'] : [];
  for (const [i, w] of (d['f'] as unknown[]).slice(0, MAX_FINDINGS).entries()) {
    if (
      !Array.isArray(w) ||
      typeof w[0] !== 'string' ||
      !ID.test(w[0]) ||
      w[0].length > 80 ||
      !isLine(w[1]) ||
      !isLine(w[2]) ||
      !isLine(w[3]) ||
      typeof w[4] !== 'string' ||
      typeof w[5] !== 'string' ||
      !Number.isSafeInteger(w[6])
    ) {
      dropped++;
      continue;
    }
    const match = cap(w[4]);
    const excerpt = cap(w[5]);
    const matchIndex = w[6] as number;
    findings.push({
      id: w[0],
      line: w[1],
      lastLine: Math.max(w[1], w[2]),
      count: Math.max(1, w[3]),
      match,
      excerpt,
      // Only trusted when it really points at the match inside the excerpt.
      matchIndex: matchIndex >= 0 && excerpt.startsWith(match, matchIndex) ? matchIndex : -1,
      evidence: Array.isArray(w[7]) ? w[7].filter(isLine).slice(0, 16) : undefined,
      // Set only when the link has it: a finding of a one-paste link decodes as before.
      ...(isLine(pastes[i]) && pastes[i] > 0 && pastes[i] <= MAX_FINDINGS ? { paste: pastes[i] } : {}),
    });
  }
  // Left out by the encoder (see encodeShare) or past the cap here.
  dropped += Math.max(0, (d['f'] as unknown[]).length - MAX_FINDINGS) + (isLine(d['d']) ? d['d'] : 0);
  const ladder = ladderFromWire(d['l']);
  return { kinds, lines: isLine(d['n']) ? d['n'] : 0, version, findings, dropped, ...(ladder ? { ladder } : {}) };
}
