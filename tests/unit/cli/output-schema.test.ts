/**
 * The published schema of `openclaw-triage --format json` (src/cli/output-schema.ts, served as
 * `/cli-output.schema.json`): it describes the contract of the README and the CLI pages, it rejects
 * documents that break it, and it lets later versions add fields.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { CLI_OUTPUT_SCHEMA_PATH, CliOutput, cliOutputJsonSchema, INPUT_KINDS } from '../../../src/cli/output-schema.ts';

/** A document as the README's example shows it, with the fields the CLI always prints. */
const example = () => ({
  version: 1,
  tool: { name: 'openclaw-triage', version: '0.1.0' },
  inputs: [{ name: 'gateway.log', kind: 'logs-plain', lines: 44, kinds: ['logs-plain'] }],
  findings: [
    {
      id: 'auth-token-mismatch',
      section: 'control-ui',
      severity: 'error',
      input: 'gateway.log',
      line: 12,
      match: 'gateway token mismatch',
      title: 'Shared gateway token does not match',
      url: 'https://openclaw-handbook.example/en/signatures/auth-token-mismatch/',
      count: 3,
    },
  ],
});

const published = cliOutputJsonSchema() as Record<string, any>;
const consumer = z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]);

describe('the JSON Schema', () => {
  test('is JSON Schema 2020-12 with its own URL on the site', () => {
    assert.equal(published['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(published['$id'], CLI_OUTPUT_SCHEMA_PATH);
    assert.equal(CLI_OUTPUT_SCHEMA_PATH, '/cli-output.schema.json');
  });

  test('requires the fields of the contract, in the order the README lists them', () => {
    assert.deepEqual(published['required'], ['version', 'tool', 'inputs', 'findings']);
    assert.deepEqual(published['properties'].inputs.items.required, ['name', 'kind', 'lines', 'kinds']);
    assert.deepEqual(Object.keys(published['properties'].findings.items.properties), [
      'id',
      'section',
      'severity',
      'input',
      'line',
      'match',
      'title',
      'url',
      'count',
    ]);
    assert.deepEqual(published['properties'].findings.items.required, [
      'id',
      'section',
      'severity',
      'input',
      'line',
      'match',
      'title',
      'url',
      'count',
    ]);
  });

  test('describes every field', () => {
    const undescribed: string[] = [];
    const walk = (node: any, path: string) => {
      for (const [name, child] of Object.entries<any>(node?.properties ?? {})) {
        if (!child.description && !child.items?.description) undescribed.push(`${path}.${name}`);
        walk(child.items ?? child, `${path}.${name}`);
      }
    };
    walk(published, '$');
    assert.deepEqual(undescribed, []);
  });

  test('lets later versions add fields: no object forbids unknown properties', () => {
    assert.doesNotMatch(JSON.stringify(published), /"additionalProperties":false/);
    assert.equal(consumer.safeParse({ ...example(), addedLater: true }).success, true);
    const doc = example();
    Object.assign(doc.findings[0]!, { addedLater: 1 });
    assert.equal(consumer.safeParse(doc).success, true);
  });

  test('lists every input kind the engine detects, plus empty and unreadable', () => {
    assert.deepEqual(published['properties'].inputs.items.properties.kind.enum, [...INPUT_KINDS, 'empty', 'unreadable']);
  });
});

describe('documents that break the contract are rejected', () => {
  const broken: Array<[string, (doc: ReturnType<typeof example>) => void]> = [
    ['another format version', (d) => void ((d as any).version = 2)],
    ['another tool', (d) => void (d.tool.name = 'grep')],
    ['a finding without its url', (d) => void delete (d.findings[0] as any).url],
    ['a line number 0 (lines are 1-based)', (d) => void (d.findings[0]!.line = 0)],
    ['a fractional count', (d) => void (d.findings[0]!.count = 1.5)],
    ['an unknown severity', (d) => void (d.findings[0]!.severity = 'fatal')],
    ['a url that is not a signature page', (d) => void (d.findings[0]!.url = 'https://openclaw-handbook.example/en/')],
    ['a url that is no URL', (d) => void (d.findings[0]!.url = 'en/signatures/auth-token-mismatch/')],
    ['an id that is not kebab-case', (d) => void (d.findings[0]!.id = 'Auth_Token')],
    ['an unknown input kind', (d) => void (d.inputs[0]!.kind = 'syslog')],
    ['inputs that are not a list', (d) => void ((d as any).inputs = {})],
    [
      'an unrecognized line without its search link',
      (d) =>
        void ((d as any).unrecognized = [
          { input: 'a', line: 1, lastLine: 1, count: 1, shape: 'x failed', excerpt: 'x failed', nearest: [] },
        ]),
    ],
    [
      'a skipped block with an unknown reason',
      (d) => void ((d as any).skipped = [{ input: 'a', reason: 'too-pretty', startLine: 1, endLine: 1, count: 1 }]),
    ],
  ];
  for (const [what, breakIt] of broken) {
    test(what, () => {
      const doc = example();
      breakIt(doc);
      assert.equal(consumer.safeParse(doc).success, false, 'the published JSON Schema');
      assert.equal(CliOutput.safeParse(doc).success, false, 'the zod schema');
    });
  }

  test('the README example itself is accepted', () => {
    assert.equal(consumer.safeParse(example()).success, true);
    assert.equal(CliOutput.safeParse(example()).success, true);
  });

  test('the strict zod schema (used by the CLI tests) rejects a field it does not describe', () => {
    const doc = example();
    Object.assign(doc.findings[0]!, { undocumented: 1 });
    assert.equal(CliOutput.safeParse(doc).success, false);
  });
});

describe('the checklist of collect', () => {
  /** A collect document: the scan contract plus `openclaw`, `ladder` and `next`. */
  const collected = () => ({
    ...example(),
    openclaw: { version: '2026.9.6' },
    ladder: [
      {
        command: 'openclaw gateway status',
        status: 'problem',
        findings: ['gateway-not-listening'],
        signals: [],
        run: { command: 'openclaw gateway status', exitCode: 0, timedOut: false, durationMs: 1600 },
      },
      {
        command: 'openclaw status',
        status: 'missing',
        findings: [],
        signals: [],
        run: { command: 'openclaw status --all', exitCode: null, signal: 'SIGTERM', timedOut: true, durationMs: 60000 },
        reason: 'timeout',
      },
      { command: 'openclaw doctor', status: 'missing', findings: [], signals: [], reason: 'no-read-only-form' },
    ],
    next: { command: 'openclaw gateway start', because: 'gateway-not-listening' },
  });

  test('is described, and a collect document is accepted, with or without a next command', () => {
    for (const field of ['openclaw', 'ladder', 'next']) assert.ok(published['properties'][field]?.description, field);
    assert.equal(consumer.safeParse(collected()).success, true);
    assert.equal(CliOutput.safeParse(collected()).success, true);
    assert.equal(CliOutput.safeParse({ ...collected(), next: null }).success, true);
  });

  const broken: Array<[string, (doc: any) => void]> = [
    ['a rung with an unknown status', (d) => void (d.ladder[0].status = 'broken')],
    ['a rung without its findings', (d) => void delete d.ladder[0].findings],
    ['a rung with an unknown reason', (d) => void (d.ladder[2].reason = 'felt-like-it')],
    ['a run without its exit code', (d) => void delete d.ladder[0].run.exitCode],
    ['a run with a fractional duration', (d) => void (d.ladder[0].run.durationMs = 1.5)],
    ['a next command without its command', (d) => void delete d.next.command],
    ['a release that is not CalVer', (d) => void (d.openclaw.version = 'latest')],
  ];
  for (const [what, breakIt] of broken) {
    test(`rejects ${what}`, () => {
      const doc = collected();
      breakIt(doc);
      assert.equal(consumer.safeParse(doc).success, false, 'the published JSON Schema');
      assert.equal(CliOutput.safeParse(doc).success, false, 'the zod schema');
    });
  }
});
