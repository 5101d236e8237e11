/**
 * Terminal colour: only on a TTY, unless told otherwise. Precedence: `--no-color` / `--color`, then
 * `FORCE_COLOR` (any value but `0` or `false` forces colour), then `NO_COLOR` (any non-empty value
 * disables it, see no-color.org), then whether stdout is a terminal (and TERM is not `dumb`).
 *
 * The escape codes come from Node's `util.styleText`. We decide ourselves whether to colour and call
 * it with `validateStream: false`: its own check (`stream.hasColors()`) cannot know `--color`, and it
 * reads `FORCE_COLOR` differently (`FORCE_COLOR=yes` means no colour to Node, colour to us and to most
 * tools that follow force-color.org).
 */
import { styleText } from 'node:util';
import type { Severity } from '../engine/types.ts';

export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !/^(?:0|false)$/i.test(force);
  if (env['NO_COLOR']) return false;
  return isTTY && env['TERM'] !== 'dumb';
}

export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  severity(severity: Severity, text: string): string;
}

type Format = 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'cyan' | 'green';

export function createStyle(enabled: boolean): Style {
  const paint = (format: Format) =>
    enabled ? (text: string) => styleText(format, text, { validateStream: false }) : (text: string) => text;
  const s = {
    bold: paint('bold'),
    dim: paint('dim'),
    underline: paint('underline'),
    red: paint('red'),
    yellow: paint('yellow'),
    cyan: paint('cyan'),
    green: paint('green'),
  };
  const SEVERITY_COLOUR: Record<Severity, (text: string) => string> = { error: s.red, warning: s.yellow, info: s.cyan };
  return {
    enabled,
    ...s,
    severity: (severity, text) => s.bold(SEVERITY_COLOUR[severity](text)),
  };
}
