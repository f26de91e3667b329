/*
 * Fixture pairs: test/fixtures/forms/<name>.html rendered by the real libraries in headless Chromium,
 * scanned and checked by the real scanner bundle, compared with <name>.expected.json: what matters
 * on that page (labels, values, upload states, requirement statuses, field issues), written by hand
 * from reading the page, with its reasoning in `_why` (see support/expectations.ts). No test writes
 * an expected file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/external-programs';
import { launchChromium } from '../extension/scanner/support/browser';
import { FORMS_DIR } from '../extension/scanner/support/fixture-server';
import { differences, type Expected } from '../extension/scanner/support/expectations';
import {
  errorsOf,
  injectScanner,
  openFixture,
  scanAndCheck,
  startServers,
  type Servers,
} from '../extension/scanner/support/run-fixture';

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% test file\n') });
const jpg = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]) });

interface Fixture {
  /** Waits for the library to render, sets files like a user would. */
  setup?: (page: Page, s: Servers) => Promise<void>;
  query?: (s: Servers) => string;
  closedRoots?: boolean;
}

const FIXTURES: Record<string, Fixture> = {
  'element-plus': { setup: async (p) => void (await p.waitForSelector('.el-upload-list__item')) },
  antd: { setup: async (p) => void (await p.waitForSelector('.ant-upload-list-item')) },
  layui: {
    setup: async (p) =>
      void (await p.waitForFunction(() => document.querySelectorAll('.layui-upload-file').length === 4)),
  },
  webuploader: {
    setup: async (p) => {
      await p.waitForFunction(() => document.querySelectorAll('.webuploader-pick').length === 2);
      await p.locator('#picker-licence input[type=file]').setInputFiles([pdf('营业执照（副本）.pdf')]);
      await p.waitForSelector('#WU_FILE_0');
    },
  },
  plain: { setup: async (p) => p.locator('input[name=application]').setInputFiles([pdf('认证申请书.pdf')]) },
  shadow: {
    closedRoots: true,
    setup: async (p) => p.locator('doc-upload input[type=file]').setInputFiles([jpg('营业执照.jpg')]),
  },
  iframes: {
    query: (s) => `?xorigin=${encodeURIComponent(s.other.origin)}`,
    setup: async (p) => {
      await p.waitForFunction(() => (document.getElementById('cross') as HTMLIFrameElement).src !== '');
      await p
        .frameLocator('#same')
        .locator('#lic')
        .setInputFiles([pdf('营业执照.pdf')]);
      await p.waitForLoadState('load');
    },
  },
  'xss-label': { setup: async (p) => p.locator('#a').setInputFiles([pdf('<img src=x onerror="window.__xss=5">.pdf')]) },
  'conditional-unified': {
    setup: async (p) => {
      await p.locator('input[name=f_application]').setInputFiles([pdf('认证申请书.pdf')]);
      await p.locator('input[name=f_licence]').setInputFiles([jpg('营业执照.jpg')]);
      await p.locator('input[name=f_cert]').setInputFiles([pdf('原认证证书.pdf')]);
    },
  },
  'conditional-old-licence': {
    setup: async (p) => p.locator('input[name=f_licence]').setInputFiles([jpg('营业执照.jpg')]),
  },
  // Vue libraries used by Chinese portals; each page waits for the library's own file list.
  'element-ui': { setup: async (p) => void (await p.waitForSelector('.el-upload-list__item')) },
  'ant-design-vue': { setup: async (p) => void (await p.waitForSelector('.ant-upload-list-item')) },
  tdesign: { setup: async (p) => void (await p.waitForSelector('.t-upload__single-name')) },
  arco: { setup: async (p) => void (await p.waitForSelector('.arco-upload-list-item')) },
  'naive-ui': { setup: async (p) => void (await p.waitForSelector('.n-upload-file')) },
  vant: { setup: async (p) => void (await p.waitForSelector('.van-uploader__preview')) },
  'custom-upload': {},
};

const run = hasChromium('scanner fixture pairs (test/e2e/scanner-fixtures)');

// Pages loaded only inside another fixture's frames.
const FRAME_PAGES = new Set(['frame-same', 'frame-cross']);

describe('scanner fixture pairs', () => {
  it('every fixture page is run here and every page has a hand-written expected file', () => {
    const files = readdirSync(FORMS_DIR);
    const pages = files.filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
    expect(pages.filter((p) => !FRAME_PAGES.has(p)).sort()).toEqual(Object.keys(FIXTURES).sort());
    const expected = files.filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length));
    expect(expected.sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const name of expected) {
      const e = JSON.parse(readFileSync(path.join(FORMS_DIR, `${name}.expected.json`), 'utf8')) as Expected;
      expect(e._why?.length, `${name}.expected.json _why`).toBeGreaterThan(40);
    }
  });
});

describe.skipIf(!run)('scanner fixture pairs in Chromium', () => {
  let browser: Browser;
  let servers: Servers;
  beforeAll(async () => {
    [browser, servers] = await Promise.all([launchChromium(), startServers()]);
  });
  afterAll(async () => {
    await browser?.close();
    await servers?.close();
  });

  for (const [name, fx] of Object.entries(FIXTURES)) {
    it(`${name}.html reads as ${name}.expected.json says`, async () => {
      const expected = JSON.parse(readFileSync(path.join(FORMS_DIR, `${name}.expected.json`), 'utf8')) as Expected;
      const page = await openFixture(browser, `${servers.main.origin}/${name}.html${fx.query?.(servers) ?? ''}`, {
        closedRoots: fx.closedRoots,
      });
      try {
        await fx.setup?.(page, servers);
        await injectScanner(page);
        const { snapshot, check } = await scanAndCheck(page, { closedRoots: fx.closedRoots });
        expect(errorsOf(page)).toEqual([]);
        expect(differences(expected, snapshot, check)).toEqual([]);
        if (name === 'xss-label')
          expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      } finally {
        await page.close();
      }
    });
  }
});
