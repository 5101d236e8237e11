/**
 * Which OpenClaw release printed the input, and release comparison for version-aware advice.
 * Releases are CalVer `YYYY.M.D`, with `-N` respins and `-beta.N` prereleases.
 */
import type { DetectedVersion } from './types.ts';

const CALVER = '(\\d{4}\\.\\d{1,2}\\.\\d{1,2}(?:-[0-9A-Za-z.]+)?)';
const PATTERNS: Array<{ source: DetectedVersion['source']; re: RegExp }> = [
  { source: 'banner', re: new RegExp(`🦞 OpenClaw ${CALVER}`) },
  { source: 'version-output', re: new RegExp(`^(?:OpenClaw |openclaw )?v?${CALVER}(?: \\([0-9a-f]{6,}\\))?\\s*$`) },
  { source: 'probe-app', re: new RegExp(`· app ${CALVER}`) },
  { source: 'ws-client', re: new RegExp(` v${CALVER}(?: |$)`) },
];

/** Lower-case substrings that announce a version on a line (the automaton's cue for `detectVersionInLine`). */
export const VERSION_TRIGGERS = ['openclaw 20', 'openclaw v20', '· app 20', ' v20'];

/** Lower is more trustworthy: the banner names the CLI that printed the output. */
export const SOURCE_PRIORITY: Record<DetectedVersion['source'], number> = {
  banner: 0,
  'version-output': 1,
  'probe-app': 2,
  json: 3,
  'ws-client': 4,
};

export function detectVersionInLine(line: string, lineNo: number): DetectedVersion | undefined {
  if (!line.includes('20')) return undefined;
  for (const { source, re } of PATTERNS) {
    const m = re.exec(line);
    if (m) return { value: m[1]!, line: lineNo, source };
  }
  return undefined;
}

export function betterVersion(current: DetectedVersion | undefined, candidate: DetectedVersion): DetectedVersion {
  if (!current) return candidate;
  return SOURCE_PRIORITY[candidate.source] < SOURCE_PRIORITY[current.source] ? candidate : current;
}

/** Compares two releases (`2026.4.9` < `2026.4.20`; `2026.9.1-beta.1` < `2026.9.1` < `2026.9.1-2`). */
export function compareReleases(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', suffix = ''] = v.split(/-(.*)/s);
    const nums = core.split('.').map(Number);
    while (nums.length < 3) nums.push(0);
    // Respins (`-2`) sort after the release, prereleases (`-beta.1`) before it.
    const tail = suffix === '' ? 0 : /^\d+$/.test(suffix) ? Number(suffix) : -1;
    return [...nums, tail];
  };
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** True when `version` is within [since, until). */
export function inRange(version: string, range: { since?: string | undefined; until?: string | undefined }): boolean {
  if (range.since && compareReleases(version, range.since) < 0) return false;
  if (range.until && compareReleases(version, range.until) >= 0) return false;
  return true;
}
