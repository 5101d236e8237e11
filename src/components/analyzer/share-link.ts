/**
 * Share links: the redacted findings travel only in the URL fragment (`#report=<base64url JSON>`),
 * which browsers never send to a server. Versioned; decoding validates every field and caps every
 * size, so a hostile fragment yields either nothing or plain data that the page renders as text.
 * Encoding (with redaction) is in share-link-encode.ts, loaded on the "share link" click: this file
 * is all the island needs to open a link.
 */
import type { Finding } from '../../engine/types.ts';

export const SHARE_PARAM = 'report';
export const VERSION = 1;
export const MAX_FRAGMENT = 48_000;
export const MAX_FINDINGS = 200;
const MAX_TEXT = 400;
const MAX_KINDS = 32;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a share link carries per finding (texts come from the catalog of the reader's language). */
export type SharedFinding = Pick<Finding, 'id' | 'line' | 'lastLine' | 'count' | 'match' | 'excerpt' | 'matchIndex' | 'evidence'>;

/** Compact wire form: [id, line, lastLine, count, match, excerpt, matchIndex, evidence?]. */
export type Wire = [string, number, number, number, string, string, number, number[]?];

export interface SharedReport {
  kinds: string[];
  lines: number;
  version?: string | undefined;
  findings: SharedFinding[];
  /** Entries of the link that were malformed and left out. */
  dropped: number;
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export const cap = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

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
  for (const w of (d['f'] as unknown[]).slice(0, MAX_FINDINGS)) {
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
    });
  }
  dropped += Math.max(0, (d['f'] as unknown[]).length - MAX_FINDINGS);
  return { kinds, lines: isLine(d['n']) ? d['n'] : 0, version, findings, dropped };
}
