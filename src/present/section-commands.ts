/**
 * A section's own commands, read from its page: the lines of the `bash` blocks under its "Commands to
 * run" headings (a page may have several, one per cause). The page is the one place they are written;
 * the section's analyzer turns those it can read into its checklist (`rungsFor`, src/engine/ladder.ts).
 */
import type { Locale } from './locale.ts';

/** The heading above a section's commands, as each locale's pages write it. */
export const COMMANDS_HEADING: Record<Locale, string> = { en: 'Commands to run', 'zh-CN': '要运行的命令' };

const HEADING = /^#{2,4} (.+)$/;

export function sectionCommands(markdown: string, locale: Locale): string[] {
  const commands: string[] = [];
  let under = false;
  let inBlock = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (inBlock) {
      // One block per heading: what follows it is the section's prose again.
      if (line.startsWith('```')) inBlock = under = false;
      else if (line.trim() !== '') commands.push(line.trim());
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) under = heading[1]!.trim() === COMMANDS_HEADING[locale];
    else if (under && line.startsWith('```bash')) inBlock = true;
    else if (under && line.trim() !== '' && !line.startsWith('```')) under = false;
  }
  return commands;
}
