import * as z from 'zod/mini';
import { configSchema } from './schema/index.js';
import { describeSchema } from './descriptions.js';

/**
 * The JSON Schema of the config, generated from the same zod schema the widgets validate with,
 * so a webmaster who sets "$schema" gets autocompletion and checking in an editor.
 * Used by the build (dist/digiplein.schema.json); not part of the browser bundles. Every
 * field carries its description from `./descriptions.ts`, for the editor and the docs.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return describeSchema({
    ...schema,
    $id: 'https://digiplein.nl/schema/digiplein.schema.json',
    title: 'DigiPlein widgets: configuration',
    description: 'One document per gemeente or region. See the README, "Config reference".',
  });
}
