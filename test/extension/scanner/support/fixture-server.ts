/*
 * Tiny static server for the scanner's Chromium tests and bench: the fixture pages, the real UI
 * libraries from node_modules, and in-memory bundles (the scanner IIFE, a React vendor bundle).
 * Listens on 127.0.0.1 only; start two to get a cross-origin pair.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../../../..');
export const FORMS_DIR = path.join(REPO, 'test/fixtures/forms');

/** URL prefix → folder. Only these folders are served. */
const LIBS: Record<string, string> = {
  'element-plus': 'node_modules/element-plus/dist',
  vue: 'node_modules/vue/dist',
  antd: 'node_modules/antd/dist',
  dayjs: 'node_modules/dayjs',
  layui: 'node_modules/layui/dist',
  webuploader: 'node_modules/webuploader/dist',
  jquery: 'node_modules/jquery/dist',
  'axe-core': 'node_modules/axe-core',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
};

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

function inside(dir: string, rel: string): string | null {
  const p = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
  return p.startsWith(dir + path.sep) || p === dir ? p : null;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const root = opts.root ?? FORMS_DIR;
  const memory = { ...(opts.memory ?? {}) };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = decodeURIComponent(url.pathname);
    let file: string | null = null;
    if (memory[p] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(p)] ?? 'text/plain', 'cache-control': 'no-store' });
      res.end(memory[p]);
      return;
    }
    const m = /^\/lib\/([^/]+)\/(.*)$/.exec(p);
    if (m && LIBS[m[1]!]) file = inside(path.join(REPO, LIBS[m[1]!]!), m[2]!);
    else if (!p.startsWith('/lib/')) file = inside(root, p === '/' ? 'index.html' : p.slice(1));
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
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
