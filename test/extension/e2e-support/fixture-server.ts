import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { resolveStatic, sendStatic, type StaticRoutes } from '../../../demo/static-files';

/** What reached the server: every request, and the bodies of form / fetch submissions. */
export interface ServerLog {
  requests: string[];
  formPosts: string[];
  apiPosts: string[];
}

// Pages served: our fixtures, and the scanner engineer's demo form when it exists.
const ROUTES: StaticRoutes = {
  roots: { '/': path.resolve('test/fixtures/extension'), '/demo/': path.resolve('demo/forms') },
  extensions: ['.html', '.js', '.css'],
};

export async function startFixtureServer() {
  const log: ServerLog = { requests: [], formPosts: [], apiPosts: [] };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    log.requests.push(`${req.method} ${url.pathname}`);
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (url.pathname === '/api/submit') {
          log.apiPosts.push(body);
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`已提交 #${log.apiPosts.length}`);
        } else {
          log.formPosts.push(body);
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(
              `<!doctype html><meta charset="utf-8"><title>已提交</title><h1 id="done">已提交 #${log.formPosts.length}</h1>`,
            );
        }
      });
      return;
    }
    void sendStatic(res, resolveStatic(decodeURIComponent(url.pathname), ROUTES));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    log,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
