/**
 * Terminal colour: only on a TTY, unless told otherwise. Precedence: `--no-color` / `--color`, then
 * `FORCE_COLOR` (any value but `0` or `false` forces colour), then `NO_COLOR` (any non-empty value
 * disables it, see no-color.org), then whether stdout is a terminal (and TERM is not `dumb`).
 */
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

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function createStyle(enabled: boolean): Style {
  const s = enabled
    ? { bold: wrap(1, 22), dim: wrap(2, 22), underline: wrap(4, 24), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) }
    : { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, cyan: plain, green: plain };
  return {
    enabled,
    ...s,
    severity: (severity, text) => (severity === 'error' ? s.bold(s.red(text)) : severity === 'warning' ? s.bold(s.yellow(text)) : s.bold(s.cyan(text))),
  };
}
