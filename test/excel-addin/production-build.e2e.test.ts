/*
 * The production build of the add-in as a host serves it:
 *  - the task pane's first load carries no exceljs: the 新建评分表 chunk is reached only through import();
 *  - opened in a plain browser with the REAL office.js (@microsoft/office-js, the CDN's files, routed from
 *    node_modules so no network is used), the pane says to open it in Excel, functions.js loads without
 *    error outside Office, and no request leaves the host except Office.js itself.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium as chromiumFor } from '../support/external-programs';
import { launchChromium } from '../extension/scanner/support/browser';

const hasChromium = chromiumFor('Excel add-in production build e2e');
const root = resolve(import.meta.dirname, '../..');
const officeDist = join(root, 'node_modules/@microsoft/office-js/dist');
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'gbt27922-addin-prod-'));
  await build({
    configFile: join(root, 'excel-addin/vite.config.ts'),
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true },
  });
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Files the task pane loads before it runs: scripts and preloads in its HTML, then their static imports. */
function firstLoad(): string[] {
  const page = join(out, 'taskpane/taskpane.html');
  const html = readFileSync(page, 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(
      /(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`](\.[^"'`]+)["'`]/g,
    ))
      visit(resolve(dirname(file), m[1]!));
  };
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g))
    if (!/^https?:/.test(m[1]!)) visit(resolve(dirname(page), m[1]!));
  return [...seen];
}

// exceljs's workbook writer: the names below appear in its code only (not in ours).
const EXCELJS = /WorkbookWriter|writeBuffer/;

describe('add-in production build', () => {
  it('the first load holds no exceljs; exceljs sits in a chunk reached only by import()', () => {
    const first = firstLoad();
    expect(first.map((f) => f.slice(out.length + 1)).sort()).toContain('functions.js');
    for (const f of first) expect(EXCELJS.test(readFileSync(f, 'utf8')), f).toBe(false);
    const lazy = readdirSync(join(out, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .filter((f) => EXCELJS.test(readFileSync(join(out, 'assets', f), 'utf8')));
    expect(lazy).toHaveLength(1);
    const pane = first.find((f) => f.includes('/assets/taskpane-'))!;
    expect(readFileSync(pane, 'utf8')).toMatch(new RegExp(`import\\(\`\\./${lazy[0]!.replace('.', '\\.')}\`\\)`));
  });

  describe.skipIf(!hasChromium)('in a plain browser with the real office.js', () => {
    let server: Server;
    let origin = '';
    let browser: Browser;
    beforeAll(async () => {
      server = createServer((req, res) => {
        const file = join(out, decodeURIComponent((req.url ?? '/').split('?')[0]!));
        if (!file.startsWith(out) || !statSync(file, { throwIfNoEntry: false })?.isFile())
          return void res.writeHead(404).end();
        res
          .writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' })
          .end(readFileSync(file));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const addr = server.address();
      origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    it('says to open it in Excel, loads functions.js without error, and requests nothing else off the host', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const offHost: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.route('**/*', (r) => {
        const url = r.request().url();
        const cdn = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/.exec(url);
        if (cdn) {
          const file = join(officeDist, cdn[1]!.toLowerCase());
          if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return r.fulfill({ status: 404 });
          return r.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
        }
        if (!url.startsWith(origin)) {
          offHost.push(url);
          return r.abort();
        }
        return r.continue();
      });
      await page.goto(`${origin}/taskpane/taskpane.html`);
      await page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '') !== '', null, {
        timeout: 20_000,
      });
      expect(await page.locator('#root').textContent()).toMatch(
        /^(请在 Excel 中打开此加载项。|Open this add-in in Excel\.)$/,
      );
      expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
      expect(errors).toEqual([]);
      expect(offHost).toEqual([]);
      await page.close();
    }, 60_000);
  });
});
