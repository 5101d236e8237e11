/**
 * Every regex the engine runs is declared through `pattern()`, so one test can check them all for
 * catastrophic backtracking (tests/unit/engine/regex-safety.test.ts) together with the catalog's.
 */
export const enginePatterns: RegExp[] = [];

export function pattern(re: RegExp): RegExp {
  enginePatterns.push(re);
  return re;
}
