/**
 * The generated parts of docs-dev/CATALOG-AUTHORING.md: the field reference (from the schema's
 * descriptions), the codes the engine emits and the rules it concludes (from its source, with the
 * entries that own them). Lists in the docs that copied the code drifted from it; these cannot. No
 * line numbers: an unrelated edit of the engine must not make the doc stale.
 * Written by `npx node scripts/generate-catalog-docs.ts`; tests/unit/catalog/authoring-doc.test.ts
 * fails when the file is stale.
 */
import { z } from 'zod';
import { CONTRADICTIONS, RULES } from '../engine/index.ts';
import { readEngineVocabulary } from './engine-vocabulary.ts';
import { Section, Signature, type Catalog } from './schema.ts';

export const AUTHORING_DOC = 'docs-dev/CATALOG-AUTHORING.md';
export const GENERATOR = 'npx node scripts/generate-catalog-docs.ts';

interface JsonSchema {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** Both languages of one text or list (`LocalizedText`, `LocalizedList`, keywords). */
function isBilingual(schema: JsonSchema): boolean {
  const keys = Object.keys(schema.properties ?? {});
  return keys.length === 2 && keys.includes('zh-CN') && keys.includes('en');
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map(code).join(' | ');
  if (schema.const !== undefined) return code(schema.const);
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (isBilingual(schema))
    return schema.properties!['en']!.type === 'array' ? 'list per language (`zh-CN`, `en`)' : 'text per language (`zh-CN`, `en`)';
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'anything'}`;
  if (schema.type === 'string') return 'text';
  if (schema.type === 'boolean') return '`true` / `false`';
  return schema.type ?? 'any';
}

/** One row per field, nested fields as dotted paths (`match.literals`, `versionAdvice[].since`). */
function fieldRows(schema: JsonSchema, prefix = ''): string[] {
  const rows: string[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const presence = schema.required?.includes(name)
      ? 'required'
      : field.default !== undefined
        ? `default ${code(field.default)}`
        : 'optional';
    const nested =
      field.type === 'object' && !isBilingual(field)
        ? field
        : field.type === 'array' && field.items?.type === 'object' && !isBilingual(field.items)
          ? field.items
          : undefined;
    rows.push(
      `| \`${path}\` | ${nested ? (nested === field ? 'object' : 'list of objects') : cell(typeOf(field))} | ${presence} | ${cell(field.description ?? '')} |`,
    );
    if (nested) rows.push(...fieldRows(nested, nested === field ? `${path}.` : `${path}[].`));
  }
  return rows;
}

function fieldTable(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return ['| field | value | presence | what it is |', '|---|---|---|---|', ...fieldRows(json)].join('\n');
}

function owners(catalog: Catalog, owns: (e: Catalog['entries'][number]) => boolean): string {
  const ids = catalog.entries.filter(owns).map((e) => `\`${e.id}\``);
  return ids.length > 0 ? ids.join(', ') : '**none**';
}

function engineCodes(catalog: Catalog): string {
  const vocabulary = readEngineVocabulary();
  const named = vocabulary.named.map(
    (n) =>
      `| \`${n.code}\` | ${n.inputs.map(code).join(', ')} | \`${n.file}\` (${n.reader}) | ${owners(catalog, (e) => e.match.codes.includes(n.code))} |`,
  );
  const passed = vocabulary.passedThrough.map((p) => `| ${p.inputs.map(code).join(', ')} | \`${p.from}\` | \`${p.file}\` (${p.reader}) |`);
  return [
    'Codes the engine names itself (an entry owns each one, with an example that makes the engine emit it):',
    '',
    '| code | input | emitted in | owned by |',
    '|---|---|---|---|',
    ...named,
    '',
    "Codes the engine passes through from the input as they are (upstream's own vocabulary; an entry that owns one has an example in that input form):",
    '',
    '| input | field | read in |',
    '|---|---|---|',
    ...passed,
  ].join('\n');
}

function engineRules(catalog: Catalog): string {
  const places = readEngineVocabulary().rules;
  const rules = Object.keys(RULES).map((rule) => {
    const at = places.find((p) => p.rule === rule);
    return `| \`${rule}\` | ${at ? `\`${at.file}\`` : ''} | ${owners(catalog, (e) => e.match.rule === rule)} |`;
  });
  const contradictions = Object.keys(CONTRADICTIONS).map((name) => `| \`${name}\` | ${owners(catalog, (e) => e.match.unless === name)} |`);
  return [
    '| rule (`match.rule`) | written in | owned by |',
    '|---|---|---|',
    ...rules,
    '',
    '| contradiction (`match.unless`) | silences |',
    '|---|---|',
    ...contradictions,
  ].join('\n');
}

/** Block name → its generated Markdown. */
export function authoringReference(catalog: Catalog): Record<string, string> {
  return {
    'signature-fields': fieldTable(Signature),
    'section-fields': fieldTable(Section),
    'engine-codes': engineCodes(catalog),
    'engine-rules': engineRules(catalog),
  };
}

const begin = (name: string) => `<!-- generated: ${name} (${GENERATOR}); do not edit by hand -->`;
const end = (name: string) => `<!-- end generated: ${name} -->`;

/**
 * The document with each generated block replaced by its current text. Throws when a block's
 * markers are missing, so a lost marker is not silently a stale doc.
 */
export function withGeneratedBlocks(doc: string, blocks: Record<string, string>): string {
  let out = doc;
  for (const [name, text] of Object.entries(blocks)) {
    const start = out.indexOf(begin(name));
    const stop = out.indexOf(end(name));
    if (start === -1 || stop < start)
      throw new Error(`${AUTHORING_DOC} has no "${begin(name)}" … "${end(name)}" markers for the generated ${name} block`);
    out = `${out.slice(0, start)}${begin(name)}\n${text}\n${out.slice(stop)}`;
  }
  return out;
}
