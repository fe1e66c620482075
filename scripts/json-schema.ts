// Writes dist/digiplein.schema.json (see src/core/config/json-schema.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/core/config/json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/digiplein.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log('wrote dist/digiplein.schema.json');
