/*
 * `npm run demo:form`: serves the demo application form on http://localhost:5178/ (PORT=… or --port … to change).
 * Load the built extension, open the page, click the toolbar button: the checklist shows what is missing.
 * Serves demo/forms/ and the UI libraries the page uses from node_modules; nothing else, localhost only.
 */
import http from 'node:http';
import path from 'node:path';
import { resolveStatic, sendStatic, type StaticRoutes } from './static-files';

const ROUTES: StaticRoutes = {
  roots: { '/': path.join(import.meta.dirname, 'forms') },
  index: 'application.html',
  libs: ['element-plus', 'vue'],
};

const argPort = process.argv.indexOf('--port');
const port = Number(argPort > 0 ? process.argv[argPort + 1] : (process.env.PORT ?? 5178));

const server = http.createServer((req, res) => {
  const file = resolveStatic(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname), ROUTES);
  void sendStatic(res, file, '未找到 / not found');
});

server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用，请用 PORT=5179 npm run demo:form 换一个端口。 / Port ${port} is in use; try PORT=5179.`
      : e.message,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`演示申请表 / demo application form: http://localhost:${port}/`);
  console.log('在 Chromium 中加载扩展后打开此页，点击工具栏图标查看材料清单。按 Ctrl+C 停止。');
  console.log(
    'Load the extension in Chromium, open this page and click the toolbar icon to see the checklist. Ctrl+C stops.',
  );
});
