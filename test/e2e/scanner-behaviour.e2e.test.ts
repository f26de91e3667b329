/*
 * Scanner behaviour in real Chromium beyond the fixture pairs: the demo page, refs, a page left
 * untouched, labels found by layout, closed shadow roots, hostile pages (node and depth limits), and the change watcher
 * (debounce, one run at a time, SPA route changes, own overlay ignored).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/external-programs';
import { launchChromium } from '../extension/scanner/support/browser';
import { REPO, startServer, type RunningServer } from '../extension/scanner/support/fixture-server';
import {
  errorsOf,
  injectScanner,
  openFixture,
  scanAndCheck,
  startServers,
  type Servers,
} from '../extension/scanner/support/run-fixture';

type W = Window & {
  GbtScanner: typeof import('../../extension/scanner/index');
  runs: string[];
  watcher?: { disconnect(): void };
};

const run = hasChromium('scanner behaviour (test/e2e/scanner-behaviour)');

describe.skipIf(!run)('scanner behaviour in Chromium', () => {
  let browser: Browser;
  let servers: Servers;
  let demo: RunningServer;
  beforeAll(async () => {
    [browser, servers, demo] = await Promise.all([
      launchChromium(),
      startServers(),
      startServer({ root: path.join(REPO, 'demo/forms') }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.close();
    await demo?.close();
  });

  const blank = async (html: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(`${servers.main.origin}/plain.html`);
    await page.setContent(html);
    await injectScanner(page);
    return page;
  };

  it('the bundled demo form (npm run demo:form) shows what is missing', async () => {
    const page = await openFixture(browser, `${demo.origin}/application.html`);
    try {
      await page.waitForSelector('.el-upload-list__item');
      await injectScanner(page);
      const { snapshot, check } = await scanAndCheck(page);
      expect(errorsOf(page)).toEqual([]);
      expect(snapshot.uploads).toHaveLength(10);
      const status = Object.fromEntries(check.requirements.map((r) => [r.id, r.status]));
      expect(status).toMatchObject({
        D1: 'present',
        D2: 'present',
        D10: 'present',
        D15: 'present',
        D9: 'missing',
        D14: 'missing',
        D17: 'missing',
        D8: 'missing',
        D16: 'missing',
        D5: 'not-applicable',
        D6: 'not-applicable',
        D7: 'not-applicable',
        D27: 'not-applicable',
      });
      expect(check.profile).toMatchObject({
        unifiedLicence: true,
        multiSite: true,
        serviceMode: 'mixed',
        applicationType: 'initial',
        regulatedProducts: false,
      });
      expect(check.summary.missingRequired).toBe(5);
      // A user picks the missing 组织简介: the next check finds it (Element Plus lists it as "ready").
      await page
        .locator('.el-form-item', { hasText: '组织简介' })
        .locator('input[type=file]')
        .setInputFiles([{ name: '组织简介.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') }]);
      const again = await scanAndCheck(page);
      expect(again.check.requirements.find((r) => r.id === 'D9')).toMatchObject({
        status: 'present',
        files: ['组织简介.pdf'],
      });
    } finally {
      await page.close();
    }
  });

  it('refs resolve back to the elements, and scanning leaves the page exactly as it was', async () => {
    const page = await openFixture(browser, `${servers.main.origin}/plain.html`);
    try {
      await injectScanner(page);
      const result = await page.evaluate(() => {
        const w = window as unknown as W;
        const before = document.documentElement.outerHTML;
        const snap = w.GbtScanner.scanPage(document);
        const again = w.GbtScanner.scanPage(document);
        const org = w.GbtScanner.resolveRef(snap.fields[0]!.ref);
        const licence = w.GbtScanner.resolveRef(snap.uploads.find((u) => u.label === '营业执照')!.ref);
        return {
          same: before === document.documentElement.outerHTML,
          stable: JSON.stringify(snap.fields.map((f) => f.ref)) === JSON.stringify(again.fields.map((f) => f.ref)),
          org: org?.id,
          licence: (licence as HTMLInputElement | null)?.name,
          unknown: w.GbtScanner.resolveRef('f999999'),
        };
      });
      expect(result).toEqual({ same: true, stable: true, org: 'org', licence: 'licence', unknown: null });
    } finally {
      await page.close();
    }
  });

  it('a label cell counts only where it is rendered: beside or just above the control, not far away', async () => {
    const page = await blank(`<form>
      <style>.row { display: flex; gap: 8px; margin: 6px 0 } .stack { display: block } .far { margin-bottom: 300px }
        .swap { display: flex; flex-direction: row-reverse; justify-content: flex-end; gap: 8px }</style>
      <div class="row"><div>统一社会信用代码</div><div><div><input name="beside" placeholder="请输入"></div></div></div>
      <div class="stack"><div>申请组织名称</div><div><input name="above"></div></div>
      <div class="stack"><div class="far">备注</div><div><input name="far" placeholder="邮政编码"></div></div>
      <div class="swap"><div>联系人</div><div><input name="right" title="联系电话"></div></div>
    </form>`);
    try {
      const labels = await page.evaluate(() =>
        (window as unknown as W).GbtScanner.scanPage(document).fields.map((f) => [
          f.name,
          f.label,
          f.labelSource ?? '',
        ]),
      );
      expect(labels).toEqual([
        ['beside', '统一社会信用代码', 'layout'],
        ['above', '申请组织名称', 'layout'],
        // 300 px above the field: not its label cell, so the field's own placeholder names it.
        ['far', '邮政编码', 'hint'],
        // Drawn to the right of the field (flex row-reverse): not a label cell; its title names it.
        ['right', '联系电话', 'hint'],
      ]);
    } finally {
      await page.close();
    }
  });

  it('closed shadow roots are reached only through the injected shadowRootOf', async () => {
    const page = await openFixture(browser, `${servers.main.origin}/shadow.html`, { closedRoots: true });
    try {
      await injectScanner(page);
      const without = await scanAndCheck(page);
      const withRoots = await scanAndCheck(page, { closedRoots: true });
      expect(without.snapshot.uploads.map((u) => u.label)).toEqual(['营业执照']);
      expect(withRoots.snapshot.uploads.map((u) => u.label)).toEqual(['营业执照', '组织机构图']);
    } finally {
      await page.close();
    }
  });

  it('stops at 100,000 elements on a hostile page and says so', async () => {
    const page = await blank('<form><input type="file" aria-label="营业执照"><div id="big"></div></form>');
    try {
      const out = await page.evaluate(() => {
        const big = document.getElementById('big')!;
        const frag = document.createDocumentFragment();
        for (let i = 0; i < 120_000; i++) frag.appendChild(document.createElement('span'));
        big.appendChild(frag);
        const t0 = performance.now();
        const snap = (window as unknown as W).GbtScanner.scanPage(document, { lang: 'en' });
        return { ms: performance.now() - t0, limitations: snap.limitations, uploads: snap.uploads.length };
      });
      expect(out.limitations).toEqual([
        {
          code: 'node-limit',
          severity: 'warning',
          where: '',
          params: { max: 100000 },
          detail: '100000',
          message: expect.stringContaining('more than 100000 elements'),
        },
      ]);
      expect(out.uploads).toBe(1); // found before the limit
      console.log(`  (100,000-node cut-off reached in ${out.ms.toFixed(1)} ms)`);
    } finally {
      await page.close();
    }
  });

  it('does not descend past the depth limit (deep nesting) and says so', async () => {
    const page = await blank('<div id="root"></div>');
    try {
      const out = await page.evaluate(() => {
        let el = document.getElementById('root')!;
        for (let i = 0; i < 3000; i++) el = el.appendChild(document.createElement('div'));
        const input = document.createElement('input');
        input.setAttribute('aria-label', '深处的字段');
        el.appendChild(input);
        return (window as unknown as W).GbtScanner.scanPage(document);
      });
      expect(out.fields).toEqual([]);
      expect(out.limitations.map((l) => l.code)).toEqual(['depth-limit']);
    } finally {
      await page.close();
    }
  });

  it('the change watcher: debounced, one run at a time, route changes, own overlay ignored, cheap when idle', async () => {
    const page = await blank('<form><label>组织名称 <input id="n"></label><div id="list"></div></form>');
    try {
      await page.evaluate(() => {
        const w = window as unknown as W;
        w.runs = [];
        w.watcher = w.GbtScanner.createChangeWatcher(
          document,
          async (reason) => {
            w.runs.push(`start:${reason}`);
            w.GbtScanner.scanPage(document);
            await new Promise((r) => setTimeout(r, 150)); // a slow run: changes meanwhile must wait for it
            w.runs.push('end');
          },
          { debounceMs: 50 },
        );
      });
      const runs = () => page.evaluate(() => (window as unknown as W).runs.slice());
      // Burst of mutations → one run.
      await page.evaluate(() => {
        for (let i = 0; i < 20; i++) document.getElementById('list')!.append(document.createElement('p'));
      });
      await page.waitForTimeout(120);
      // A change during the run → exactly one more run, after it ends.
      await page.evaluate(() => document.getElementById('list')!.append(document.createElement('p')));
      await page.waitForTimeout(450);
      expect(await runs()).toEqual(['start:mutation', 'end', 'start:mutation', 'end']);

      // Our own overlay changes nothing; idle for a while → no runs.
      await page.evaluate(() => {
        const host = document.createElement('gbt27922-overlay');
        document.body.append(host);
        host.append(document.createElement('div'));
        host.setAttribute('class', 'x');
      });
      await page.waitForTimeout(400);
      expect((await runs()).length).toBe(4);

      // Typing (no DOM change) and an SPA route change (pushState) each trigger a run.
      await page.locator('#n').fill('新名称');
      await page.waitForTimeout(300);
      await page.evaluate(() => history.pushState({}, '', '/step-2'));
      await page.waitForTimeout(300);
      expect((await runs()).slice(4)).toEqual(['start:input', 'end', 'start:route', 'end']);

      // After disconnect nothing runs.
      await page.evaluate(() => {
        (window as unknown as W).watcher!.disconnect();
        document.getElementById('list')!.append(document.createElement('p'));
      });
      await page.waitForTimeout(300);
      expect((await runs()).length).toBe(8);
    } finally {
      await page.close();
    }
  });
});
