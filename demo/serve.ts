/*
 * `npm run demo:form`: serves the demo application form on http://localhost:5178/ (PORT=… or --port … to change).
 * Load the built extension, open the page, click the toolbar button: the checklist shows what is missing.
 * Serves demo/forms/ and the UI libraries the page uses from node_modules; nothing else, localhost only.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const FORMS = path.join(here, 'forms');
const LIBS: Record<string, string> = {
  'element-plus': 'node_modules/element-plus/dist',
  vue: 'node_modules/vue/dist',
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

function inside(dir: string, rel: string): string | null {
  const p = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
  return p.startsWith(dir + path.sep) ? p : null;
}

function resolve(urlPath: string): string | null {
  const m = /^\/lib\/([^/]+)\/(.+)$/.exec(urlPath);
  if (m) return LIBS[m[1]!] ? inside(path.join(repo, LIBS[m[1]!]!), m[2]!) : null;
  return inside(FORMS, urlPath === '/' ? 'application.html' : urlPath.slice(1));
}

const argPort = process.argv.indexOf('--port');
const port = Number(argPort > 0 ? process.argv[argPort + 1] : process.env.PORT ?? 5178);

const server = http.createServer(async (req, res) => {
  const file = resolve(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  try {
    if (!file) throw new Error('not served');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('未找到 / not found');
  }
});

server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 PORT=5179 npm run demo:form 换一个端口。 / Port ${port} is in use; try PORT=5179.` : e.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`演示申请表 / demo application form: http://localhost:${port}/`);
  console.log('在 Chromium 中加载扩展后打开此页，点击工具栏图标查看材料清单。按 Ctrl+C 停止。');
  console.log('Load the extension in Chromium, open this page and click the toolbar icon to see the checklist. Ctrl+C stops.');
});
