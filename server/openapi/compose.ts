import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature } from '../features/types.js';

const folder = import.meta.dirname;

interface Fragment {
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  tags?: { name: string; description?: string }[];
}

export interface OpenApiDocument extends Fragment {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
}

function read(name: string, feature = 'base'): Fragment {
  const file = resolve(folder, `${name}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`OpenAPI: the fragment of feature ${feature} is missing: server/openapi/${name}.json`);
  }
  try {
    return JSON.parse(text) as Fragment;
  } catch (error) {
    throw new Error(`OpenAPI: server/openapi/${name}.json is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The API's one OpenAPI document: `base.json` (info, shared components such as the error
 * envelope) plus each feature's fragment `<feature>.json` (its paths and schemas). A path or
 * component defined twice is a start-up error, not a silent overwrite.
 */
export function composeOpenApi(features: readonly Feature[]): OpenApiDocument {
  const doc = read('base') as OpenApiDocument;
  doc.paths ??= {};
  doc.components ??= {};
  doc.tags ??= [];
  for (const feature of features) {
    if (!feature.openapi) continue;
    const fragment = read(feature.openapi, feature.name);
    for (const [path, item] of Object.entries(fragment.paths ?? {})) {
      if (doc.paths[path]) throw new Error(`OpenAPI: path ${path} of ${feature.name} is already described`);
      doc.paths[path] = item;
    }
    for (const [section, entries] of Object.entries(fragment.components ?? {})) {
      const target = (doc.components[section] ??= {});
      for (const [name, value] of Object.entries(entries)) {
        if (name in target) throw new Error(`OpenAPI: component ${section}.${name} of ${feature.name} is already defined`);
        target[name] = value;
      }
    }
    doc.tags.push(...(fragment.tags ?? []));
  }
  return doc;
}

/** The operations a document describes, as `METHOD /api/path/:param` (router notation). */
export function describedOperations(doc: OpenApiDocument): string[] {
  const methods = ['get', 'post', 'put', 'patch', 'delete'];
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => methods.includes(key))
      .map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
  );
}
