/** Which release-specific advice applies, and how release ranges read, on every surface. */
import { inRange } from '../engine/version.ts';

export interface ReleaseRange {
  since?: string | undefined;
  until?: string | undefined;
}

/** The advice items whose range holds `version`; none when the version is unknown. */
export function adviceFor<T extends ReleaseRange>(advice: readonly T[], version: string | undefined): T[] {
  return version === undefined ? [] : advice.filter((a) => inRange(version, a));
}

/** `≥ 2026.3.2, < 2026.9` (since is the first release with it, until the first without); '' for all releases. */
export function rangeLabel(range: ReleaseRange): string {
  return [range.since && `≥ ${range.since}`, range.until && `< ${range.until}`].filter(Boolean).join(', ');
}
