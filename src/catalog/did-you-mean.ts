/**
 * "Did you mean …?" for names the catalog does not know: a misspelled key (`relatd:`) would otherwise
 * be dropped without a word and the field silently take its default, so every catalog object is
 * strict and its error names the key that was probably meant; analyzer presets get the same help.
 */

/** Edit distance with adjacent transpositions (`exmaples` is one edit from `examples`). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `name`, when it is close enough to be a typo: case aside, at most one edit
 * for short names and two for longer ones. Undefined when nothing is that close.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  const allowed = lower.length <= 4 ? 1 : 2;
  return best && best.distance <= allowed ? best.name : undefined;
}

/** "`relatd` is not a field; did you mean `related`?", one sentence per unknown key. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const meant = closestName(key, known);
      return meant
        ? `\`${key}\` is not a field; did you mean \`${meant}\`?`
        : `\`${key}\` is not a field (the fields here are ${known.map((k) => `\`${k}\``).join(', ')})`;
    })
    .join(' ');
}
