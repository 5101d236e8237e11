/**
 * Catastrophic backtracking, proven absent with recheck: a pasted log is hostile input, and one
 * exponential regex would hang the analyzer on a crafted line. Used by the catalog check (stage 3)
 * for the catalog's regexes and by tests/unit/engine/regex-safety.test.ts for the engine's own.
 */
import { check } from 'recheck';

/**
 * recheck's fuzzer judges an attack by the characters its VM reads, and by default also by wall-clock
 * time (1 s per attack, 250 ms per incubation). On a loaded machine (two cores shared by several
 * builds) the clock alone made safe regexes look quadratic, so only the deterministic step limits
 * decide here; the overall timeout is a backstop, generous for the same reason.
 */
const PARAMETERS = { timeout: 120_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };
// Verdicts are pure functions of (source, flags): a second check of the same catalog in one process
// (the script, then a test) does not pay recheck's seconds again.
const verdicts = new Map<string, Promise<string | undefined>>();

/**
 * Why the regex is unsafe (the kind of blow-up and an attack string recheck found), or why it could
 * not be proven safe; undefined when recheck proves it safe. Flags as in `new RegExp`; `g`, `y` and
 * `d` do not change backtracking and are ignored.
 */
export function unsafeRegexReason(source: string, flags = ''): Promise<string | undefined> {
  const relevant = flags.replace(/[gyd]/g, '');
  const key = `${relevant}/${source}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = check(source, relevant, PARAMETERS).then((result) => {
      if (result.status === 'vulnerable') {
        const growth = result.complexity.type === 'polynomial' ? `degree-${result.complexity.degree} polynomial` : 'exponential';
        return `can backtrack catastrophically (${growth} time; attack string: ${result.attack.pattern})`;
      }
      if (result.status === 'unknown') return `could not be proven safe (${result.error.kind})`;
      return undefined;
    });
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** The fix that goes with every unsafe verdict. */
export const MAKE_IT_LINEAR =
  'make it linear: no nested quantifiers like `(a+)+`, no two unbounded `.*`/`\\S+` runs over the same text, anchor or bound the repeats';
