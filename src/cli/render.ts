/**
 * The one way a scan's results become output, whatever the format: a plain scan (main.ts) and the
 * summary of `--follow` (follow.ts) both print through here, so the two can never drift apart.
 */
import type { Context } from './context.ts';
import { formatJson } from './format-json.ts';
import { formatSarif } from './format-sarif.ts';
import { formatText } from './format-text.ts';
import type { InputResult } from './scan.ts';

export function renderResults(results: readonly InputResult[], ctx: Context): string {
  switch (ctx.options.format) {
    case 'json':
      return formatJson(results, ctx);
    case 'sarif':
      return formatSarif(results, ctx);
    case 'text':
      return formatText(results, ctx);
  }
}
