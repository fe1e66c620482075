import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * The file under `root` that `urlPath` names, or undefined when the path leaves the root
 * (`..`, encoded or not), contains a NUL, or names a dotfile. A directory gives its index.html.
 */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').some((part) => part.startsWith('.') && part !== '')) return undefined;
  const base = resolve(root);
  let file = resolve(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export interface StaticOptions {
  /** Cache-Control for the files (html always revalidates). */
  cacheControl?: string;
  /** Let any site load these files (the library bundles are embedded cross-origin). */
  crossOrigin?: boolean;
}

/** Streams a file with its content type; answers 304 when the browser's copy is current. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
const MAX_COMPRESSED_SOURCE = 4 * 1024 * 1024;

/** Compressed copies of files, by path, encoding and version (size + mtime). Bounded. */
const compressed = new Map<string, Buffer>();

/** The best encoding the browser accepts: Brotli, then gzip, else none. */
function pickEncoding(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.split('=')[1] ?? 1) > 0)
    .map(([name]) => name!.toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

async function compressedCopy(file: string, version: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const key = `${file}\u0000${version}\u0000${encoding}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    if (compressed.size >= 200) compressed.clear();
    compressed.set(key, body);
  }
  return body;
}

/**
 * Sends a file with its content type, compressed (Brotli or gzip, cached in memory) when the
 * browser accepts it; answers 304 when the browser's copy is current.
 */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, options: StaticOptions = {}): Promise<void> {
  const info = await stat(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const version = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
  const encoding = COMPRESSIBLE.test(type) && info.size > 1024 && info.size <= MAX_COMPRESSED_SOURCE ? pickEncoding(req) : undefined;
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  res.setHeader('content-type', type);
  res.setHeader('etag', etag);
  res.setHeader('last-modified', info.mtime.toUTCString());
  res.setHeader('cache-control', type.startsWith('text/html') ? 'no-cache' : (options.cacheControl ?? 'no-cache'));
  if (COMPRESSIBLE.test(type)) res.setHeader('vary', 'Accept-Encoding');
  if (options.crossOrigin) {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('cross-origin-resource-policy', 'cross-origin');
  }
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  if (encoding) {
    const body = await compressedCopy(file, version, encoding);
    res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.setHeader('content-length', info.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(file);
    stream.on('error', fail);
    res.on('close', () => done());
    stream.pipe(res);
  });
}
