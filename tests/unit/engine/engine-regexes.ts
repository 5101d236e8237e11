/**
 * Every regex in the engine's source, read with the TypeScript parser (a lint, as rustc's tidy reads
 * the compiler's source): regex literals, and `new RegExp(…)` built from string constants of the same
 * module (`const CALVER = '…'`, String.raw templates). No registry to keep up to date: a regex added
 * anywhere in src/engine/ is found. A `new RegExp` whose source cannot be read statically is reported,
 * unless it is one of the EXEMPT ones (each with its reason; an exemption that matches nothing fails).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface EngineRegex {
  /** `src/engine/facts.ts:27` */
  where: string;
  source: string;
  flags: string;
}

/** `file:text` of `new RegExp` calls that are not the engine's own patterns, and why. */
export const EXEMPT: Record<string, string> = {
  'src/engine/match.ts:new RegExp(entry.match.regex, flags)': "the catalog's regexes: stage 3 of the catalog check proves them safe",
};

const ENGINE = join(process.cwd(), 'src', 'engine');

export function readEngineRegexes(): { regexes: EngineRegex[]; unreadable: string[]; unusedExemptions: string[] } {
  const regexes: EngineRegex[] = [];
  const unreadable: string[] = [];
  const used = new Set<string>();
  for (const name of readdirSync(ENGINE)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const path = join(ENGINE, name);
    const file = relative(process.cwd(), path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;

    // Module-level string constants, for the sources that are built from them.
    const constants = new Map<string, string>();
    const value = (node: ts.Expression): string | undefined => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
      if (ts.isIdentifier(node)) return constants.get(node.text);
      if (ts.isTemplateExpression(node)) return template(node, false);
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'String.raw') {
        const t = node.template;
        return ts.isNoSubstitutionTemplateLiteral(t) ? t.rawText : template(t, true);
      }
      return undefined;
    };
    const template = (node: ts.TemplateExpression, raw: boolean): string | undefined => {
      let out = raw ? node.head.rawText! : node.head.text;
      for (const span of node.templateSpans) {
        const part = value(span.expression);
        if (part === undefined) return undefined;
        out += part + (raw ? span.literal.rawText! : span.literal.text);
      }
      return out;
    };
    for (const statement of sf.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        const v = d.initializer && ts.isIdentifier(d.name) ? value(d.initializer) : undefined;
        if (v !== undefined) constants.set((d.name as ts.Identifier).text, v);
      }
    }

    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        regexes.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
        const [sourceArg, flagsArg] = node.arguments ?? [];
        const source = sourceArg && value(sourceArg);
        const flags = flagsArg ? value(flagsArg) : '';
        const key = `${file}:${node.getText(sf)}`;
        if (key in EXEMPT) used.add(key);
        else if (source === undefined || flags === undefined) unreadable.push(`${where(node)}: ${node.getText(sf).slice(0, 80)}`);
        else regexes.push({ where: where(node), source, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { regexes, unreadable, unusedExemptions: Object.keys(EXEMPT).filter((k) => !used.has(k)) };
}
