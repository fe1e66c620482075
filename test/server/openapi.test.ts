import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { describedOperations } from '../../server/openapi/generate.js';
import type { OpenApiDocument } from '../../server/openapi/generate.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

/** Every `$ref` in a value. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  let server: TestServer;
  let doc: OpenApiDocument;
  before(async () => {
    server = await startServer(); // every feature of server/features/index.ts
    const res = await server.fetch('/api/openapi.json');
    assert.equal(res.status, 200);
    doc = (await res.json()) as OpenApiDocument;
  });
  after(() => server.stop());

  it('describes every registered route', () => {
    const described = new Set(describedOperations(doc));
    const missing = server.app
      .routes()
      .map((r) => `${r.method} ${r.path}`)
      .filter((op) => !described.has(op));
    assert.deepEqual(missing, [], 'routes missing from the generated document');
  });

  it('describes no route that does not exist', () => {
    const registered = new Set(server.app.routes().map((r) => `${r.method} ${r.path}`));
    const extra = describedOperations(doc).filter((op) => !registered.has(op));
    assert.deepEqual(extra, [], 'operations in the document without a route');
  });

  it('resolves every $ref inside the document', () => {
    const broken = refs(doc).filter((ref) => {
      if (!ref.startsWith('#/')) return true;
      let node: unknown = doc;
      for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
      return node === undefined;
    });
    assert.deepEqual(broken, []);
  });

  it('describes each request body with the fields and required fields of its shared zod schema', () => {
    const resolve = (schema: unknown): Record<string, unknown> | undefined => {
      let node = schema as Record<string, unknown> | undefined;
      while (node && typeof node.$ref === 'string') {
        let target: unknown = doc;
        for (const part of node.$ref.slice(2).split('/')) target = (target as Record<string, unknown>)[part];
        node = target as Record<string, unknown> | undefined;
      }
      return node;
    };
    const drift: string[] = [];
    for (const route of server.app.routes()) {
      if (!route.body) continue;
      const operation = doc.paths[route.path.replace(/:([^/]+)/g, '{$1}')]?.[route.method.toLowerCase()] as
        { requestBody?: { content?: Record<string, { schema?: unknown }> } } | undefined;
      const described = resolve(operation?.requestBody?.content?.['application/json']?.schema);
      const shared = z.toJSONSchema(route.body as z.ZodMiniType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      const keys = (s: Record<string, unknown> | undefined) =>
        Object.keys((s?.properties as object | undefined) ?? {})
          .sort()
          .join(', ');
      const required = (s: Record<string, unknown> | undefined) => [...((s?.required as string[] | undefined) ?? [])].sort().join(', ');
      if (!described) drift.push(`${route.method} ${route.path}: no requestBody schema`);
      else if (keys(described) !== keys(shared))
        drift.push(`${route.method} ${route.path}: fields [${keys(described)}], schema has [${keys(shared)}]`);
      else if (required(described) !== required(shared))
        drift.push(`${route.method} ${route.path}: required [${required(described)}], schema has [${required(shared)}]`);
    }
    assert.deepEqual(drift, []);
  });

  it('gives every operation a summary, its answers and its security, generated from the route definitions', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ at: `${method} ${path}`, op: op as Record<string, unknown> })),
    );
    assert.ok(operations.length >= 30);
    const withoutSummary = operations.filter(({ op }) => !op.summary).map(({ at }) => at);
    assert.deepEqual(withoutSummary, []);
    const signup = doc.paths['/api/signups']!.post as {
      responses: Record<string, { content?: Record<string, { schema: { properties?: object } }> }>;
    };
    assert.ok(
      signup.responses['201']!.content!['application/json']!.schema.properties,
      'the booked answer carries its zod response schema',
    );
    assert.deepEqual((signup.responses['409'] as unknown as { $ref: string }).$ref, '#/components/responses/Error');
    const desk = doc.paths['/api/desk/signups']!.get as { security?: unknown; parameters?: { name: string; in: string }[] };
    assert.deepEqual(desk.security, [{ deskSession: [] }]);
    assert.deepEqual(
      desk.parameters?.map((p) => `${p.in}:${p.name}`),
      ['query:spreekuur', 'query:page'],
    );
    const csv = doc.paths['/api/desk/signups.csv']!.get as { responses: Record<string, { content?: object }> };
    assert.deepEqual(Object.keys(csv.responses['200']!.content!), ['text/csv']);
    const parentMessage = doc.paths['/api/chat/conversations/{id}/messages']!.post as { security?: unknown };
    assert.deepEqual(parentMessage.security, [{ parentToken: [] }]);
    // who may call a desk route comes from its access: reading is for professionals, changing for coordinators
    const role = (path: string, method: string) => {
      const op = doc.paths[path]![method] as { 'x-digiplein-role'?: string; description?: string };
      return [op['x-digiplein-role'], op.description?.split('.')[0]];
    };
    assert.deepEqual(role('/api/desk/spreekuren', 'get'), ['professional', undefined]);
    for (const [path, method] of [
      ['/api/desk/spreekuren', 'post'],
      ['/api/desk/spreekuren/{id}', 'put'],
      ['/api/desk/spreekuren/{id}/times', 'post'],
      ['/api/desk/spreekuren/{id}/series', 'post'],
      ['/api/desk/spreekuren/{id}/times/{timeId}', 'patch'],
      ['/api/desk/spreekuren/{id}/times/{timeId}/cancel', 'post'],
    ] as const) {
      assert.deepEqual(role(path, method), [
        'coordinator',
        'Coordinators and admins of the organisation only (403 for other professionals)',
      ]);
    }
    assert.deepEqual(role('/api/desk/accounts', 'get'), ['admin', 'Admins of the organisation only (403 for other professionals)']);
    assert.equal((doc.paths['/api/signups']!.post as Record<string, unknown>)['x-digiplein-role'], undefined);
    const schemes = Object.keys(doc.components.securitySchemes ?? {}).sort();
    assert.deepEqual(schemes, ['deskSession', 'parentToken', 'routeToken']);
  });

  it('is an OpenAPI 3.1 document with the shared error envelope', () => {
    assert.equal(doc.openapi, '3.1.0');
    const error = (doc.components?.schemas as Record<string, { required?: string[] }>).Error;
    assert.deepEqual(error?.required, ['error']);
  });
});
