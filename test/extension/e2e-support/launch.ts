import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../../support/external-programs';

export interface LaunchedExtension {
  ctx: BrowserContext;
  sw: Worker;
  extId: string;
  /**
   * Every URL requested by pages (web pages with our content script, the popup and options pages) and
   * by the extension's service worker: Playwright 1.65 reports service-worker requests in the context's
   * `request` event (positive control in the e2e test).
   */
  requests: string[];
  /**
   * Safety net: Chromium is pointed at a proxy that records and refuses everything non-local, so a test
   * run never reaches the internet. It also sees Chromium's own background traffic (component updater,
   * sign-in), which is not the extension's, so tests assert on `requests`, not on this.
   */
  outbound: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with the built extension loaded, as WXT's E2E guide and Playwright's Chrome-extension page
 * describe it (https://wxt.dev/guide/essentials/e2e-testing, https://playwright.dev/docs/chrome-extensions).
 */
export async function launchWithExtension(extDir: string, extraArgs: string[] = []): Promise<LaunchedExtension> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'gbt-ext-'));
  const outbound: string[] = [];
  const proxy = http.createServer((req, res) => {
    outbound.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    outbound.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const proxyPort = (proxy.address() as AddressInfo).port;
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--no-pings',
      '--disable-domain-reliability',
      ...extraArgs,
    ],
  });
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());
  ctx.on('request', record);
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  return {
    ctx,
    sw,
    extId,
    requests,
    outbound,
    close: async () => {
      await ctx.close();
      proxy.closeAllConnections();
      await new Promise((r) => proxy.close(r));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
