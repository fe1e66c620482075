import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describedOperations } from '../../server/openapi/compose.js';
import type { OpenApiDocument } from '../../server/openapi/compose.js';
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
    assert.deepEqual(missing, [], 'routes missing from server/openapi/<feature>.json');
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

  it('is an OpenAPI 3.1 document with the shared error envelope', () => {
    assert.equal(doc.openapi, '3.1.0');
    const error = (doc.components?.schemas as Record<string, { required?: string[] }>).Error;
    assert.deepEqual(error?.required, ['error']);
  });
});
