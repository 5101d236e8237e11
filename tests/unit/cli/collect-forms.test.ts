/**
 * collect's read-only forms, decided from what each real release's `--help` says (lab captures of
 * 2026.4.9 and 2026.9.6), never from a version number, and never a flag that writes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseForm, FORBIDDEN_FLAGS, parseHelp, parseVersion, RUNG_COMMANDS } from '../../../src/cli/collect-forms.ts';
import { LADDER } from '../../../src/engine/index.ts';

const help = (release: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/lab', release, 'healthy', `${name}.txt`), 'utf8');
const HELP_NAMES = ['help-status', 'help-gateway-status', 'help-logs', 'help-doctor', 'help-channels-status'];
const formsOf = (release: string) => RUNG_COMMANDS.map((rc, i) => chooseForm(rc, parseHelp(help(release, HELP_NAMES[i]!), rc.words)));

describe('the forms each real release offers', () => {
  test('one command per rung of the ladder, in its order', () => {
    assert.deepEqual(
      RUNG_COMMANDS.map((rc) => LADDER[rc.rung]!.command),
      LADDER.map((r) => r.command),
    );
  });

  test('2026.9.6: status --all, gateway status, logs --limit 200 --plain, doctor --lint --json, channels status --probe', () => {
    assert.deepEqual(formsOf('2026.9.6'), [
      ['status', '--all'],
      ['gateway', 'status'],
      ['logs', '--limit', '200', '--plain'],
      ['doctor', '--lint', '--json'],
      ['channels', 'status', '--probe'],
    ]);
  });

  test('2026.4.9: the same, except doctor, which has no read-only form (no --lint)', () => {
    assert.deepEqual(formsOf('2026.4.9'), [
      ['status', '--all'],
      ['gateway', 'status'],
      ['logs', '--limit', '200', '--plain'],
      { skip: 'no-read-only-form' },
      ['channels', 'status', '--probe'],
    ]);
    const doctor = parseHelp(help('2026.4.9', 'help-doctor'), ['doctor']);
    assert.ok(
      doctor.exists && doctor.options.has('--non-interactive') && doctor.options.has('--fix'),
      'its doctor offers only forms that migrate or repair',
    );
  });

  test('reads the options of a help, not the flags quoted in its descriptions', () => {
    const parsed = parseHelp(help('2026.9.6', 'help-doctor'), ['doctor']);
    assert.ok(parsed.options.has('--lint') && parsed.options.has('--severity-min'));
    const prose = parseHelp(
      'Usage: openclaw doctor [options]\n\nOptions:\n  --deep        Scan; see also\n                --lint in newer releases\n',
      ['doctor'],
    );
    assert.deepEqual([...prose.options], ['--deep']);
  });

  test('a command the release does not have: its --help is the root help, so it is not in this release', () => {
    const root = help('2026.9.6', 'help-root');
    for (const rc of RUNG_COMMANDS)
      assert.deepEqual(chooseForm(rc, parseHelp(root, rc.words)), { skip: 'not-in-release' }, rc.words.join(' '));
    assert.deepEqual(chooseForm(RUNG_COMMANDS[0]!, undefined), { skip: 'help-failed' });
  });

  test('a help that offers only the bare command gives the bare command', () => {
    assert.deepEqual(
      chooseForm(RUNG_COMMANDS[2]!, parseHelp('Usage: openclaw logs [options]\n\nOptions:\n  -h, --help  Display help\n', ['logs'])),
      ['logs'],
    );
  });
});

describe('read-only, whatever a release offers', () => {
  test('no form passes a flag that writes config or state, or never ends', () => {
    const everything = new Set(FORBIDDEN_FLAGS.concat(['--all', '--lint', '--json', '--plain', '--limit', '--probe']));
    for (const rc of RUNG_COMMANDS) {
      const form = rc.form(everything);
      if (!Array.isArray(form)) continue;
      assert.deepEqual(
        form.filter((f) => FORBIDDEN_FLAGS.includes(f)),
        [],
        `openclaw ${form.join(' ')}`,
      );
    }
  });

  test('the forbidden flags are the writing ones of the real doctor and logs', () => {
    for (const flag of ['--fix', '--repair', '--yes', '--force', '--generate-gateway-token', '--non-interactive'])
      assert.ok(parseHelp(help('2026.4.9', 'help-doctor'), ['doctor']).options.has(flag), `2026.4.9 doctor --help lists ${flag}`);
    assert.ok(parseHelp(help('2026.9.6', 'help-logs'), ['logs']).options.has('--follow'));
    for (const flag of ['--fix', '--repair', '--yes', '--force', '--generate-gateway-token', '--non-interactive', '--follow'])
      assert.ok(FORBIDDEN_FLAGS.includes(flag), flag);
  });
});

test('the release from openclaw --version, as each release prints it', () => {
  assert.equal(parseVersion(help('2026.4.9', 'version')), '2026.4.9');
  assert.equal(parseVersion(help('2026.9.6', 'version')), '2026.9.6');
  assert.equal(parseVersion('2026.1.30\n'), '2026.1.30');
  assert.equal(parseVersion('error: unknown option'), undefined);
});
