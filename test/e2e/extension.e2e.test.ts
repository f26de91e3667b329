import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { hasChromium } from '../support/external-programs';
import { startFixtureServer } from '../extension/e2e-support/fixture-server';
import { launchWithExtension, type LaunchedExtension } from '../extension/e2e-support/launch';

// `chrome` exists inside sw.evaluate() callbacks (they run in the extension's service worker).
declare const chrome: typeof import('wxt/browser').browser;

const EXT_DIR = path.resolve('dist/extension/chrome-mv3-e2e'); // `wxt build --mode e2e` (adds localhost host permissions)
const SHOTS = '/tmp';

describe.skipIf(!hasChromium('extension e2e (built extension in headless Chromium)'))('extension e2e', () => {
  let b: LaunchedExtension;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;

  beforeAll(async () => {
    execFileSync(path.resolve('node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], { stdio: 'pipe' });
    if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error(`the e2e build did not produce ${EXT_DIR}`);
    server = await startFixtureServer();
    b = await launchWithExtension(EXT_DIR);
  }, 120_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const sw = async (): Promise<Worker> => b.ctx.serviceWorkers()[0] ?? b.ctx.waitForEvent('serviceworker');
  const badgeOf = async (tabId: number) =>
    (await sw()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  async function openForm(file: string): Promise<{ page: Page; tabId: number }> {
    const page = await b.ctx.newPage();
    await page.goto(`${server.origin}/${file}`);
    const ids = await (
      await sw()
    ).evaluate(async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id), `${server.origin}/${file}`);
    const tabId = ids[ids.length - 1]; // the newest tab with that URL
    if (typeof tabId !== 'number') throw new Error(`no tab id for ${file}`);
    return { page, tabId };
  }

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${b.extId}/popup.html?tabId=${tabId}`);
    await popup.locator('li.req').first().waitFor({ timeout: 15_000 });
    return popup;
  }

  const chip = (popup: Page, id: string) => popup.locator(`li.req[data-id="${id}"] .chip`).textContent();

  it('manifest asks for activeTab, scripting and storage only, with optional host permissions', async () => {
    const page = await b.ctx.newPage();
    const manifest = await (await page.goto(`chrome-extension://${b.extId}/manifest.json`))!.json();
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    await page.close();
  });

  describe('native form page', () => {
    let page: Page;
    let tabId: number;
    let popup: Page;
    let before: { org: unknown; submit: unknown; height: number };

    beforeAll(async () => {
      ({ page, tabId } = await openForm('application.html'));
      const box = (sel: string) => page.locator(sel).boundingBox();
      before = {
        org: await box('#org'),
        submit: await box('#submit'),
        height: await page.evaluate(() => document.documentElement.scrollHeight),
      };
      popup = await openPopup(tabId);
    });

    it('popup shows the checklist in Chinese: missing, not applicable with the reason, field checks', async () => {
      expect(await popup.locator('#title').textContent()).toBe('申请材料检查');
      expect(await popup.locator('.tab[aria-selected="true"]').textContent()).toBe('材料清单');
      expect(await chip(popup, 'D2')).toBe('缺失');
      expect(await chip(popup, 'D17')).toBe('缺失');
      expect(await chip(popup, 'D5')).toBe('不适用');
      expect(await popup.locator('li.req[data-id="D5"] .detail').textContent()).toContain('三证合一');
      expect(await popup.locator('.summary-main').textContent()).toMatch(/^缺失 \d+ 项必交材料$/);
      expect(await popup.locator('.issue').allTextContents()).toEqual([expect.stringMatching(/电话/)]);
      await popup.screenshot({ path: `${SHOTS}/gbt27922-popup-zh.png`, fullPage: true });
    });

    it('badge shows the number of required documents missing', async () => {
      const summary = await popup.locator('.summary-main').textContent();
      const missing = Number(/(\d+)/.exec(summary!)![1]);
      expect(missing).toBeGreaterThan(0);
      expect(await badgeOf(tabId)).toBe(String(missing));
    });

    it('missing fields are outlined in the shadow-root overlay without moving the page', async () => {
      const tips = await page.locator('gbt27922-overlay .box.missing .tip').allTextContents();
      expect(tips.some((t) => t.startsWith('缺失：D2 '))).toBe(true);
      expect(await page.locator('gbt27922-overlay .box.issue').count()).toBe(1);
      // The outline sits over the field.
      const field = (await page.locator('#d2').boundingBox())!;
      const outline = (await page.locator('gbt27922-overlay .box.missing').filter({ hasText: /：D2 / }).boundingBox())!;
      expect(Math.abs(outline.y - field.y)).toBeLessThan(4);
      // The page's own layout did not change.
      const box = (sel: string) => page.locator(sel).boundingBox();
      expect(await box('#org')).toEqual(before.org);
      expect(await box('#submit')).toEqual(before.submit);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(before.height);
      // Page CSS (`div, span, button { font-family: serif !important; color: green }`) does not reach into the overlay.
      const color = await page
        .locator('gbt27922-overlay .box.missing .tip')
        .first()
        .evaluate((el) => getComputedStyle(el).color);
      expect(color).toBe('rgb(255, 255, 255)');
    });

    it('an item in the popup jumps to its field on the page', async () => {
      await popup.locator('li.req[data-id="D17"] button').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('d17');
      await expect.poll(() => page.locator('gbt27922-overlay .flash').count()).toBe(1);
    });

    it('attaching a file updates the outlines and the badge (file contents are never read)', async () => {
      const missingBefore = Number(await badgeOf(tabId));
      await page
        .locator('#d2')
        .setInputFiles({ name: '营业执照副本.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') });
      await expect.poll(() => badgeOf(tabId), { timeout: 5_000 }).toBe(String(missingBefore - 1));
      await expect
        .poll(() => page.locator('gbt27922-overlay .box.missing').filter({ hasText: /：D2 / }).count())
        .toBe(0);
      const again = await openPopup(tabId);
      expect(await chip(again, 'D2')).toBe('已上传');
      expect(await again.locator('li.req[data-id="D2"] .detail').textContent()).toBe('文件：营业执照副本.pdf');
      await again.close();
    });

    it('submit guard: "返回补充" blocks the submission', async () => {
      await page.locator('#submit').click();
      const dialog = page.locator('gbt27922-overlay .dialog');
      await dialog.waitFor();
      expect(await dialog.locator('h2').textContent()).toMatch(/^还有 \d+ 项必交材料没有上传$/);
      const items = await dialog.locator('li').allTextContents();
      // The form's own label first, our catalogue name beside it.
      expect(items).toContain('售后服务手册（清单：D17 售后服务管理体系文件及文件清单）');
      expect(items.some((t) => t.includes('D2 '))).toBe(false); // attached in the previous step
      // Outlines lie under the backdrop: same stacking context, the backdrop stacked higher. (Hit-testing cannot
      // tell: outlines take no pointer events. The screenshot shows their colour dimmed by the backdrop.)
      const stacking = await page.evaluate(() => {
        const root = document.querySelector('gbt27922-overlay')!.shadowRoot!;
        const box = root.querySelector('.box.missing')!;
        const backdrop = root.querySelector('.backdrop')!;
        const z = (e: Element) => Number(getComputedStyle(e).zIndex);
        return { sameParent: box.parentElement === backdrop.parentElement, above: z(backdrop) > z(box) };
      });
      expect(stacking).toEqual({ sameParent: true, above: true });
      await page.screenshot({ path: `${SHOTS}/gbt27922-guard-zh.png` });
      await dialog.locator('button.back').click();
      await expect.poll(() => dialog.count()).toBe(0);
      await page.waitForTimeout(300);
      expect(server.log.formPosts).toHaveLength(0);
      expect(new URL(page.url()).pathname).toBe('/application.html');
    });

    it('submit guard: a listed item closes the dialog and takes the user to its field', async () => {
      await page.locator('#submit').click();
      const dialog = page.locator('gbt27922-overlay .dialog');
      await dialog.waitFor();
      await dialog.locator('button.item', { hasText: '售后服务手册' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('d17');
      expect(server.log.formPosts).toHaveLength(0);
    });

    it('submit guard: "仍然提交" submits exactly once, as the page would have (same submitter, same files)', async () => {
      await page.locator('#submit').click();
      await page.locator('gbt27922-overlay .dialog button.continue').click();
      await page.waitForURL(/\/submitted$/);
      expect(await page.locator('#done').textContent()).toBe('已提交 #1');
      expect(server.log.formPosts).toHaveLength(1);
      const body = server.log.formPosts[0]!;
      expect(body).toMatch(/name="action"\r\n\r\nfinal/); // the submit button's own name/value travelled with it
      expect(body).toContain('filename="营业执照副本.pdf"');
      expect(body).toContain('name="org_name"');
    });
  });

  describe('page whose submit button is handled by script (no form submission)', () => {
    it('"返回补充" blocks the click; "仍然提交" replays it once', async () => {
      const { page, tabId } = await openForm('application-js.html');
      const popup = await openPopup(tabId);
      expect(await chip(popup, 'D1')).toBe('缺失');
      expect(await popup.locator('.summary-main').textContent()).toMatch(/^缺失 \d+ 项必交材料$/);
      await popup.close();

      const dialog = page.locator('gbt27922-overlay .dialog');
      await page.locator('#submit').click();
      await dialog.waitFor();
      await dialog.locator('button.back').click();
      await page.waitForTimeout(300);
      expect(server.log.apiPosts).toHaveLength(0);

      await page.locator('#submit span').click();
      await dialog.locator('button.continue').click();
      await expect.poll(() => page.locator('#result').textContent()).toBe('已提交 #1');
      await page.waitForTimeout(300);
      expect(server.log.apiPosts).toEqual(['js']);
    });
  });

  describe('options page', () => {
    it('rejects a broken custom list with a pointed message, then uses a valid one', async () => {
      const options = await b.ctx.newPage();
      await options.goto(`chrome-extension://${b.extId}/options.html`);
      await options
        .locator('#custom-list')
        .fill('[{"id":"D1","flag":"mandatory","name":{"zh":"认证申请书","en":"Application form"},"aliases":[]}]');
      await options.locator('#save-list').click();
      const errors = await options.locator('#custom-result .errors li').allTextContents();
      // The item is named by number, id and name, with what to do.
      expect(errors).toEqual(['第 1 项（D1 认证申请书）：别名（aliases）不能为空，至少写一个表单上会出现的名称。']);
      await options
        .locator('#custom-list')
        .fill(
          '[{"id":"D1","flag":"mandatory","name":{"zh":"认证申请书","en":"Application form"},"aliases":["认证申请书"],"rule":{"when":"always","required":true,"source":"proposed"}}]',
        );
      await options.locator('#save-list').click();
      await expect.poll(() => options.locator('#custom-result').textContent()).toBe('已保存：1 项材料。');

      const { tabId } = await openForm('application.html');
      const popup = await openPopup(tabId);
      expect(await popup.locator('li.req').count()).toBe(1);
      expect(await chip(popup, 'D1')).toBe('缺失');
      await popup.close();

      await options.locator('#clear-list').click();
      await expect.poll(() => options.locator('#custom-result').textContent()).toBe('已清除，使用默认清单。');
      await options.close();
    });

    it('switching the language to English changes the popup', async () => {
      const options = await b.ctx.newPage();
      await options.goto(`chrome-extension://${b.extId}/options.html`);
      await options.locator('#lang').selectOption('en');
      await expect.poll(() => options.locator('h1').textContent()).toContain('Settings');
      const { tabId } = await openForm('application.html');
      const popup = await openPopup(tabId);
      expect(await popup.locator('#title').textContent()).toBe('Application documents check');
      expect(await popup.locator('.tab').first().textContent()).toBe('Checklist');
      expect(await chip(popup, 'D2')).toBe('Missing');
      expect(await popup.locator('li.req[data-id="D2"] .rname').textContent()).toMatch(/licen[cs]e/i);
      expect(await popup.locator('.summary-main').textContent()).toMatch(/required documents missing$/);
      await popup.screenshot({ path: `${SHOTS}/gbt27922-popup-en.png`, fullPage: true });
      await options.locator('#lang').selectOption('zh-CN');
      await expect.poll(() => options.locator('h1').textContent()).toContain('设置');
      await popup.close();
      await options.close();
    });
  });

  describe('the bundled demo form (npm run demo:form, Element Plus)', () => {
    let demo: ChildProcess | undefined;
    let demoOrigin = '';

    beforeAll(async () => {
      const port = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const p = (probe.address() as net.AddressInfo).port;
          probe.close(() => resolve(p));
        });
      });
      demo = spawn(path.resolve('node_modules/.bin/tsx'), ['demo/serve.ts', '--port', String(port)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await new Promise<void>((resolve, reject) => {
        demo!.stdout!.on('data', (d: Buffer) => {
          if (d.toString().includes(`localhost:${port}`)) resolve();
        });
        demo!.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
      });
      demoOrigin = `http://localhost:${port}`;
    }, 60_000);
    afterAll(() => {
      demo?.kill();
    });

    it('shows the checklist with the pre-attached file names, outlines and the guard', async () => {
      const page = await b.ctx.newPage();
      await page.goto(`${demoOrigin}/`);
      await page.locator('.el-upload-list__item').first().waitFor();
      const ids = await (
        await sw()
      ).evaluate(async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id), `${demoOrigin}/`);
      const tabId = ids[ids.length - 1]!;
      const popup = await openPopup(tabId);
      expect(await chip(popup, 'D1')).toBe('已上传');
      expect(await popup.locator('li.req[data-id="D1"] .detail').first().textContent()).toBe(
        '文件：认证申请书（盖章）.pdf',
      );
      expect(await chip(popup, 'D9')).toBe('缺失');
      const missing = Number(/(\d+)/.exec((await popup.locator('.summary-main').textContent())!)![1]);
      expect(await badgeOf(tabId)).toBe(String(missing));
      await popup.screenshot({ path: `${SHOTS}/gbt27922-popup-demo.png`, fullPage: true });
      await popup.close();

      // The form says 多场所: 是. Overriding it in the popup changes D8 and is remembered for this site.
      const p2 = await openPopup(tabId);
      expect(await chip(p2, 'D8')).toBe('缺失');
      await p2.locator('details.profile > summary').click();
      expect(await p2.locator('#profile-multiSite option').first().textContent()).toBe('按表单（是）');
      await p2.locator('#profile-multiSite').selectOption('false');
      await expect.poll(() => chip(p2, 'D8')).toBe('不适用');
      await p2.close();
      const p3 = await openPopup(tabId);
      expect(await chip(p3, 'D8')).toBe('不适用');
      expect(await p3.locator('#profile-multiSite').inputValue()).toBe('false');
      expect(await p3.locator('.profile-row .origin-override').count()).toBe(1);
      await p3.locator('button.link', { hasText: '全部按表单' }).click();
      await expect.poll(() => chip(p3, 'D8')).toBe('缺失');
      await p3.close();
      await expect.poll(() => page.locator('gbt27922-overlay .box.missing').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${SHOTS}/gbt27922-demo-page.png`, fullPage: true });

      const dialog = page.locator('gbt27922-overlay .dialog');
      await page.getByRole('button', { name: '提交申请' }).click();
      await dialog.locator('button.back').click();
      await page.waitForTimeout(300);
      expect(await page.locator('.el-message').count()).toBe(0);
      await page.getByRole('button', { name: '提交申请' }).click();
      await dialog.locator('button.continue').click();
      await expect.poll(() => page.locator('.el-message').allTextContents()).toEqual(['演示页面：不会真正提交。']);
      await page.close();
    });
  });

  it('"always check on this site" registers the content script: the badge appears without opening the popup', async () => {
    const { tabId } = await openForm('application.html');
    const popup = await openPopup(tabId);
    await popup.locator('#always-check').check();
    const registered = async () =>
      (await sw()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
    await expect.poll(registered).toEqual([[`${server.origin}/*`]]);
    await popup.close();
    const fresh = await openForm('application.html');
    // Up to 30 s: on a busy 2-core machine (the whole suite beside it) the injection, scan and check of a fresh
    // tab took over 10 s once; the badge is what is asserted, never how fast it came.
    await expect.poll(() => badgeOf(fresh.tabId), { timeout: 30_000 }).toMatch(/^\d+$/);
    await expect
      .poll(() => fresh.page.locator('gbt27922-overlay .box.missing').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  });

  it('made zero network requests: everything stayed on the local fixture server', async () => {
    // Positive control: a request from the extension's service worker IS recorded.
    const probe = `${server.origin}/probe-from-service-worker`;
    await (await sw()).evaluate((u) => fetch(u).then((r) => r.status), probe);
    await expect.poll(() => b.requests.includes(probe)).toBe(true);
    b.requests.splice(b.requests.indexOf(probe), 1);
    const local = /^http:\/\/localhost:\d+\//; // the fixture server and the demo server
    const foreign = b.requests.filter((u) => !local.test(u) && !u.startsWith(`chrome-extension://${b.extId}/`));
    expect(foreign).toEqual([]);
    expect(b.requests.some((u) => u.startsWith(`${server.origin}/`))).toBe(true);
  });
});
