/** The diagnosis engine: pure TypeScript, no DOM and no Node built-ins. */
export { analyze, createAnalyzer, type Analyzer } from './analyze.ts';
export { compileCatalog, matchLine, type CompiledCatalog, type LineMatch } from './match.ts';
export { redact } from './redact.ts';
export { compareReleases, inRange } from './version.ts';
export { CONTRADICTIONS, RULES } from './combine.ts';
export { rankFindings } from './rank.ts';
export { searchQuery } from './unrecognized.ts';
export type * from './types.ts';
export {
  buildLadder,
  LADDER,
  rungFor,
  rungsFor,
  type Ladder,
  type LadderOptions,
  type LadderRung,
  type LadderStatus,
  type LadderStep,
  type NextCommand,
} from './ladder.ts';
