import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignWorkbook, fullMarks, rowOf } from './workbooks';

import { hasChromium as chromiumFor } from '../support/external-programs';
import { launchChromium } from '../extension/scanner/support/browser';
import { countByRule, seriousViolations } from '../e2e/axe';

const hasChromium = chromiumFor('Excel add-in task-pane e2e');

const root = resolve(import.meta.dirname, '../..');
let out = '';
let fakeBundle = '';
let server: Server;
let origin = '';
let browser: Browser;

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** The file under `dir` a request path names, or null when it would leave `dir` (`..`, absolute, other drive). */
function fileUnder(dir: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const file = resolve(dir, `.${path.startsWith('/') ? '' : '/'}${path}`);
  const rel = relative(dir, file);
  return rel && !rel.split(sep).includes('..') && !isAbsolute(rel) ? file : null;
}

async function xlsxBase64(wb: ReturnType<typeof foreignWorkbook>): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function openPane(b64: string, displayLanguage: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('https://appsforoffice.microsoft.com/**', (r) =>
    r.fulfill({
      contentType: 'text/javascript',
      body: '/* office.js stub: the fake is installed by an init script */',
    }),
  );
  await page.addInitScript({
    content: `${fakeBundle};window.FakeOffice = FakeOffice; FakeOffice.install(${JSON.stringify(b64)}, ${JSON.stringify({ displayLanguage })});`,
  });
  await page.goto(`${origin}/taskpane/taskpane.html`);
  return { page, errors };
}

describe('static server path check', () => {
  it('serves files under the build folder only', () => {
    const dir = resolve('/tmp/out');
    expect(fileUnder(dir, '/taskpane/taskpane.html?x=1')).toBe(join(dir, 'taskpane/taskpane.html'));
    expect(fileUnder(dir, '/../out-evil/x.js')).toBeNull(); // shares the prefix "/tmp/out": startsWith would let it through
    expect(fileUnder(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(fileUnder(dir, '/a/../../etc/passwd')).toBeNull();
    expect(fileUnder(dir, '/')).toBeNull();
    expect(fileUnder(dir, '/%E0%A4%A')).toBeNull(); // malformed escape
  });
});

/** axe-core (WCAG 2.1 A/AA) on the pane: no serious or critical violation. */
async function axeClean(page: Page, label: string): Promise<void> {
  const found = await seriousViolations(page);
  console.info(`axe task pane ${label}`, JSON.stringify(countByRule(found)));
  expect(found).toEqual([]);
}

describe.skipIf(!hasChromium)('task pane in headless Chromium with the fake Excel', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'gbt27922-addin-'));
    await build({
      configFile: join(root, 'excel-addin/vite.config.ts'),
      logLevel: 'error',
      build: { outDir: out, emptyOutDir: true },
    });
    const fake = await build({
      configFile: false,
      logLevel: 'error',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: join(root, 'test/support/fake-excel-browser.ts'),
          formats: ['iife'],
          name: 'FakeOffice',
          fileName: () => 'fake.js',
        },
      },
    });
    const outputs = (Array.isArray(fake) ? fake : [fake]) as { output: { type: string; code?: string }[] }[];
    fakeBundle = outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
    server = createServer((req, res) => {
      const file = fileUnder(out, req.url ?? '/');
      if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('zh-CN: renders the dashboard, re-scores an edit, selects a problem cell', async () => {
    const { page, errors } = await openPane(await xlsxBase64(foreignWorkbook(fullMarks())), 'zh-CN');
    await page.getByTestId('dashboard').waitFor();
    // The scheme's one decimal, as 汇总, 结果, the CLI and the report show it (core's formatScore).
    expect(await page.getByTestId('score').textContent()).toBe('100.0');
    expect(await page.getByTestId('level').textContent()).toBe('五星');
    expect(await page.getByTestId('category').count()).toBe(3);
    expect(await page.locator('[data-testid="category"][data-below="true"]').count()).toBe(0);
    expect(await page.getByTestId('progress').textContent()).toContain('评分进度');
    expect(await page.evaluate(() => window.__associated)).toEqual(['LEVEL', 'TONEXT']);
    await page.screenshot({ path: '/tmp/gbt27922-addin-zh-CN.png', fullPage: false });

    const cell = `D${rowOf('5.1.1.2')}`;
    await page.evaluate((c) => window.__fake!.userEdit('评分表', c, '好'), cell);
    await page.getByTestId('problem').first().waitFor();
    // A cell holding "好" is invalid: the state says so, no total, subtotals not computed, one problem naming the indicator.
    expect(await page.getByTestId('audit-state').getAttribute('data-state')).toBe('invalid');
    expect(await page.getByTestId('score').textContent()).toBe('—');
    expect(await page.getByTestId('category-value').allTextContents()).toEqual(['未计算', '未计算', '未计算']);
    expect(await page.locator('[data-testid="item"][data-status="invalid"]').count()).toBe(1);
    expect(await page.getByTestId('problem').count()).toBe(1);
    expect(
      await page.locator('[data-testid="problems"] h2, [data-testid="problems"] .fui-Subtitle2').first().textContent(),
    ).toBe('问题（1）');
    const problem = page.locator(`[data-testid="problem"][data-cell="评分表!${cell}"]`);
    expect(await problem.textContent()).toContain('“好”不是数字');
    expect(await problem.getByTestId('problem-indicator').textContent()).toMatch(/^5\.1\.1\.2 \S/);
    await page.screenshot({ path: '/tmp/gbt27922-addin-zh-CN-invalid.png', fullPage: true });
    await axeClean(page, 'zh-CN invalid');
    await problem.click();
    await expect.poll(() => page.evaluate(() => window.__fake!.state.selection)).toBe(`评分表!${cell}`);

    await page.evaluate((c) => window.__fake!.userEdit('评分表', c, 1), cell);
    await expect.poll(() => page.getByTestId('score').textContent()).not.toBe('—');
    expect(Number(await page.getByTestId('score').textContent())).toBeLessThan(100);
    // 5.1.1.2 at 1 of 3: its category stays above the scheme's pass mark; bar length follows core's percent.
    expect(await page.locator('[data-testid="category"][data-below="true"]').count()).toBe(0);
    await page.getByTestId('insert-chart').click();
    await expect.poll(() => page.evaluate(() => window.__fake!.charts.length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('en: follows the display language', async () => {
    const { page, errors } = await openPane(await xlsxBase64(foreignWorkbook({ ...fullMarks(), '5.2.1': 1 })), 'en-US');
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('level').textContent()).toBe('5-star');
    expect(await page.getByTestId('next').textContent()).toContain('Top level');
    expect(await page.locator('body').textContent()).toContain('Categories (earned / applicable)');
    expect(await page.getByTestId('audit-state').textContent()).toBe('Complete');
    await page.screenshot({ path: '/tmp/gbt27922-addin-en-complete.png', fullPage: true });
    await axeClean(page, 'en complete');
    expect(await page.getByTestId('insert-chart').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [lang, display] of [
    ['zh-CN', 'zh-CN'],
    ['en', 'en-US'],
  ] as const) {
    it(`${lang}: a blank workbook is not started, not an error (no red, no problem); axe finds nothing serious`, async () => {
      const { page, errors } = await openPane(await xlsxBase64(foreignWorkbook()), display);
      await page.getByTestId('dashboard').waitFor();
      expect(await page.getByTestId('audit-state').getAttribute('data-state')).toBe('not-started');
      expect(await page.getByTestId('audit-state').textContent()).toBe(lang === 'zh-CN' ? '未开始' : 'Not started');
      expect(await page.getByTestId('problem').count()).toBe(0);
      expect(await page.getByTestId('problems').textContent()).toContain(
        lang === 'zh-CN' ? '问题（0）' : 'Problems (0)',
      );
      expect(await page.locator('body').textContent()).not.toContain('无法计算');
      await page.screenshot({ path: `/tmp/gbt27922-addin-${lang}-blank.png`, fullPage: true });
      await axeClean(page, `${lang} blank`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${lang}: some items scored is in progress, worded as provisional; axe finds nothing serious`, async () => {
      const answers = fullMarks();
      delete answers['5.1.1.2'];
      const { page, errors } = await openPane(await xlsxBase64(foreignWorkbook(answers)), display);
      await page.getByTestId('dashboard').waitFor();
      expect(await page.getByTestId('audit-state').getAttribute('data-state')).toBe('in-progress');
      expect(await page.getByTestId('score-state').textContent()).toMatch(lang === 'zh-CN' ? /暂定/ : /provisional/);
      expect(await page.getByTestId('problem').count()).toBe(0);
      await page.screenshot({ path: `/tmp/gbt27922-addin-${lang}-provisional.png`, fullPage: true });
      await axeClean(page, `${lang} provisional`);
      // Keyboard: an indicator can be reached with Tab and shows a visible focus ring.
      await page.getByTestId('item').first().focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return { testid: a.dataset.testid, ring: a.hasAttribute('data-fui-focus-visible') };
      });
      expect(focused).toEqual({ testid: 'item', ring: true }); // Fluent draws its focus ring for keyboard focus
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('explains an unreadable workbook instead of a blank pane', async () => {
    const wb = foreignWorkbook();
    const other = new (await import('exceljs')).default.Workbook();
    other.addWorksheet('Sheet1').addRow(['客户', '电话', '地址']);
    void wb;
    const { page, errors } = await openPane(await xlsxBase64(other as never), 'zh-CN');
    await page.getByTestId('unreadable').waitFor();
    const text = await page.getByTestId('unreadable').textContent();
    expect(text).toContain('无法识别此工作簿的评分表');
    expect(text).toContain('编号');
    // The missing headers are listed with the names core accepts for them, so the user can fix the sheet.
    expect(await page.locator('[data-testid="missing"] [data-field="id"]').textContent()).toMatch(/^编号：.*编号/);
    await page.screenshot({ path: '/tmp/gbt27922-addin-unreadable.png' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
