/** When openclaw-triage colours its output, and with which escape codes. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createStyle, useColor } from '../../../src/cli/style.ts';

describe('whether to colour', () => {
  test('on a terminal, and not in a pipe', () => {
    assert.equal(useColor(undefined, {}, true), true);
    assert.equal(useColor(undefined, {}, false), false);
  });

  test('not on a dumb terminal', () => {
    assert.equal(useColor(undefined, { TERM: 'dumb' }, true), false);
  });

  test('NO_COLOR with any non-empty value turns it off; an empty NO_COLOR does not', () => {
    assert.equal(useColor(undefined, { NO_COLOR: '1' }, true), false);
    assert.equal(useColor(undefined, { NO_COLOR: 'yes' }, true), false);
    assert.equal(useColor(undefined, { NO_COLOR: '' }, true), true);
  });

  test('FORCE_COLOR forces it, even in a pipe and over NO_COLOR, unless it is 0 or false', () => {
    for (const value of ['1', '2', '3', 'true', 'yes', ''])
      assert.equal(useColor(undefined, { FORCE_COLOR: value, NO_COLOR: '1' }, false), true, `FORCE_COLOR=${value}`);
    for (const value of ['0', 'false', 'FALSE'])
      assert.equal(useColor(undefined, { FORCE_COLOR: value }, true), false, `FORCE_COLOR=${value}`);
  });

  test('--color and --no-color beat the environment and the terminal', () => {
    assert.equal(useColor(true, { NO_COLOR: '1', TERM: 'dumb' }, false), true);
    assert.equal(useColor(false, { FORCE_COLOR: '1' }, true), false);
  });
});

describe('the escape codes', () => {
  test('SGR codes that each close only what they opened', () => {
    const s = createStyle(true);
    assert.equal(s.bold('x'), '\u001b[1mx\u001b[22m');
    assert.equal(s.dim('x'), '\u001b[2mx\u001b[22m');
    assert.equal(s.underline('x'), '\u001b[4mx\u001b[24m');
    assert.equal(s.red('x'), '\u001b[31mx\u001b[39m');
    assert.equal(s.yellow('x'), '\u001b[33mx\u001b[39m');
    assert.equal(s.cyan('x'), '\u001b[36mx\u001b[39m');
    assert.equal(s.green('x'), '\u001b[32mx\u001b[39m');
  });

  test('severities: bold red errors, bold yellow warnings, bold cyan info', () => {
    const s = createStyle(true);
    assert.equal(s.severity('error', 'error'), '\u001b[1m\u001b[31merror\u001b[39m\u001b[22m');
    assert.equal(s.severity('warning', 'warning'), '\u001b[1m\u001b[33mwarning\u001b[39m\u001b[22m');
    assert.equal(s.severity('info', 'info'), '\u001b[1m\u001b[36minfo\u001b[39m\u001b[22m');
  });

  test('colour off: the text as it is', () => {
    const s = createStyle(false);
    assert.equal(s.enabled, false);
    for (const paint of [s.bold, s.dim, s.underline, s.red, s.yellow, s.cyan, s.green]) assert.equal(paint('plain 文本'), 'plain 文本');
    assert.equal(s.severity('error', 'error'), 'error');
  });

  test('colour is applied even when stdout is not a terminal, once it was decided on (FORCE_COLOR in a pipe)', () => {
    // styleText's own stream check would drop the codes here: this test runs with stdout piped.
    assert.match(createStyle(true).red('x'), /\u001b\[31m/);
  });
});
