/**
 * The signature catalog schema: one source of truth for the site, the analyzers and the CLI.
 *
 * Data lives in `content/signatures/<section>.yaml` (one file per handbook section) and
 * `content/sections.yaml` (the section registry). Everything is parsed once at load by
 * `loadCatalog` and checked in stages by `checkCatalog`.
 */
import { z } from 'zod';
import { SEVERITIES } from '../engine/types.ts';

export { LOCALES, type Locale } from '../present/locale.ts';
import { LOCALES } from '../present/locale.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
// YAML reads `429` or `18789` as numbers; as search terms they are text.
const searchTerm = z.union([nonEmpty, z.number().transform(String)]);
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9 and single dashes), e.g. auth-token-mismatch');

/** A text in both languages. Upstream error strings are never translated, only explained. */
export const LocalizedText = z.object({
  /** Simplified Chinese. */
  'zh-CN': nonEmpty,
  /** English. */
  en: nonEmpty,
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A list (e.g. fix steps) in both languages; both lists must have the same length. */
export const LocalizedList = z
  .object({ 'zh-CN': z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) })
  .refine((v) => v['zh-CN'].length === v.en.length, {
    message: 'zh-CN and en must have the same number of items (one translation per step)',
  });
export type LocalizedList = z.infer<typeof LocalizedList>;

/** CalVer release like `2026.4.20`, `2026.2.21-2` or `2026.9.1-beta.1`; a month (`2026.4`) also works. */
export const Release = z
  .string()
  .regex(/^\d{4}\.\d{1,2}(?:\.\d{1,2})?(?:-[0-9a-z.]+)?$/, 'must be an OpenClaw CalVer release such as 2026.4.20');

/** Severity is the engine's notion (`src/engine/types.ts`); the catalog only validates it. */
export const Severity = z.enum(SEVERITIES);

export const MatchRules = z
  .object({
    /**
     * Cheap substring prefilter. A line is a candidate when it contains any of them
     * (exact case unless `ignoreCase`). Without `regex`, the literal found is the matched text.
     */
    literals: z.array(nonEmpty).default([]),
    /**
     * Optional JavaScript regex run only on candidate lines; it must match for a finding.
     * Its match (group `m` when present, else the whole match) is the matched text.
     * Keep it linear: no nested quantifiers (checked in tests).
     */
    regex: z.string().min(1).optional(),
    /**
     * For signatures with no distinctive substring (e.g. the `- <channel> <account>: …` lines under
     * `Warnings:`): lines starting with this prefix are the candidates instead of literal hits.
     * Needs a regex; use sparingly, every line is tested against it.
     */
    linePrefix: z.string().min(1).optional(),
    /** Compare literals and regex case-insensitively (upstream platform errors like `Forbidden`). */
    ignoreCase: z.boolean().default(false),
    /**
     * Structured codes the parsers extract from JSON and status output:
     * `error.details.code`, `warnings[].code`, heartbeat/cron reasons, etc.
     * Exact, case-sensitive. Also used by `openclaw-triage explain <code>`.
     */
    codes: z.array(nonEmpty).default([]),
    /**
     * Name of a combination rule in `src/engine/combine.ts`: the entry is a conclusion drawn from
     * several facts (e.g. runtime running + probe failed), never from one line.
     */
    rule: kebabId.optional(),
    /**
     * Name of a contradiction in `src/engine/combine.ts` (`CONTRADICTIONS`): when the same paste
     * shows it, this signature is not a problem there and is not reported (e.g. the port is busy
     * because the running gateway itself holds it).
     */
    unless: kebabId.optional(),
  })
  .refine((m) => m.literals.length > 0 || m.codes.length > 0 || m.rule !== undefined || m.linePrefix !== undefined, {
    message: 'needs at least one of literals, codes, linePrefix or rule',
  })
  .refine((m) => m.linePrefix === undefined || m.regex !== undefined, { message: 'a linePrefix needs a regex to decide' })
  .refine((m) => m.regex === undefined || m.literals.length > 0 || m.linePrefix !== undefined, {
    message: 'a regex needs literals to prefilter on (the engine never runs a regex on every line)',
  });
export type MatchRules = z.infer<typeof MatchRules>;

/** Which releases print this signature, and advice that differs by release. */
export const VersionInfo = z.object({
  /** First release known to print it. */
  since: Release.optional(),
  /** First release that no longer prints it (exclusive). */
  until: Release.optional(),
  /** What changed, in both languages. */
  note: LocalizedText.optional(),
});

/** Advice that applies only to a range of releases; shown when the input reveals the version. */
export const VersionAdvice = z.object({
  since: Release.optional(),
  until: Release.optional(),
  advice: LocalizedText,
});

export const Signature = z.object({
  /** Stable kebab-case id: never derived from a heading or a translation, never reused. */
  id: kebabId,
  severity: Severity,
  /** Generic signatures (bare `unauthorized`, `gateway connect failed:`) rank after specific ones. */
  generic: z.boolean().default(false),
  match: MatchRules,
  /** Short name of the problem. */
  title: LocalizedText,
  /** What it means, one or two sentences. */
  meaning: LocalizedText,
  /** Fix steps in order. Commands in backticks are copied verbatim. */
  fix: LocalizedList,
  /** Exact commands to run, in order. */
  commands: z.array(nonEmpty).default([]),
  /** Other sections whose pages also list this signature (its home is the file's section). */
  alsoIn: z.array(kebabId).default([]),
  /** Ids of related signatures. */
  related: z.array(kebabId).default([]),
  /** Extra search terms (symptom words readers type), per language. */
  keywords: z.object({ 'zh-CN': z.array(searchTerm).default([]), en: z.array(searchTerm).default([]) }).optional(),
  versions: VersionInfo.optional(),
  versionAdvice: z.array(VersionAdvice).default([]),
  /** Retired: no longer printed by current releases; kept so old logs still get an answer. */
  retired: z.boolean().default(false),
  /** Real-format examples; they are tests (see `checkCatalog`). Multi-line strings are one pasted text. */
  examples: z.object({
    match: z.array(nonEmpty).min(1, 'needs at least one example that must match'),
    nomatch: z.array(nonEmpty).default([]),
  }),
});
export type Signature = z.infer<typeof Signature>;
export type SignatureInput = z.input<typeof Signature>;

/** One `content/signatures/<section>.yaml` file. */
export const SignatureFile = z.object({
  /** Section id, as in `content/sections.yaml`. */
  section: kebabId,
  signatures: z.array(Signature).min(1),
});

/** One handbook section (a page per locale). */
export const Section = z.object({
  id: kebabId,
  /** Page slug under each locale, e.g. `sections/control-ui` (the empty string is the landing page). */
  slug: z.string().regex(/^(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/),
  title: LocalizedText,
  /** The analyzer input kind the section's embedded analyzer is preset to, if any. */
  analyzerPreset: z.string().optional(),
});
export type Section = z.infer<typeof Section>;

export const SectionsFile = z.object({ sections: z.array(Section).min(1) });

/** One line of real OpenClaw output a signature was found on, captured by the lab (`npm run lab`). */
export const SeenLine = z.object({
  release: Release.describe('OpenClaw release that printed the line.'),
  scenario: kebabId.describe('Lab scenario that set the problem up (tests/lab/scenarios/<scenario>.yaml in the handbook repository).'),
  capture: kebabId.describe('Name of the capture within the scenario (a command step or a background process).'),
  command: nonEmpty.describe('The command line that printed it, as a user would type it (secrets masked).'),
  line: nonEmpty.describe('The captured line, verbatim except: terminal escapes removed, secrets masked, trimmed, capped at about 300 characters.'),
});
export type SeenLine = z.infer<typeof SeenLine>;

/**
 * Where a signature was seen in real OpenClaw output: the analyzer found it in the lab's captures of
 * real releases. Generated by `npm run lab -- seen` into `content/seen-in-real-output.json`.
 */
export const Seen = z.object({
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
