/*
 * Shared by the scanner's Chromium tests and the bench: serve fixtures, open one in Chromium,
 * inject the scanner bundle, run scanPage/checkPage inside the page.
 */
import type { Browser, Page } from 'playwright-core';
import { reactVendorBundle, scannerBundle } from './bundles';
import { startServer, type RunningServer } from './fixture-server';

export interface Servers {
  main: RunningServer;
  /** A second port = another origin, for the cross-origin frame. */
  other: RunningServer;
  close(): Promise<void>;
}

export async function startServers(): Promise<Servers> {
  const memory = { '/build/react-vendor.js': await reactVendorBundle() };
  const main = await startServer({ memory });
  const other = await startServer();
  return { main, other, close: async () => void (await Promise.all([main.close(), other.close()])) };
}

/** Records every shadow root as it is attached: stands in for chrome.dom.openOrClosedShadowRoot outside an extension. */
export const CLOSED_ROOTS_INIT = `(() => {
  const roots = new WeakMap();
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); roots.set(this, r); return r; };
  window.__gbtRoots = roots;
})();`;

export async function openFixture(browser: Browser, url: string, opts: { closedRoots?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.closedRoots) await page.addInitScript(CLOSED_ROOTS_INIT);
  await page.goto(url, { waitUntil: 'load' });
  pageErrors.set(page, errors);
  return page;
}

const pageErrors = new WeakMap<Page, string[]>();
/** Uncaught errors of the page so far (a library failing to render would make a fixture meaningless). */
export const errorsOf = (page: Page): string[] => pageErrors.get(page) ?? [];

export async function injectScanner(page: Page): Promise<void> {
  await page.addScriptTag({ content: await scannerBundle() });
}

export interface InPageOptions {
  lang?: 'zh-CN' | 'en';
  /** Use the recorded shadow roots (closed ones too), as the content script does with chrome.dom. */
  closedRoots?: boolean;
}

type G = {
  GbtScanner: typeof import('../../../../extension/scanner/index');
  __gbtRoots?: WeakMap<Element, ShadowRoot>;
};

/** scanPage + checkPage inside the page. */
export function scanAndCheck(page: Page, o: InPageOptions = {}) {
  return page.evaluate((o) => {
    const w = window as unknown as G;
    const opts = {
      lang: o.lang ?? 'zh-CN',
      ...(o.closedRoots ? { shadowRootOf: (el: Element) => w.__gbtRoots?.get(el) ?? el.shadowRoot } : {}),
    } as const;
    const snapshot = w.GbtScanner.scanPage(document, opts);
    const check = w.GbtScanner.checkPage(document, opts);
    return { snapshot, check };
  }, o);
}
