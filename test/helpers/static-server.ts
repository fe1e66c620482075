import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveFile, sendFile } from '../../server/http/static.js';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** URL path prefix → folder, tried in order (for example `{'/dist/': 'dist', '/': 'demo'}`). */
  mounts: Record<string, string>;
  /** A Content-Security-Policy header sent with every response. */
  csp?: string;
  /**
   * Responses by exact path that a test writes itself: HTML text, or a body with its type.
   * The object is read on every request, so a test may add pages after the server started.
   */
  pages?: Record<string, string | { type: string; body: string }>;
}

/**
 * A small static file server on a free loopback port, for tests in Chromium that need files
 * but not the DigiPlein server (the story test, the configurator's snippet test). It serves
 * files the way the reference server does (server/http/static.ts).
 */
export async function serveStatic({ mounts, csp, pages = {} }: StaticServerOptions): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    if (csp) res.setHeader('content-security-policy', csp);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const page = pages[path];
    if (page !== undefined) {
      const { type, body } = typeof page === 'string' ? { type: 'text/html; charset=utf-8', body: page } : page;
      res.writeHead(200, { 'content-type': type }).end(body);
      return;
    }
    for (const [prefix, root] of Object.entries(mounts)) {
      const file = path.startsWith(prefix) ? await resolveFile(root, path.slice(prefix.length)) : undefined;
      if (file) return sendFile(req, res, file);
    }
    // Browsers ask for a favicon by themselves; that is no error of the page under test.
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
