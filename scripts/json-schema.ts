// Writes dist/digiplein.schema.json from the same zod schema the widgets validate with, so a
// webmaster who sets "$schema" gets autocompletion and checking in an editor.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { configSchema } from '../src/core/config/schema/index.js';

const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
schema.$id = 'https://digiplein.nl/schema/digiplein.schema.json';
schema.title = 'DigiPlein widgets: configuration';
schema.description = 'One document per gemeente or region. See the README, "Config reference".';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/digiplein.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/digiplein.schema.json');
