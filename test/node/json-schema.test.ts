// The JSON Schema a webmaster's editor uses must accept the demo config and reject mistakes,
// in agreement with the zod schema the widgets validate with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateConfig } from '../../src/core/config/validate.js';
import { nationalIds } from '../../src/content/index.js';
import { configJsonSchema } from '../../src/core/config/json-schema.js';

// The same function writes dist/digiplein.schema.json during the build.
const schema = configJsonSchema() as { properties: Record<string, unknown>; required: string[] };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const demo = JSON.parse(readFileSync('demo/digiplein.json', 'utf8'));

test('the generated JSON Schema accepts the demo config', () => {
  const ok = validate(demo);
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
});

test('the zod schema accepts the demo config without a single issue', () => {
  const { config, issues } = validateConfig(demo, nationalIds);
  assert.ok(config);
  assert.deepEqual(issues, []);
});

test('the JSON Schema rejects an unknown section and a wrong type, like the widgets do', () => {
  const bad = { ...demo, hulpzoekr: {}, gemeenten: 'Utrecht' };
  assert.equal(validate(bad), false);
  const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
  assert.ok(paths.includes(' additionalProperties'), paths.join('\n'));
  assert.ok(paths.includes('/gemeenten type'), paths.join('\n'));
  assert.equal(validateConfig(bad, nationalIds).config, undefined);
});

test('the JSON Schema documents the sections for every widget', () => {
  for (const section of [
    'organisation',
    'gemeenten',
    'themes',
    'offers',
    'knowledgeBase',
    'conversations',
    'route',
    'spreekuren',
    'endpoints',
    'theme',
  ]) {
    assert.ok(schema.properties[section], `missing section ${section}`);
  }
  assert.deepEqual(schema.required.sort(), ['organisation', 'version']);
});
