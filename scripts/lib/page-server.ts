/**
 * A static server on 127.0.0.1 for the browser tests and `npm start`: serves
 * public/ (the demo review), tests/fixtures/pages/, and pages a test sets in memory.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOTS = [resolve('public'), resolve('tests/fixtures/pages')];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export interface PageServer {
  origin: string;
  url(path: string): string;
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(port = 0): Promise<PageServer> {
  const memory = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (memory.has(path)) {
      // Pages under /bench/ are cross-origin isolated, which gives performance.now() microsecond resolution.
      const isolation = path.startsWith('/bench/') ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...isolation });
      return void res.end(memory.get(path));
    }
    for (const root of ROOTS) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root)) continue;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        return void res.end(body);
      } catch {
        // Try the next root.
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    setPage: (path, html) => void memory.set(path, html),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
