// The config reference (docs/config-reference.md) lists every field of the JSON Schema with its
// type, whether it is required and its description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configJsonSchema } from '../../src/core/config/json-schema.js';
import { describeField, walkSchema } from '../../src/core/config/descriptions.js';
import { configReference, typeOf } from '../../scripts/config-reference.js';

const schema = configJsonSchema();
const markdown = configReference(schema);
const row = (path: string) => markdown.split('\n').find((line) => line.startsWith(`| \`${path}\` |`));

test('every section of the config has its own heading', () => {
  for (const section of Object.keys(schema.properties as object)) assert.ok(markdown.includes(`\n## ${section}\n`), section);
});

test('every field has a row with its type, required mark and description', () => {
  const paths = new Set<string>();
  walkSchema(schema, (path) => (path.includes('.') || path.includes('[') ? paths.add(path) : undefined));
  for (const path of paths) assert.ok(row(path), `row for ${path}`);
  assert.equal(
    row('organisation.name'),
    '| `organisation.name` | tekst, of tekst per taal (`{"nl": "…", "en": "…"}`) | ja | Naam van de organisatie, zoals ouders die zien. |',
  );
  assert.equal(
    row('organisation.kind'),
    '| `organisation.kind` | een van: `gemeente`, `regio`, `cjg`, `wijkteam`, `anders` | nee | Soort organisatie. |',
  );
  assert.match(row('offers[].contact.spreekuur') ?? '', /\| id \(kleine letters, cijfers, streepjes\) \| nee \| Id van een spreekuur/);
  assert.match(row('conversations[].nodes{}.text') ?? '', /\| soms \|/, 'required for some kinds of node only');
});

test('the JSON Schema carries the descriptions for editors', () => {
  const offers = (schema.properties as Record<string, { items: { properties: Record<string, { description?: string }> } }>).offers;
  assert.equal(offers.items.properties.level.description, describeField('offers[].level'));
  assert.equal(describeField('chat.openingHours.wo'), 'Tijden op woensdag, zoals ["09:00-12:00", "13:00-17:00"].');
});

test('types read as plain words', () => {
  assert.equal(typeOf({ type: 'array', items: { type: 'string', pattern: '^GM\\d{4}$' } }), 'lijst van: CBS-gemeentecode (GM0363)');
  assert.equal(typeOf({ type: 'integer', exclusiveMinimum: 0 }), 'heel getal groter dan 0');
});
