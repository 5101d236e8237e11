/**
 * The signature catalog schema: one source of truth for the site, the analyzers and the CLI.
 *
 * Data lives in `content/signatures/<section>.yaml` (one file per handbook section) and
 * `content/sections.yaml` (the section registry). Everything is parsed once at load by
 * `loadCatalog` and checked in stages by `checkCatalog`.
 *
 * Each field's documentation is its `.describe()` text: the same sentence is the published
 * `/catalog.schema.json` description and the generated field reference in
 * docs-dev/CATALOG-AUTHORING.md, so it is written once, here. Every object is strict: a key the
 * schema does not name fails the load with the key that was probably meant.
 */
import { z } from 'zod';
import { SEVERITIES } from '../engine/types.ts';
import { dictionaries } from '../i18n/index.ts';
import { closestName, unknownKeysMessage } from './did-you-mean.ts';

export { LOCALES, type Locale } from '../present/locale.ts';
import { LOCALES } from '../present/locale.ts';

/** `z.strictObject` whose unknown-key error names the field that was probably meant. */
function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}

const nonEmpty = z.string().trim().min(1, 'must not be empty');
// YAML reads `429` or `18789` as numbers; as search terms they are text.
const searchTerm = z.union([nonEmpty, z.number().transform(String)]);
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9 and single dashes), e.g. auth-token-mismatch');

/** A text in both languages. Upstream error strings are never translated, only explained. */
export const LocalizedText = strictObject({
  'zh-CN': nonEmpty.describe('Simplified Chinese.'),
  en: nonEmpty.describe('English.'),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A list (e.g. fix steps) in both languages; both lists must have the same length. */
export const LocalizedList = strictObject({
  'zh-CN': z.array(nonEmpty).min(1).describe('The items in Simplified Chinese.'),
  en: z.array(nonEmpty).min(1).describe('The same items in English, in the same order.'),
}).refine((v) => v['zh-CN'].length === v.en.length, {
  message: 'zh-CN and en must have the same number of items (one translation per step)',
});
export type LocalizedList = z.infer<typeof LocalizedList>;

/** CalVer release like `2026.4.20`, `2026.2.21-2` or `2026.9.1-beta.1`; a month (`2026.4`) also works. */
export const Release = z
  .string()
  .regex(/^\d{4}\.\d{1,2}(?:\.\d{1,2})?(?:-[0-9a-z.]+)?$/, 'must be an OpenClaw CalVer release such as 2026.4.20');

/** Severity is the engine's notion (`src/engine/types.ts`); the catalog only validates it. */
export const Severity = z.enum(SEVERITIES);

export const MatchRules = strictObject({
  literals: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Cheap substring prefilter. A line is a candidate when it contains any of them (exact case unless `ignoreCase`). Without `regex`, the literal found is the matched text.',
    ),
  regex: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Optional JavaScript regex run only on candidate lines; it must match for a finding. Its match (group `m` when present, else the whole match) is the matched text. It must be linear: the catalog check proves it cannot backtrack catastrophically.',
    ),
  linePrefix: z
    .string()
    .min(1)
    .optional()
    .describe(
      'For signatures with no distinctive substring (e.g. the `- <channel> <account>: …` lines under `Warnings:`): lines starting with this prefix are the candidates instead of literal hits. Needs a regex; use sparingly, every line is tested against it.',
    ),
  ignoreCase: z
    .boolean()
    .default(false)
    .describe('Compare literals and regex case-insensitively (upstream platform errors like `Forbidden`).'),
  codes: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Structured codes the engine reads from JSON and status output (`error.details.code`, `warnings[].code`, heartbeat and cron reasons, …). Exact, case-sensitive; also looked up by `openclaw-triage explain <code>`. The catalog check proves that an example of the entry makes the engine emit each one, and that every code the engine names is owned by an entry.',
    ),
  rule: kebabId
    .optional()
    .describe(
      'Name of a combination rule in `src/engine/combine.ts` (`RULES`): the entry is a conclusion drawn from several facts (e.g. runtime running + probe failed), never from one line.',
    ),
  unless: kebabId
    .optional()
    .describe(
      'Name of a contradiction in `src/engine/combine.ts` (`CONTRADICTIONS`): when the same paste shows it, this signature is not a problem there and is not reported (e.g. the port is busy because the running gateway itself holds it).',
    ),
})
  .refine((m) => m.literals.length > 0 || m.codes.length > 0 || m.rule !== undefined || m.linePrefix !== undefined, {
    message: 'needs at least one of literals, codes, linePrefix or rule',
  })
  .refine((m) => m.linePrefix === undefined || m.regex !== undefined, { message: 'a linePrefix needs a regex to decide' })
  .refine((m) => m.regex === undefined || m.literals.length > 0 || m.linePrefix !== undefined, {
    message: 'a regex needs literals to prefilter on (the engine never runs a regex on every line)',
  });
export type MatchRules = z.infer<typeof MatchRules>;

/** Which releases print this signature, and what changed. */
export const VersionInfo = strictObject({
  since: Release.optional().describe('First release known to print it (CalVer, e.g. `2026.4.20`).'),
  until: Release.optional().describe('First release that no longer prints it (exclusive); later than `since`.'),
  note: LocalizedText.optional().describe('What changed, in both languages.'),
});

/** Advice that applies only to a range of releases; shown when the input reveals the version. */
export const VersionAdvice = strictObject({
  since: Release.optional().describe('First release the advice applies to (CalVer).'),
  until: Release.optional().describe('First release it no longer applies to (exclusive); later than `since`.'),
  advice: LocalizedText.describe('The advice, in both languages.'),
});

export const Signature = strictObject({
  id: kebabId.describe('Stable kebab-case id: never derived from a heading or a translation, never reused.'),
  severity: Severity.describe('How bad it is: `error`, `warning`, or `info` (healthy signals are info).'),
  generic: z
    .boolean()
    .default(false)
    .describe('Generic signatures (bare `unauthorized`, `gateway connect failed:`) rank after specific ones.'),
  match: MatchRules.describe('How the engine recognises it: literals (and a regex), structured codes, or a combination rule.'),
  title: LocalizedText.describe('Short name of the problem.'),
  meaning: LocalizedText.describe('What it means, one or two sentences.'),
  fix: LocalizedList.describe('Fix steps in order. Commands in backticks are copied verbatim.'),
  commands: z.array(nonEmpty).default([]).describe('Exact commands to run, in order.'),
  alsoIn: z.array(kebabId).default([]).describe("Other sections whose pages also list this signature (its home is the file's section)."),
  related: z.array(kebabId).default([]).describe('Ids of related signatures.'),
  keywords: strictObject({
    'zh-CN': z.array(searchTerm).default([]).describe('Search terms a Chinese-speaking reader would type.'),
    en: z.array(searchTerm).default([]).describe('Search terms an English-speaking reader would type.'),
  })
    .optional()
    .describe('Extra search terms (symptom words readers type), per language.'),
  versions: VersionInfo.optional().describe('Which releases print this signature, and what changed.'),
  versionAdvice: z
    .array(VersionAdvice)
    .default([])
    .describe('Advice that applies only to a range of releases; shown when the input reveals the version.'),
  retired: z.boolean().default(false).describe('Retired: no longer printed by current releases; kept so old logs still get an answer.'),
  examples: strictObject({
    match: z
      .array(nonEmpty)
      .min(1, 'needs at least one example that must match')
      .describe('Real-format texts that must yield this id and no other specific id; a multi-line string is one pasted text.'),
    nomatch: z.array(nonEmpty).default([]).describe('Near-miss texts that must not yield this id.'),
  }).describe('Real-format examples; they are tests, run through the engine by the catalog check.'),
});
export type Signature = z.infer<typeof Signature>;
export type SignatureInput = z.input<typeof Signature>;

/** One `content/signatures/<section>.yaml` file. */
export const SignatureFile = strictObject({
  section: kebabId.describe('Section id, as in `content/sections.yaml`; the file is named after it.'),
  signatures: z.array(Signature).min(1).describe('The signatures whose home is this section.'),
});

const PRESET_HINT = 'analyzer.preset.';
/**
 * The inputs the analyzer island can be preset to. A preset is what the island shows a hint for
 * (`analyzer.preset.<name>` in the UI dictionaries, src/i18n) and what it groups its samples by
 * (src/components/analyzer/samples.ts), so the hints are the list.
 */
export const ANALYZER_PRESETS = Object.keys(dictionaries.en)
  .filter((key) => key.startsWith(PRESET_HINT))
  .map((key) => key.slice(PRESET_HINT.length)) as [string, ...string[]];

function unknownPresetMessage(input: unknown): string {
  const name = String(input);
  const meant = closestName(name, ANALYZER_PRESETS);
  return meant
    ? `"${name}" is not an analyzer preset; did you mean "${meant}"?`
    : `"${name}" is not an analyzer preset (the presets are ${ANALYZER_PRESETS.map((p) => `"${p}"`).join(', ')}: one per \`${PRESET_HINT}<name>\` hint in src/i18n)`;
}

/** One handbook section (a page per locale). */
export const Section = strictObject({
  id: kebabId.describe('Stable kebab-case section id; `content/signatures/<id>.yaml` holds its signatures.'),
  slug: z
    .string()
    .regex(/^(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/)
    .describe('Page slug under each locale, e.g. `sections/control-ui` (the empty string is the landing page).'),
  title: LocalizedText.describe("The section's page title."),
  analyzerPreset: z
    .enum(ANALYZER_PRESETS, { error: (issue) => unknownPresetMessage(issue.input) })
    .optional()
    .describe("The input the section's embedded analyzer is preset to (its hint and its samples), if any."),
});
export type Section = z.infer<typeof Section>;

export const SectionsFile = strictObject({ sections: z.array(Section).min(1).describe('The handbook sections, in sidebar order.') });

/** One line of real OpenClaw output a signature was found on, captured by the lab (`npm run lab`). */
export const SeenLine = strictObject({
  release: Release.describe('OpenClaw release that printed the line.'),
  scenario: kebabId.describe('Lab scenario that set the problem up (tests/lab/scenarios/<scenario>.yaml in the handbook repository).'),
  capture: kebabId.describe('Name of the capture within the scenario (a command step or a background process).'),
  command: nonEmpty.describe('The command line that printed it, as a user would type it (secrets masked).'),
  line: nonEmpty.describe(
    'The captured line, verbatim except: terminal escapes removed, secrets masked, trimmed, capped at about 300 characters.',
  ),
});
export type SeenLine = z.infer<typeof SeenLine>;

/**
 * Where a signature was seen in real OpenClaw output: the analyzer found it in the lab's captures of
 * real releases. Generated by `npm run lab -- seen` into `content/seen-in-real-output.json`.
 */
export const Seen = strictObject({
  releases: z.array(Release).min(1).describe('Every release whose captured output it was found in, oldest first.'),
  lines: z.array(SeenLine).min(1).max(3).describe('Up to three distinct captured lines, different releases first.'),
});
export type Seen = z.infer<typeof Seen>;

/** `content/seen-in-real-output.json`: catalog id → where it was seen, plus a `//` comment key. */
export const SeenFile = z.record(kebabId, Seen);
export type SeenFile = z.infer<typeof SeenFile>;

/**
 * A signature as the engine and the site see it: with its section attached and, when the lab has
 * found it in real output, where (from `content/seen-in-real-output.json`).
 */
export type CatalogEntry = Signature & { section: string; file: string; seen?: Seen | undefined };

export interface Catalog {
  sections: Section[];
  entries: CatalogEntry[];
}
