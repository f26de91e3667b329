/*
 * WCAG 2.1 AA in a real browser: axe-core runs on every extension face a user sees — the popup (both
 * tabs), the options page and the page overlay with the submit guard open — in zh-CN and in English,
 * and no serious or critical violation may be left. (The task pane is checked in
 * test/excel-addin/taskpane.e2e.test.ts.) Also: every action is reachable by keyboard with a visible focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { hasChromium } from '../support/external-programs';
import { startFixtureServer } from '../extension/e2e-support/fixture-server';
import { launchWithExtension, type LaunchedExtension } from '../extension/e2e-support/launch';
import { countByRule, seriousViolations } from './axe';

declare const chrome: typeof import('wxt/browser').browser;

const EXT_DIR = path.resolve('dist/extension/chrome-mv3-e2e');
const SHOTS = '/tmp';

describe.skipIf(!hasChromium('accessibility e2e (axe-core on the built extension in headless Chromium)'))(
  'accessibility (axe-core, WCAG 2.1 A/AA)',
  () => {
    let b: LaunchedExtension;
    let server: Awaited<ReturnType<typeof startFixtureServer>>;
    const sw = async (): Promise<Worker> => b.ctx.serviceWorkers()[0] ?? b.ctx.waitForEvent('serviceworker');

    let copy = '';
    beforeAll(async () => {
      execFileSync(path.resolve('node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], { stdio: 'pipe' });
      if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error(`the e2e build did not produce ${EXT_DIR}`);
      // A private copy: another suite's build may rewrite dist/ while this one runs.
      copy = mkdtempSync(path.join(tmpdir(), 'gbt27922-a11y-ext-'));
      cpSync(EXT_DIR, copy, { recursive: true });
      server = await startFixtureServer();
      b = await launchWithExtension(copy);
    }, 180_000);
    afterAll(async () => {
      await b?.close();
      await server?.close();
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    it('positive control: axe flags grey-on-white 13 px text below 4.5:1 in an extension page', async () => {
      const page = await b.ctx.newPage();
      await page.goto(`chrome-extension://${b.extId}/options.html`);
      await page.locator('h1').waitFor();
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = '低对比度的提示文字 low-contrast hint';
        p.style.cssText = 'color:#8c8c8c;background:#fff;font-size:13px';
        document.body.append(p);
      });
      const found = await seriousViolations(page);
      await page.close();
      expect(found.map((f) => f.id)).toContain('color-contrast');
    });

    async function openForm(file: string): Promise<{ page: Page; tabId: number }> {
      const page = await b.ctx.newPage();
      await page.goto(`${server.origin}/${file}`);
      const ids = await (
        await sw()
      ).evaluate(async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id), `${server.origin}/${file}`);
      const tabId = ids[ids.length - 1];
      if (typeof tabId !== 'number') throw new Error(`no tab id for ${file}`);
      return { page, tabId };
    }

    for (const lang of ['zh-CN', 'en'] as const) {
      describe(lang, () => {
        let form: Page;
        let popup: Page;
        beforeAll(async () => {
          await (await sw()).evaluate((l) => chrome.storage.local.set({ settings: { lang: l } }), lang);
          const opened = await openForm('application.html');
          form = opened.page;
          popup = await b.ctx.newPage();
          await popup.setViewportSize({ width: 420, height: 600 });
          await popup.goto(`chrome-extension://${b.extId}/popup.html?tabId=${opened.tabId}`);
          await popup.locator('li.req').first().waitFor({ timeout: 15_000 });
        });
        afterAll(async () => {
          await popup?.close();
          await form?.close();
        });

        it('popup, checklist tab: no serious or critical violation', async () => {
          const found = await seriousViolations(popup);
          console.info(`axe ${lang} popup checklist`, JSON.stringify(countByRule(found)));
          expect(found).toEqual([]);
        });

        it('popup, self-check tab: no serious or critical violation; the tabs work from the keyboard', async () => {
          await popup.locator('.tab').first().focus();
          await popup.keyboard.press('ArrowRight');
          await expect
            .poll(() => popup.locator('.tab[aria-selected="true"]').getAttribute('id'))
            .toBe('tab-self-check');
          await popup.locator('#panel-self-check').locator('input, button').first().waitFor();
          // Focus is visible: the focused tab draws an outline.
          const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
          expect(outline).not.toBe('none');
          const found = await seriousViolations(popup);
          console.info(`axe ${lang} popup self-check`, JSON.stringify(countByRule(found)));
          await popup.screenshot({ path: `${SHOTS}/gbt27922-a11y-selfcheck-${lang}.png`, fullPage: true });
          expect(found).toEqual([]);
        });

        it('options page: no serious or critical violation', async () => {
          const options = await b.ctx.newPage();
          await options.goto(`chrome-extension://${b.extId}/options.html`);
          await options.locator('h1').waitFor();
          const found = await seriousViolations(options);
          console.info(`axe ${lang} options`, JSON.stringify(countByRule(found)));
          await options.screenshot({ path: `${SHOTS}/gbt27922-a11y-options-${lang}.png`, fullPage: true });
          await options.close();
          expect(found).toEqual([]);
        });

        it('page overlay with the submit guard open: no serious or critical violation in our UI', async () => {
          await form.bringToFront();
          await form.locator('gbt27922-overlay .box.missing').first().waitFor();
          await form.locator('#submit').click();
          const dialog = form.locator('gbt27922-overlay .dialog');
          await dialog.waitFor();
          // Keyboard: focus starts inside the dialog and is visible.
          expect(
            await form.evaluate(() => document.querySelector('gbt27922-overlay')!.shadowRoot!.activeElement?.tagName),
          ).toBe('BUTTON');
          const found = await seriousViolations(form, [['gbt27922-overlay']]);
          console.info(`axe ${lang} overlay+guard`, JSON.stringify(countByRule(found)));
          await form.screenshot({ path: `${SHOTS}/gbt27922-a11y-guard-${lang}.png` });
          await form.keyboard.press('Escape');
          await expect.poll(() => dialog.count()).toBe(0);
          expect(found).toEqual([]);
        });
      });
    }
  },
);
