/**
 * The catalog check on small broken catalogs, one defect each, with the whole message pinned as the
 * check script prints it (after Starlight's config-errors tests): where it is, what is wrong, and
 * what to do.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkCatalog } from '../../../src/catalog/check.ts';
import { formatProblem } from '../../../src/catalog/load.ts';
import { DEMO_SECTION, demoEntry, problemsOf, writeCatalog } from './fixture-catalog.ts';

/** `content/signatures/demo.yaml` with these entries, in the demo section. */
function demoFile(...entries: string[]): Record<string, string> {
  return { 'sections.yaml': DEMO_SECTION, 'signatures/demo.yaml': `section: demo\nsignatures:\n${entries.join('')}` };
}

/** An entry with a regex (given as it is written between single quotes in YAML) over one literal. */
function regexEntry(regex: string): string {
  return demoEntry('demo-one', 'device nonce').replace(
    'match: { literals: ["device nonce"] }',
    () => `match: { literals: ["device nonce"], regex: '${regex}' }`,
  );
}

describe('stage 1: load and schema', () => {
  test('an unknown key in an entry names the field that was meant', async () => {
    assert.deepEqual(await problemsOf(demoFile(demoEntry('demo-one', 'device nonce mismatch', '    relatd: [demo-two]\n'))), [
      '[stage 1] content/signatures/demo.yaml, entry "demo-one": `relatd` is not a field; did you mean `related`?',
    ]);
  });

  test('misspelled keys are caught inside match, meaning, versions and examples, at the top of a file and in sections.yaml, all at once', async () => {
    const problems = await problemsOf({
      'sections.yaml': `${DEMO_SECTION}    analyzerPrest: logs\n`,
      'signatures/demo.yaml': `section: demo
signatures:
  - id: demo-one
    severity: error
    mach: { literals: ["device nonce mismatch"] }
    title: { zh-CN: 标题, en: Title }
    meaning: { zh-cn: 含义, en: Meaning }
    fix: { zh-CN: [修复], en: [Fix] }
    versions: { sinse: "2026.4.9" }
    exmples: { match: ["device nonce mismatch"] }
  - id: demo-two
    severity: error
    match: { litterals: ["device nonce required"] }
    title: { zh-CN: 标题, en: Title }
    meaning: { zh-CN: 含义, en: Meaning }
    fix: { zh-CN: [修复], en: [Fix] }
    examples: { match: ["device nonce required"], nomach: ["device nonce mismatch"] }
`,
      'signatures/other.yaml': `section: other\nsignature:\n${demoEntry('demo-three', 'device signature expired')}`,
    });
    assert.deepEqual(problems, [
      '[stage 1] content/sections.yaml, section "demo": `analyzerPrest` is not a field; did you mean `analyzerPreset`?',
      '[stage 1] content/signatures/demo.yaml, entry "demo-one", field "meaning": `zh-cn` is not a field; did you mean `zh-CN`?',
      '[stage 1] content/signatures/demo.yaml, entry "demo-one", field "versions": `sinse` is not a field; did you mean `since`?',
      '[stage 1] content/signatures/demo.yaml, entry "demo-one": `mach` is not a field; did you mean `match`? `exmples` is not a field; did you mean `examples`?',
      '[stage 1] content/signatures/demo.yaml, entry "demo-two", field "match": `litterals` is not a field; did you mean `literals`?',
      '[stage 1] content/signatures/demo.yaml, entry "demo-two", field "examples": `nomach` is not a field; did you mean `nomatch`?',
      '[stage 1] content/signatures/other.yaml: `signature` is not a field; did you mean `signatures`?',
    ]);
  });

  test('an unknown key with no near field lists the fields', async () => {
    assert.deepEqual(await problemsOf(demoFile(demoEntry('demo-one', 'device nonce mismatch', '    colour: red\n'))), [
      '[stage 1] content/signatures/demo.yaml, entry "demo-one": `colour` is not a field (the fields here are `id`, `severity`, `generic`, `match`, `title`, `meaning`, `fix`, `commands`, `alsoIn`, `related`, `keywords`, `versions`, `versionAdvice`, `retired`, `examples`)',
    ]);
  });

  test('an analyzer preset the island does not have is refused with the preset that was meant', async () => {
    const files = demoFile(demoEntry('demo-one', 'device nonce mismatch'));
    assert.deepEqual(await problemsOf({ ...files, 'sections.yaml': `${DEMO_SECTION}    analyzerPreset: gateway-stats\n` }), [
      '[stage 1] content/sections.yaml, section "demo", field "analyzerPreset": "gateway-stats" is not an analyzer preset; did you mean "gateway-status"?',
    ]);
  });

  test('a broken entry reports every problem at once, with file, entry, field and a hint', async () => {
    const problems = await problemsOf(
      demoFile(`  - id: Bad_Id
    severity: fatal
    match: { literals: [] }
    title: { en: only English }
    meaning: { zh-CN: 含义, en: meaning }
    fix: { zh-CN: [一步], en: [one, two] }
    examples: { match: [x] }
`),
    );
    assert.deepEqual(problems, [
      '[stage 1] content/signatures/demo.yaml, entry "Bad_Id", field "id": must be kebab-case ASCII (a-z, 0-9 and single dashes), e.g. auth-token-mismatch',
      '[stage 1] content/signatures/demo.yaml, entry "Bad_Id", field "severity": Invalid option: expected one of "error"|"warning"|"info"',
      '[stage 1] content/signatures/demo.yaml, entry "Bad_Id", field "match": needs at least one of literals, codes, linePrefix or rule',
      '[stage 1] content/signatures/demo.yaml, entry "Bad_Id", field "title.zh-CN": is required (Invalid input: expected string, received undefined)',
      '[stage 1] content/signatures/demo.yaml, entry "Bad_Id", field "fix": zh-CN and en must have the same number of items (one translation per step)',
    ]);
  });
});

describe('stage 2: ids, references and version ranges', () => {
  test('a duplicate id', async () => {
    assert.deepEqual(
      await problemsOf(demoFile(demoEntry('demo-one', 'device nonce mismatch'), demoEntry('demo-one', 'device nonce required'))),
      [
        '[stage 2] content/signatures/demo.yaml, entry "demo-one", field "id": is also used in content/signatures/demo.yaml; ids are unique across the catalog (choose a more specific one)',
      ],
    );
  });

  test('a related id that is not in the catalog', async () => {
    assert.deepEqual(await problemsOf(demoFile(demoEntry('demo-one', 'device nonce mismatch', '    related: [no-such-id]\n'))), [
      '[stage 2] content/signatures/demo.yaml, entry "demo-one", field "related": "no-such-id" is not a signature id',
    ]);
  });

  test('a version range out of CalVer order (2026.4.20 is after 2026.4.9, a beta before its release)', async () => {
    const problems = await problemsOf(
      demoFile(
        demoEntry('demo-one', 'device nonce mismatch', '    versions: { since: "2026.4.20", until: "2026.4.9" }\n'),
        demoEntry('demo-two', 'device nonce required', '    versions: { since: "2026.4.9", until: "2026.4.20" }\n'),
        demoEntry('demo-three', 'device signature expired', '    versions: { since: "2026.9.1", until: "2026.9.1-beta.1" }\n'),
      ),
    );
    assert.deepEqual(problems, [
      '[stage 2] content/signatures/demo.yaml, entry "demo-one", field "versions": since 2026.4.20 is not before until 2026.4.9, so no release is in the range; until is the first release without it (swap or fix them)',
      '[stage 2] content/signatures/demo.yaml, entry "demo-three", field "versions": since 2026.9.1 is not before until 2026.9.1-beta.1, so no release is in the range; until is the first release without it (swap or fix them)',
    ]);
  });

  test('a version advice range out of order, and one that is empty', async () => {
    const advice = (since: string, until: string) =>
      `      - { since: "${since}", until: "${until}", advice: { zh-CN: 建议, en: Advice } }\n`;
    const problems = await problemsOf(
      demoFile(
        demoEntry(
          'demo-one',
          'device nonce mismatch',
          `    versionAdvice:\n${advice('2026.4.9', '2026.7.30')}${advice('2026.8.2', '2026.8')}${advice('2026.5', '2026.5.0')}`,
        ),
      ),
    );
    assert.deepEqual(problems, [
      '[stage 2] content/signatures/demo.yaml, entry "demo-one", field "versionAdvice[1]": since 2026.8.2 is not before until 2026.8, so no release is in the range; until is the first release without it (swap or fix them)',
      '[stage 2] content/signatures/demo.yaml, entry "demo-one", field "versionAdvice[2]": since 2026.5 is not before until 2026.5.0, so no release is in the range; until is the first release without it (swap or fix them)',
    ]);
  });
});

describe('stage 3: regexes', () => {
  test('a regex that can backtrack catastrophically, with the attack string; examples are not run on it', async () => {
    const { problems, skipped } = await checkCatalog(writeCatalog(demoFile(regexEntry('device nonce (\\w+\\s?)*$'))), { partial: true });
    assert.deepEqual(problems.map(formatProblem), [
      "  - content/signatures/demo.yaml, entry \"demo-one\", field \"match.regex\": can backtrack catastrophically (exponential time; attack string: 'device nonce v' + 'v'.repeat(31) + '\\x00'); make it linear: no nested quantifiers like `(a+)+`, no two unbounded `.*`/`\\S+` runs over the same text, anchor or bound the repeats",
    ]);
    assert.deepEqual(
      skipped.map((s) => s.stage),
      [4, 5, 6],
    );
  });

  test('a regex that does not compile', async () => {
    assert.deepEqual(await problemsOf(demoFile(regexEntry('device nonce (mismatch'))), [
      '[stage 3] content/signatures/demo.yaml, entry "demo-one", field "match.regex": does not compile: Invalid regular expression: /device nonce (mismatch/d: Unterminated group',
    ]);
  });
});

describe('stage 4: examples through the engine', () => {
  test('a match example that does not match and a nomatch example that does', async () => {
    const entry = demoEntry('demo-one', 'device nonce mismatch').replace(
      'examples: { match: ["device nonce mismatch on a line"] }',
      'examples: { match: ["device nonce required"], nomatch: ["reason=device nonce mismatch"] }',
    );
    assert.deepEqual(await problemsOf(demoFile(entry)), [
      '[stage 4] content/signatures/demo.yaml, entry "demo-one", field "examples.match[0]": does not yield "demo-one" (got: nothing); fix the literals/regex/codes or the example',
      '[stage 4] content/signatures/demo.yaml, entry "demo-one", field "examples.nomatch[0]": yields "demo-one" but must not; tighten the literals or regex',
    ]);
  });

  test('a match example that also yields another specific entry', async () => {
    const entry = demoEntry('demo-one', 'device nonce').replace(
      'examples: { match: ["device nonce on a line"] }',
      'examples: { match: ["device nonce mismatch"] }',
    );
    assert.deepEqual(await problemsOf(demoFile(entry, demoEntry('demo-two', 'nonce mismatch'))), [
      '[stage 4] content/signatures/demo.yaml, entry "demo-one", field "examples.match[0]": also yields "demo-two"; make one of the entries more specific (or mark the catch-all generic)',
    ]);
  });
});

describe('stage 5: codes, proven by examples', () => {
  const codeEntry = (codes: string, example: string) => `  - id: demo-runtime-running
    severity: info
    match: { codes: [${codes}] }
    title: { zh-CN: 标题, en: Title }
    meaning: { zh-CN: 含义, en: Meaning }
    fix: { zh-CN: [修复], en: [Fix] }
    examples:
      match: ['${example}']
`;

  test('an example that makes the engine emit a code no entry owns', async () => {
    const statusJson = '{"service":{"runtime":{"status":"running"}},"port":{"status":"busy"},"extraServices":[]}';
    assert.deepEqual(await problemsOf(demoFile(codeEntry('runtime-running', statusJson))), [
      '[stage 5] content/signatures/demo.yaml, entry "demo-runtime-running", field "examples.match[0]": makes the engine emit code "port-busy", which no entry owns; add it to the codes of the entry that explains it, or add an entry for it',
    ]);
  });

  test('a code an entry owns that the engine never emits on its examples', async () => {
    const entry = demoEntry('demo-one', 'gateway token mismatch').replace(
      'match: { literals: ["gateway token mismatch"] }',
      'match: { literals: ["gateway token mismatch"], codes: [AUTH_TOKEN_MISMATCH] }',
    );
    assert.deepEqual(await problemsOf(demoFile(entry)), [
      '[stage 5] content/signatures/demo.yaml, entry "demo-one", field "match.codes": "AUTH_TOKEN_MISMATCH" is never emitted by the engine on this entry\'s examples; add an example in the structured form that carries it (a connect `res` frame, a `--json` document, `system heartbeat last`, …) or remove the code',
    ]);
  });
});

describe("stage 6: the engine's vocabulary", () => {
  /** The 1-based line of the first line of an engine file containing `text`. */
  const lineIn = (file: string, text: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;

  test('a catalog that does not own a code the engine names, or a rule it concludes, is told where the engine emits it', async () => {
    const { problems } = await checkCatalog(writeCatalog(demoFile(demoEntry('demo-one', 'device nonce mismatch'))));
    const messages = problems.filter((p) => p.stage === 6).map(formatProblem);
    assert.ok(
      messages.includes(
        `  - src/engine/parse-json.ts:${lineIn('src/engine/parse-json.ts', "'port-busy'")}: the engine emits code "port-busy" when it reads gateway-status-json (gatewayStatus), and no entry owns it; add an entry with \`codes: [port-busy]\` and an example that makes the engine emit it, or add the code to the entry that explains it`,
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.includes(
        `  - src/engine/combine.ts:${lineIn('src/engine/combine.ts', "'gateway-not-listening':")}: the engine concludes rule "gateway-not-listening", and no entry owns it, so the conclusion is never reported; add an entry with \`match: { rule: gateway-not-listening }\``,
      ),
      messages.join('\n'),
    );
  });

  test('a partial catalog is not held to the whole engine', async () => {
    const { problems, skipped } = await checkCatalog(writeCatalog(demoFile(demoEntry('demo-one', 'device nonce mismatch'))), {
      partial: true,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(skipped, [{ stage: 6, reason: 'a partial catalog' }]);
  });
});
