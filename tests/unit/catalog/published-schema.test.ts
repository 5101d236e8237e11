/**
 * `/catalog.schema.json` as other tools get it (the endpoint's response): self-describing and strict,
 * with the analyzer presets the island really has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GET } from '../../../src/pages/catalog.schema.json.ts';
import { ANALYZER_PRESETS } from '../../../src/catalog/schema.ts';
import { listSamples } from '../../../src/components/analyzer/samples.ts';
import { dictionaries } from '../../../src/i18n/index.ts';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; type?: unknown; additionalProperties?: unknown };

async function publishedSchema(): Promise<JsonSchema> {
  const response = await GET({ site: new URL('https://handbook.test') } as Parameters<typeof GET>[0]);
  assert.equal(response.headers.get('Content-Type'), 'application/schema+json; charset=utf-8');
  return (await response.json()) as JsonSchema;
}

/** Every sub-schema with its JSON path, depth first. */
function* walk(schema: unknown, path = '$'): Generator<[string, JsonSchema]> {
  if (typeof schema !== 'object' || schema === null) return;
  if (Array.isArray(schema)) {
    for (const [i, item] of schema.entries()) yield* walk(item, `${path}[${i}]`);
    return;
  }
  yield [path, schema as JsonSchema];
  for (const [key, value] of Object.entries(schema)) yield* walk(value, key === 'properties' ? `${path}` : `${path}.${key}`);
}

test('every property in the published schema has a description', async () => {
  const undescribed: string[] = [];
  let properties = 0;
  for (const [path, node] of walk(await publishedSchema())) {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      properties++;
      if (typeof property.description !== 'string' || property.description.trim() === '') undescribed.push(`${path}.${name}`);
    }
  }
  assert.ok(properties >= 50, `only ${properties} properties found; is the walk right?`);
  assert.deepEqual(undescribed, []);
});

test('every object in the published schema forbids keys it does not name', async () => {
  const open = [...walk(await publishedSchema())]
    .filter(([, node]) => node.type === 'object' && node.properties && node.additionalProperties !== false)
    .map(([path]) => path);
  assert.deepEqual(open, []);
});

test('analyzerPreset is an enum of the presets the analyzer island has a hint for', async () => {
  const schema = await publishedSchema();
  const preset = [...walk(schema)].map(([, node]) => node.properties?.['analyzerPreset']).find(Boolean);
  assert.deepEqual(preset?.['enum'], ANALYZER_PRESETS);
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const name of ANALYZER_PRESETS)
      assert.ok(`analyzer.preset.${name}` in dictionaries[locale], `${locale} has no hint for preset ${name}`);
  }
});

test("every group of the analyzer island's samples is a preset", () => {
  const groups = new Set(listSamples().map((s) => s.group));
  assert.ok(groups.size >= 3);
  for (const group of groups) assert.ok(ANALYZER_PRESETS.includes(group), `samples are grouped under "${group}", which is not a preset`);
});
