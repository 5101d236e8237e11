/**
 * What the engine can emit, read from its source, as rustc's tidy greps the compiler for the error
 * codes it uses: every structured code a parser pushes (`out.codes.push({ code: … })`), and where
 * each combination rule of `RULES` (src/engine/combine.ts) is written. The engine keeps no list of
 * its codes, and a list here would drift; its source cannot. Node only (the catalog check and the
 * docs generator).
 *
 * A code is one of three things:
 * - named: a string the engine itself chooses (`'port-busy'`, `ok ? 'rpc-probe-ok' : 'rpc-probe-failed'`,
 *   `` `runtime-${runtime}` `` under `if (runtime === 'running' || runtime === 'stopped')`);
 * - passed through: a value taken from the input as it is (`error.details.code`, `findings[].checkId`),
 *   upstream's vocabulary, open-ended, so only examples can show one;
 * - unlisted: built some other way, which this reader cannot enumerate (a problem for the check).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ENGINE_DIR = fileURLToPath(new URL('../engine/', import.meta.url));

interface Place {
  /** Repository-relative path (`src/engine/parse-json.ts`; absolute outside the repository) and 1-based line. */
  file: string;
  line: number;
}

export interface CodeEmission extends Place {
  /** The function that pushes it, and the input kinds that function reads (the `READERS` table). */
  reader: string;
  inputs: string[];
}

export interface NamedCode extends CodeEmission {
  code: string;
}

export interface PassedThroughCode extends CodeEmission {
  /** Where in the input document the value comes from, e.g. `error.details.code` (the variable name when it cannot be traced). */
  from: string;
}

export interface UnlistedCode extends CodeEmission {
  /** The source text of the expression. */
  expression: string;
}

export interface EngineRule extends Place {
  rule: string;
}

export interface EngineVocabulary {
  named: NamedCode[];
  passedThrough: PassedThroughCode[];
  unlisted: UnlistedCode[];
  rules: EngineRule[];
}

/** Reads the vocabulary from the engine's source files (default: this checkout's src/engine). */
export function readEngineVocabulary(engineDir: string = ENGINE_DIR): EngineVocabulary {
  const vocabulary: EngineVocabulary = { named: [], passedThrough: [], unlisted: [], rules: [] };
  const files = readdirSync(engineDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort();
  for (const name of files) {
    const path = join(engineDir, name);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const file = relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path);
    readCodes(source, file, vocabulary);
    readRules(source, file, vocabulary);
  }
  return vocabulary;
}

function lineOf(node: ts.Node): number {
  const source = node.getSourceFile();
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/** `<anything>.codes.push(…)`: how a parser emits a code (src/engine/parse-json.ts, `DocumentReading`). */
function isCodesPush(callee: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'push' &&
    ts.isPropertyAccessExpression(callee.expression) &&
    callee.expression.name.text === 'codes'
  );
}

function readCodes(source: ts.SourceFile, file: string, out: EngineVocabulary): void {
  const inputsOf = readerInputs(source);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isCodesPush(node.expression)) {
      const arg = node.arguments[0];
      const property =
        arg && ts.isObjectLiteralExpression(arg)
          ? arg.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'code')
          : undefined;
      const value =
        property &&
        (ts.isShorthandPropertyAssignment(property) ? property.name : ts.isPropertyAssignment(property) ? property.initializer : undefined);
      if (value) {
        const reader = enclosingFunctionName(node);
        const place = { file, line: lineOf(value), reader, inputs: inputsOf.get(reader) ?? [] };
        const names = stringValues(value);
        if (names) for (const code of names) out.named.push({ ...place, code });
        else if (ts.isIdentifier(value)) out.passedThrough.push({ ...place, from: documentPath(value) ?? value.text });
        else out.unlisted.push({ ...place, expression: value.getText(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function readRules(source: ts.SourceFile, file: string, out: EngineVocabulary): void {
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'RULES' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        const rule =
          property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)) ? property.name.text : undefined;
        if (rule) out.rules.push({ rule, file, line: lineOf(property) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function enclosingFunctionName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) && n.name) return n.name.text;
  }
  return '(top level)';
}

/** Reader function → the input kinds it is registered for (`{ 'gateway-status-json': gatewayStatus, … }`). */
function readerInputs(source: ts.SourceFile): Map<string, string[]> {
  const functions = new Set<string>();
  const map = new Map<string, string[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) functions.add(node.name.text);
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && ts.isIdentifier(node.initializer)) {
      map.set(node.initializer.text, [...(map.get(node.initializer.text) ?? []), node.name.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const name of map.keys()) if (!functions.has(name)) map.delete(name);
  return map;
}

/** Every string the expression can evaluate to, when the source alone decides; undefined otherwise. */
function stringValues(expr: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr)) return stringValues(expr.expression);
  if (ts.isConditionalExpression(expr)) {
    const a = stringValues(expr.whenTrue);
    const b = stringValues(expr.whenFalse);
    return a && b ? [...a, ...b] : undefined;
  }
  if (ts.isTemplateExpression(expr)) {
    let values = [expr.head.text];
    for (const span of expr.templateSpans) {
      const parts = ts.isIdentifier(span.expression) ? narrowedValues(span.expression) : stringValues(span.expression);
      if (!parts) return undefined;
      values = values.flatMap((v) => parts.map((p) => v + p + span.literal.text));
    }
    return values;
  }
  return undefined;
}

/**
 * The values an identifier can hold where it is used, when an enclosing `if` narrows it to string
 * literals: `if (runtime === 'running' || runtime === 'stopped') … runtime …` gives both.
 */
function narrowedValues(id: ts.Identifier): string[] | undefined {
  for (let n: ts.Node = id; n.parent; n = n.parent) {
    const parent = n.parent;
    if (ts.isIfStatement(parent) && parent.thenStatement === n) {
      const values = equalityChain(parent.expression, id.text);
      if (values) return values;
    }
    if (ts.isFunctionLike(parent)) return undefined;
  }
  return undefined;
}

function equalityChain(expr: ts.Expression, name: string): string[] | undefined {
  if (ts.isParenthesizedExpression(expr)) return equalityChain(expr.expression, name);
  if (!ts.isBinaryExpression(expr)) return undefined;
  if (expr.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    const left = equalityChain(expr.left, name);
    const right = equalityChain(expr.right, name);
    return left && right ? [...left, ...right] : undefined;
  }
  if (expr.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken) return undefined;
  const [variable, literal] = ts.isIdentifier(expr.left) ? [expr.left, expr.right] : [expr.right, expr.left];
  return ts.isIdentifier(variable) && variable.text === name && ts.isStringLiteral(literal) ? [literal.text] : undefined;
}

/**
 * Where in the parsed document a value comes from, following the reader's local variables back to
 * its `doc` parameter through the `str`/`obj`/`arr` helpers: `str(details?.['code'])` with
 * `details = obj(error?.['details'])` and `error = obj(doc['error'])` is `error.details.code`;
 * a `for … of arr(doc['warnings'])` variable is `warnings[]`.
 */
function documentPath(expr: ts.Expression, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) return documentPath(expr.expression, depth + 1);
  if (ts.isCallExpression(expr) && expr.arguments.length === 1) return documentPath(expr.arguments[0]!, depth + 1);
  if (ts.isElementAccessExpression(expr) && ts.isStringLiteral(expr.argumentExpression))
    return join2(documentPath(expr.expression, depth + 1), expr.argumentExpression.text);
  if (ts.isPropertyAccessExpression(expr)) return join2(documentPath(expr.expression, depth + 1), expr.name.text);
  if (!ts.isIdentifier(expr)) return undefined;
  const fn = enclosingFunction(expr);
  if (!fn) return undefined;
  if (fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === expr.text)) return '';
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    if (
      ts.isForOfStatement(node) &&
      ts.isVariableDeclarationList(node.initializer) &&
      node.initializer.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === expr.text)
    ) {
      const list = documentPath(node.expression, depth + 1);
      found = list === undefined ? undefined : `${list}[]`;
      return;
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === expr.text && node.initializer) {
      found = documentPath(node.initializer, depth + 1);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

function join2(base: string | undefined, key: string): string | undefined {
  if (base === undefined) return undefined;
  return base === '' ? key : `${base}.${key}`;
}

function enclosingFunction(node: ts.Node): ts.FunctionDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionDeclaration(n)) return n;
  return undefined;
}
