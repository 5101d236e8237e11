/**
 * `openclaw-triage collect` run by the lab against the real releases, inside each scenario's sandbox
 * (the `collect` steps of tests/lab/scenarios/*.yaml): the committed JSON follows the contract and
 * gives the checklist its scenario expects, its bundle is complete and holds no secret, and the
 * packed CLI of this checkout, replaying the bundle's outputs through a stand-in openclaw, still
 * gives that checklist (so a change of the catalog or the engine that breaks it fails here).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CliOutput } from '../../../src/cli/output-schema.ts';
import { SECRET_VARIABLES } from '../../../src/cli/collect-run.ts';
import { OUTPUT_FILES } from '../../../src/cli/collect-bundle.ts';
import { RUNG_COMMANDS } from '../../../src/cli/collect-forms.ts';
import { checkChecklist, labCollectCaptures, type CollectCapture } from '../../../scripts/lab/fixtures.ts';
import { LAB_SECRETS } from '../../../scripts/lab/capture.ts';
import { packedCli, releaseAnswers, runCollect, type Answers } from './collect-helpers.ts';

const captures = labCollectCaptures();
const name = (c: CollectCapture) => `${c.release}/${c.scenario.id}/${c.record.name}`;
let work: string;
let cli: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'openclaw-triage-collect-lab-'));
  cli = packedCli(work);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The secrets of a run: the lab's own, and those its step put in the environment. */
function secretsOf(c: CollectCapture): string[] {
  const step = c.scenario.scenario.steps.find((s) => s.name === c.record.name)!;
  return [...Object.values(LAB_SECRETS), ...SECRET_VARIABLES.map((v) => step.env[v]).filter((v): v is string => v !== undefined)];
}

/** A stand-in openclaw answering each command line that ran with the bundle's redacted output of it. */
function replayAnswers(c: CollectCapture, doc: any): Answers {
  const answers = releaseAnswers(c.release);
  doc.ladder.forEach((rung: any, i: number) => {
    if (!rung.run) return;
    const args = rung.run.command.replace(/^openclaw /, '');
    answers[args] = { file: join(c.bundle, 'outputs', OUTPUT_FILES[i]!), exit: rung.run.exitCode ?? 1, hang: rung.run.timedOut };
  });
  // A rung the release had no command for: its --help is the root help again.
  doc.ladder.forEach((rung: any, i: number) => {
    if (rung.reason === 'not-in-release') delete answers[`${RUNG_COMMANDS[i]!.words.join(' ')} --help`];
  });
  return answers;
}

test('the lab ran collect on the four scenarios on both default releases', () => {
  const ran = new Set(captures.map((c) => `${c.release}/${c.scenario.id}`));
  for (const release of ['2026.4.9', '2026.9.6'])
    for (const scenario of ['healthy', 'gateway-stopped', 'wrong-token', 'bind-lan-no-auth'])
      assert.ok(ran.has(`${release}/${scenario}`), `${release}/${scenario}`);
});

for (const c of captures) {
  describe(name(c), () => {
    const doc = JSON.parse(c.text);

    test('its JSON follows the contract, with one input per command that ran', () => {
      const parsed = CliOutput.safeParse(doc);
      assert.ok(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error));
      assert.deepEqual(
        doc.inputs.map((i: any) => i.name),
        doc.ladder.filter((r: any) => r.run).map((r: any) => r.run.command),
      );
      assert.equal(doc.openclaw.version, c.release);
    });

    test('the checklist its scenario expects', () => {
      assert.ok(c.checklist, `${c.scenario.id}.yaml gives the collect step a checklist`);
      assert.deepEqual(
        checkChecklist(c.checklist, doc, c.record.exitCode),
        [],
        JSON.stringify(
          doc.ladder.map((r: any) => [r.command, r.status, r.findings, r.reason]),
          null,
          1,
        ),
      );
    });

    test('its bundle: report.md, report.json as printed, one output per command that ran, and no secret anywhere', () => {
      assert.deepEqual(JSON.parse(readFileSync(join(c.bundle, 'report.json'), 'utf8')), doc);
      const md = readFileSync(join(c.bundle, 'report.md'), 'utf8');
      assert.match(md, new RegExp(`^# openclaw-triage collect: OpenClaw ${c.release.replace(/\./g, '\\.')}$`, 'm'));
      for (const rung of doc.ladder.filter((r: any) => r.run))
        assert.ok(md.includes(`### \`${rung.run.command}\``), `report.md has ${rung.run.command}`);
      const outputs = readdirSync(join(c.bundle, 'outputs')).sort();
      assert.deepEqual(outputs, doc.ladder.flatMap((r: any, i: number) => (r.run ? [OUTPUT_FILES[i]] : [])).sort());
      const texts = [c.text, c.record.stderr ?? '', md, ...outputs.map((o) => readFileSync(join(c.bundle, 'outputs', o), 'utf8'))];
      for (const secret of secretsOf(c)) assert.ok(!texts.some((t) => t.includes(secret)), `${secret} is shown`);
      assert.ok(!texts.some((t) => t.includes('/home/operator')), 'the home folder name is masked');
    });

    test('one progress line per command on stderr', () => {
      const lines = (c.record.stderr ?? '').split('\n').filter((l) => /^openclaw-triage collect: \[\d\/5\]/.test(l));
      assert.equal(lines.length, 5, c.record.stderr);
    });

    test('replayed through the packed CLI of this checkout: still the checklist its scenario expects', () => {
      assert.ok(existsSync(join(c.bundle, 'outputs')));
      const r = runCollect(cli, ['--format', 'json', '--timeout', '1'], { answers: replayAnswers(c, doc), release: c.release });
      const replay = r.json();
      assert.deepEqual(
        checkChecklist(c.checklist!, replay, r.status),
        [],
        JSON.stringify(
          replay.ladder.map((x: any) => [x.command, x.status, x.findings, x.reason]),
          null,
          1,
        ),
      );
    });
  });
}
