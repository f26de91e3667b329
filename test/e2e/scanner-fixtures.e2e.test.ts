/*
 * Fixture pairs: test/fixtures/forms/<name>.html rendered by the real libraries in headless Chromium,
 * scanned by the real scanner bundle; compared with <name>.snapshot.json (what the scanner saw) and
 * <name>.expected.json (core's ApplicationCheck for it). UPDATE_SCANNER_FIXTURES=1 rewrites the JSON
 * (then read the diff: the JSON is the specification).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/external-programs';
import { launchChromium } from '../extension/scanner/support/browser';
import { FORMS_DIR } from '../extension/scanner/support/fixture-server';
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
};

/** Ports change per run and Element Plus ids per render: replace them with stable tokens. */
function normalise(value: unknown, s: Servers): unknown {
  const text = JSON.stringify(value)
    .split(s.main.origin)
    .join('http://MAIN')
    .split(s.other.origin)
    .join('http://OTHER')
    .split(encodeURIComponent(s.other.origin))
    .join('http%3A%2F%2FOTHER')
    .replace(/el-id-\d+-\d+/g, 'el-id-N');
  return JSON.parse(text);
}

/**
 * Core's wording of reasons and field issues is core's business (its own tests pin it); here the
 * codes and params are compared. Limitation messages come from the scanner and stay in.
 */
function withoutCoreMessages(check: {
  requirements: { reason?: { message?: string } }[];
  fieldIssues: { message?: string }[];
}) {
  for (const r of check.requirements) delete r.reason?.message;
  for (const i of check.fieldIssues) delete i.message;
  return check;
}

const run = hasChromium('scanner fixture pairs (test/e2e/scanner-fixtures)');
const update = !!process.env.UPDATE_SCANNER_FIXTURES;

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
    it(`${name}.html gives ${name}.snapshot.json and ${name}.expected.json`, async () => {
      const page = await openFixture(browser, `${servers.main.origin}/${name}.html${fx.query?.(servers) ?? ''}`, {
        closedRoots: fx.closedRoots,
      });
      try {
        await fx.setup?.(page, servers);
        await injectScanner(page);
        const got = normalise(await scanAndCheck(page, { closedRoots: fx.closedRoots }), servers) as {
          snapshot: unknown;
          check: unknown;
        };
        expect(errorsOf(page)).toEqual([]);
        for (const [kind, value] of [
          ['snapshot', got.snapshot],
          ['expected', withoutCoreMessages(got.check as Parameters<typeof withoutCoreMessages>[0])],
        ] as const) {
          const file = path.join(FORMS_DIR, `${name}.${kind}.json`);
          if (update) writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
          if (!existsSync(file))
            throw new Error(`${file} is missing: run with UPDATE_SCANNER_FIXTURES=1 and review it`);
          expect(value, `${name}.${kind}.json`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
        }
        if (name === 'xss-label')
          expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      } finally {
        await page.close();
      }
    });
  }
});
