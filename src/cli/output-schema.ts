/**
 * The contract of `openclaw-triage --format json`, as one zod schema: the site publishes it as JSON
 * Schema at `/cli-output.schema.json` (src/pages/cli-output.schema.json.ts), format-json.ts is typed
 * by it, and the CLI tests validate the packed CLI's real output against it.
 *
 * Objects are strict here, so the tests fail when the CLI prints a field this schema does not describe.
 * The published JSON Schema drops `additionalProperties: false`: the contract lets later versions add
 * fields, and a consumer validating with it must not reject them.
 *
 * The CLI bundle never loads this module (it would pull zod in; scripts/build-cli.ts refuses that):
 * format-json.ts imports its types only.
 */
import { z } from 'zod';
import { SEVERITIES, type InputKind, type SkipReason } from '../engine/types.ts';
import { TOOL_NAME } from './context.ts';
import { JSON_FORMAT_VERSION } from './format-json.ts';

export const CLI_OUTPUT_SCHEMA_PATH = '/cli-output.schema.json';

/** Returns `list` typed as it is, and fails to compile when it misses a member of the union `T`. */
function everyOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

/** Every kind of output the engine detects (a compile error lists any the engine adds and this list lacks). */
export const INPUT_KINDS = everyOf<InputKind>()([
  'logs-plain',
  'logs-pretty',
  'logs-json',
  'logs-file',
  'console',
  'console-json',
  'gateway-status',
  'gateway-status-json',
  'gateway-probe',
  'gateway-probe-json',
  'channels-status',
  'channels-status-json',
  'connect-frame',
  'close-message',
  'gateway-run',
  'doctor',
  'doctor-lint-json',
  'status',
  'heartbeat-last',
  'cron-status',
  'cron-runs',
  'version',
  'json',
  'text',
]);

const SKIP_REASONS = everyOf<SkipReason>()(['binary', 'long-line', 'json-invalid', 'json-truncated', 'json-too-large', 'limit']);

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const signatureId = kebabId.describe('Signature id from the catalog (`/catalog.json`): stable kebab-case, never reused.');
const inputName = z.string().describe('The input as given on the command line, or `<stdin>` for standard input; matches `inputs[].name`.');
const line = z.int().min(1).describe('Line number, 1-based within its input.');
const count = z.int().min(1).describe('How many times it occurred in that input.');
// zod writes a `.regex()` on a URL as `pattern` and drops `format: uri`: the meta puts it back.
const signatureUrl = z
  .url()
  .regex(/\/(?:en|zh-cn)\/signatures\/[a-z0-9-]+\/$/)
  .meta({ format: 'uri' })
  .describe("The signature's handbook page: `${docsUrl}/${en|zh-cn}/signatures/${id}/`, in the language of `--lang`.");
const title = z.string().min(1).describe("The signature's title in the language of `--lang`.");

const OpenclawVersion = z
  .strictObject({
    value: z
      .string()
      .regex(/^\d{4}\.\d{1,2}(?:\.\d{1,2})?/)
      .describe('The OpenClaw release (CalVer), e.g. `2026.4.9`.'),
    line: line.describe('The line it was read from.'),
  })
  .describe('The OpenClaw release that printed this input, when the input shows it (a banner, `--version` output, a JSON field).');

const Input = z
  .strictObject({
    name: inputName,
    kind: z
      .enum([...INPUT_KINDS, 'empty', 'unreadable'])
      .describe(
        'The first kind of output detected in the input; `empty` for an empty input, `unreadable` for one that could not be read. Later releases may add kinds.',
      ),
    lines: z.int().min(0).describe('Lines read (0 when it could not be read).'),
    kinds: z
      .array(z.enum(INPUT_KINDS))
      .describe("Every kind detected, in order of first appearance (a paste often holds several commands' output)."),
    openclawVersion: OpenclawVersion.optional(),
    error: z
      .string()
      .optional()
      .describe("Why the input could not be read: the system's own message, untranslated (then `kind` is `unreadable`)."),
  })
  .describe('One input: a file, or standard input.');

const Finding = z
  .strictObject({
    id: signatureId,
    section: kebabId.describe('The handbook section the signature belongs to.'),
    severity: z.enum(SEVERITIES).describe('How bad it is: `error`, `warning`, or `info` (healthy signals are info).'),
    input: inputName,
    line: line.describe('Line of the first occurrence, 1-based within that input.'),
    match: z.string().describe('The matched text, redacted unless `--no-redact`.'),
    title,
    url: signatureUrl,
    count,
  })
  .describe('A known signature found in an input.');

const Unrecognized = z
  .strictObject({
    input: inputName,
    line: line.describe('Line of the first occurrence.'),
    lastLine: line.describe('Line of the last occurrence.'),
    count,
    shape: z.string().min(1).describe('The line with numbers, ids, paths and quoted values masked: what its repeats share.'),
    excerpt: z.string().describe('The first occurrence, redacted and capped.'),
    nearest: z
      .array(z.strictObject({ id: signatureId, title, url: signatureUrl }))
      .describe('The catalog entries whose strings are nearest to it, best first (may be empty).'),
    search: z
      .url()
      .regex(/\/(?:en|zh-cn)\/signatures\/\?q=/)
      .meta({ format: 'uri' })
      .describe("Opens the handbook's signature search with the line's words: `${docsUrl}/${en|zh-cn}/signatures/?q=…`."),
  })
  .describe(
    'A line that looks like a problem (an error level, `Error:`, `failed`, …) that no signature explains: "not in the catalog yet". Never changes the exit code.',
  );

const Skipped = z
  .strictObject({
    input: inputName,
    reason: z
      .enum(SKIP_REASONS)
      .describe(
        '`binary` data, a `long-line` searched only in part, JSON that is invalid, truncated or too large to parse (searched as text), or `limit`: more than could be listed.',
      ),
    startLine: line,
    endLine: line,
    count: count.describe('How many lines or blocks were affected.'),
    detail: z.string().optional().describe("Short technical detail, e.g. the JSON parser's message."),
  })
  .describe('Lines the engine could not read (fully); they were still searched as text where possible.');

const InputError = z
  .strictObject({ input: inputName, message: z.string().describe("The system's message, untranslated.") })
  .describe('An input that could not be read (exit code 2; the other inputs are still analysed).');

const ladderCommand = z
  .string()
  .regex(/^openclaw\b/)
  .describe("A command of the handbook's command ladder, as the handbook names it (`openclaw gateway status`).");

const LadderEntry = z
  .strictObject({
    command: ladderCommand,
    status: z
      .enum(['missing', 'healthy', 'problem'])
      .describe(
        '`problem`: an error was found in its output; `healthy`: its output was read and no error was found (warnings alone do not make a problem); `missing`: no usable output (see `reason`).',
      ),
    findings: z.array(signatureId).describe('Ids of the error and warning findings in its output, in rank order.'),
    signals: z.array(signatureId).describe('Ids of the healthy signals (info findings) in its output, e.g. `rpc-probe-ok`.'),
    run: z
      .strictObject({
        command: z
          .string()
          .regex(/^openclaw\b/)
          .describe(
            'The command line that ran, the read-only form this release offers (`openclaw logs --limit 200 --plain`); matches `inputs[].name`.',
          ),
        exitCode: z.int().nullable().describe('Its exit code; null when it was stopped (see `timedOut` and `signal`).'),
        signal: z.string().optional().describe('The signal that ended it, when one did.'),
        timedOut: z
          .boolean()
          .describe('True when it did not finish within `--timeout` and was stopped; what it printed until then was still read.'),
        durationMs: z.int().min(0).describe('How long it ran, in milliseconds.'),
      })
      .optional()
      .describe('How its command ran; absent when it was not run.'),
    reason: z
      .enum(['not-in-release', 'no-read-only-form', 'help-failed', 'timeout', 'unrecognized'])
      .optional()
      .describe(
        "Why the rung is `missing` (or was not run): `not-in-release` (its `--help` does not know the command), `no-read-only-form` (e.g. no `doctor --lint`: its other forms can change config or state), `help-failed` (its `--help` did not answer), `timeout` (no answer within `--timeout`), `unrecognized` (its output was not recognised as that command's).",
      ),
  })
  .describe('One rung of the command ladder as `collect` ran it.');

export const CliOutput = z
  .strictObject({
    version: z
      .literal(JSON_FORMAT_VERSION)
      .describe("Version of this document's format. Fields may be added without a new version; consumers ignore fields they do not know."),
    tool: z
      .strictObject({
        name: z.literal(TOOL_NAME).describe('Always `openclaw-triage`.'),
        version: z
          .string()
          .regex(/^\d+\.\d+\.\d+/)
          .describe('Version of openclaw-triage (semver); it comes with its catalog.'),
      })
      .describe('The program that wrote the document.'),
    inputs: z.array(Input).describe('One entry per input, in command-line order.'),
    findings: z
      .array(Finding)
      .describe(
        'Known signatures across all inputs, in rank order: conclusions drawn from several lines first, then specific before generic, then by severity, then by line.',
      ),
    unrecognized: z
      .array(Unrecognized)
      .optional()
      .describe('Present when some line is not in the catalog yet (at most 20 per input, once per shape).'),
    skipped: z.array(Skipped).optional().describe('Present when something was skipped.'),
    errors: z.array(InputError).optional().describe('Present when an input could not be read.'),
    openclaw: z
      .strictObject({
        version: z
          .string()
          .regex(/^\d{4}\.\d{1,2}\.\d{1,2}/)
          .describe('The release `openclaw --version` named (CalVer).'),
      })
      .optional()
      .describe('`collect` only: the OpenClaw installation it ran, when `openclaw --version` said which release it is.'),
    ladder: z
      .array(LadderEntry)
      .optional()
      .describe(
        '`collect` only: the checklist, one entry per rung of the command ladder in the order they are run; `inputs` holds one input per command that ran.',
      ),
    next: z
      .strictObject({
        command: z
          .string()
          .min(1)
          .describe(
            'The command to run next, as the catalog or the handbook writes it (mostly `openclaw …`; may hold a placeholder such as `<requestId>`).',
          ),
        because: signatureId.optional().describe('The finding whose fix names it.'),
      })
      .nullable()
      .optional()
      .describe(
        '`collect` only: what to run next, from the fix of the most telling error (conclusions first); null when nothing calls for another command.',
      ),
  })
  .describe('The output of `openclaw-triage --format json` (scan and collect): what it found in OpenClaw command output and logs.');

export type CliOutput = z.output<typeof CliOutput>;

/** The JSON Schema the site serves at `/cli-output.schema.json`: the zod schema above, open to added fields. */
export function cliOutputJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(CliOutput, {
    io: 'output',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  return { $schema, $id: CLI_OUTPUT_SCHEMA_PATH, title: 'openclaw-triage --format json', ...schema };
}
