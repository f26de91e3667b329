/*
 * Tiny static server for the scanner's Chromium tests and bench: the fixture pages, the real UI
 * libraries from node_modules, and in-memory bundles (the scanner IIFE, a React vendor bundle).
 * Listens on 127.0.0.1 only; start two to get a cross-origin pair.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_TYPES, REPO, resolveStatic, sendStatic, UI_LIBS } from '../../../../demo/static-files';

export { REPO };
export const FORMS_DIR = path.join(REPO, 'test/fixtures/forms');

export interface ServerOptions {
  /** Folder served at `/` (default test/fixtures/forms). */
  root?: string;
  /** In-memory files by URL path (e.g. '/build/scanner.js'). */
  memory?: Record<string, string>;
}

export interface RunningServer {
  origin: string;
  port: number;
  memory: Record<string, string>;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const root = opts.root ?? FORMS_DIR;
  const memory = { ...(opts.memory ?? {}) };
  const routes = { roots: { '/': root }, index: 'index.html', libs: Object.keys(UI_LIBS) };
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (memory[p] !== undefined) {
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(p)] ?? 'text/plain',
        'cache-control': 'no-store',
      });
      res.end(memory[p]);
      return;
    }
    void sendStatic(res, resolveStatic(p, routes));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    memory,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
