import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { Access, RegisteredRoute } from '../http/router.js';

/** Who may call a route beyond any professional of the organisation, from its `access`. */
const ROLE_NOTE: Partial<Record<Access, string>> = {
  coordinator: 'Coordinators and admins of the organisation only (403 for other professionals).',
  admin: 'Admins of the organisation only (403 for other professionals).',
};

/** What the OpenAPI document says of one route, beside its schemas (kept on the route definition). */
export interface OpenApiOperation {
  /** Limits, error codes, idempotency: what a client must know beyond the summary. */
  description?: string;
  /** Each answer other than an error, by status; default `{ 200: 'OK' }`. A non-JSON answer names its content type. */
  responses?: Record<number, string | { description: string; contentType: string }>;
  /** The statuses it answers with the error envelope. */
  errors?: number[];
  /** A bearer token scheme of `base.json` (`parentToken`, `routeToken`); desk routes get the session cookie by their access. */
  security?: string;
  /** Request headers it reads, with their meaning. */
  headers?: Record<string, string>;
  /** Meaning of path or query parameters, by name. */
  parameters?: Record<string, string>;
  /** Its groups in the document; default the feature's name. */
  tags?: string[];
}

export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  tags?: { name: string; description?: string }[];
}

/** JSON Schema of a zod schema, for the document (what cannot be expressed becomes `{}`). */
function jsonSchema(schema: $ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io }) as Record<
    string,
    unknown
  >;
  return rest;
}

/**
 * The API's one OpenAPI document, generated from the routes as registered: their paths, access,
 * zod body, query and response schemas (the same ones that check every request and response),
 * and the `openapi` details on each definition. `base.json` holds what is not a route: info, tags,
 * the error envelope and the security schemes. Nothing is kept by hand beside the routes.
 */
export function generateOpenApi(routes: readonly RegisteredRoute[]): OpenApiDocument {
  const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, 'base.json'), 'utf8')) as OpenApiDocument;
  doc.paths = {};
  for (const route of routes) {
    const details = route.openapi ?? {};
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: Record<string, unknown>[] = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
      ...(details.parameters?.[name!] ? { description: details.parameters[name!] } : {}),
    }));
    if (route.query) {
      const query = jsonSchema(route.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: query.required?.includes(name) ?? false,
          schema,
          ...(details.parameters?.[name] ? { description: details.parameters[name] } : {}),
        });
      }
    }
    for (const [name, description] of Object.entries(details.headers ?? {}))
      parameters.push({ name, in: 'header', required: false, schema: { type: 'string' }, description });
    const responses: Record<string, unknown> = {};
    for (const [status, answer] of Object.entries(details.responses ?? { 200: 'OK' })) {
      if (typeof answer !== 'string')
        responses[status] = { description: answer.description, content: { [answer.contentType]: { schema: { type: 'string' } } } };
      else if (status === '204' || !route.response) responses[status] = { description: answer };
      else responses[status] = { description: answer, content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } };
    }
    for (const status of details.errors ?? []) responses[status] = { $ref: '#/components/responses/Error' };
    const security = route.access === 'public' ? (details.security ? [{ [details.security]: [] }] : undefined) : [{ deskSession: [] }];
    const description = [ROLE_NOTE[route.access], details.description].filter(Boolean).join(' ');
    (doc.paths[path] ??= {})[route.method.toLowerCase()] = {
      tags: details.tags ?? [route.feature],
      ...(route.summary ? { summary: route.summary } : {}),
      ...(description ? { description } : {}),
      // the role the desk session must hold (public routes have none)
      ...(route.access !== 'public' ? { 'x-digiplein-role': route.access } : {}),
      ...(security ? { security } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }
        : {}),
      responses,
    };
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
