/*
 * The one static-file helper behind every local page server: `npm run demo:form` (demo/serve.ts), the
 * scanner's Chromium fixtures and bench, and the extension's end-to-end tests. Files only from the
 * folders a caller names, never outside them; 127.0.0.1 only (the callers listen there).
 */
import type http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..');

/** `/lib/<name>/…` → this folder of the repository (real UI libraries from node_modules). */
export const UI_LIBS: Readonly<Record<string, string>> = {
  'element-plus': 'node_modules/element-plus/dist',
  vue: 'node_modules/vue/dist',
  antd: 'node_modules/antd/dist',
  dayjs: 'node_modules/dayjs',
  layui: 'node_modules/layui/dist',
  webuploader: 'node_modules/webuploader/dist',
  jquery: 'node_modules/jquery/dist',
  'axe-core': 'node_modules/axe-core',
  vue2: 'node_modules/vue2/dist', // Vue 2.7 (npm alias), for Element UI 2
  'element-ui': 'node_modules/element-ui/lib',
  'ant-design-vue': 'node_modules/ant-design-vue/dist',
  tdesign: 'node_modules/tdesign-vue-next/dist',
  arco: 'node_modules/@arco-design/web-vue/dist',
  'naive-ui': 'node_modules/naive-ui/dist',
  vant: 'node_modules/vant/lib',
};

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
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

/** `rel` resolved inside `dir`, or null when it would leave it ("../", absolute paths). */
export function inside(dir: string, rel: string): string | null {
  const p = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
  return p.startsWith(dir + path.sep) || p === dir ? p : null;
}

export interface StaticRoutes {
  /** URL prefix ('/' or '/demo/') → folder. The longest matching prefix wins. */
  roots: Record<string, string>;
  /** File served for a prefix's own URL ('/'); none by default. */
  index?: string;
  /** Names of UI_LIBS served under /lib/<name>/; none by default. */
  libs?: readonly string[];
  /** Only files with these extensions (e.g. ['.html', '.js', '.css']); every extension by default. */
  extensions?: readonly string[];
}

/** The file behind a URL path, or null when nothing may be served there. */
export function resolveStatic(urlPath: string, routes: StaticRoutes): string | null {
  const lib = /^\/lib\/([^/]+)\/(.*)$/.exec(urlPath);
  if (lib || urlPath.startsWith('/lib/')) {
    const dir = lib && routes.libs?.includes(lib[1]!) ? UI_LIBS[lib[1]!] : undefined;
    return dir ? inside(path.join(REPO, dir), lib![2]!) : null;
  }
  const prefix = Object.keys(routes.roots)
    .filter((k) => urlPath.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const rel = urlPath.slice(prefix.length);
  const file = inside(routes.roots[prefix]!, rel === '' && routes.index ? routes.index : rel);
  if (file && routes.extensions && !routes.extensions.includes(path.extname(file))) return null;
  return file;
}

/** Sends the file (200 with its content type) or `notFound` as a 404. */
export async function sendStatic(res: http.ServerResponse, file: string | null, notFound = 'not found'): Promise<void> {
  try {
    if (!file) throw new Error('not served');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(notFound);
  }
}
