import type { ApplicationCheck } from '../../../core/index';
import { scanPage } from '../../scanner/scan';
import { resolveRef } from '../../scanner/refs';
import { createChangeWatcher } from '../../scanner/watcher';
import { createPageSession, type PageSession } from '../../ui/page-session';
import {
  isExtensionMessage,
  type AssessRequest,
  type AssessResponse,
  type BadgeRequest,
  type CheckRequest,
} from '../../ui/protocol';
import { getAlwaysOrigins, getProfile, getSettings } from '../../ui/storage';

// Reaches closed shadow roots too: Chromium exposes browser.dom, Firefox a method on the element.
function shadowRootOf(el: Element): ShadowRoot | null {
  const viaDom = (browser as { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } }).dom
    ?.openOrClosedShadowRoot;
  try {
    if (viaDom) return viaDom(el) ?? null;
  } catch {
    /* not an element that can host a root */
  }
  const ff = (el as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  return ff ? (ff.call(el) ?? null) : el.shadowRoot;
}

/*
 * The page is scanned here; core's check of the scan (catalogue, matching, messages) runs in the background
 * (entrypoints/background.ts), so this script, injected into every checked page, carries only the scanner and
 * the overlay. extension/scanner's checkPage does both in one place, for tests and other uses.
 */
async function assessInBackground(req: AssessRequest): Promise<ApplicationCheck> {
  const res = (await browser.runtime.sendMessage(req)) as AssessResponse | undefined;
  if (!res) throw new Error('no answer from the extension background');
  if (!res.ok) throw new Error(res.error);
  return res.check;
}

interface Installed {
  ctx: { isInvalid: boolean };
}

export default defineContentScript({
  // Never declared in the manifest: injected on demand (activeTab + scripting) or registered per site.
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    // Injected twice (popup opened again, or registered + on demand): keep the first live instance.
    const w = window as unknown as { __gbt27922?: Installed };
    if (w.__gbt27922 && !w.__gbt27922.ctx.isInvalid) return;
    w.__gbt27922 = { ctx };

    // Labels of the last scan by ref: the submit dialog names each missing document in the form's own words.
    let labels = new Map<string, string>();
    const session: PageSession = createPageSession(
      window,
      {
        // `onRoot` (from the session) hands every shadow root and same-origin frame the scan walks to the
        // change watcher, so edits inside them re-check too. `catalogue`: a certification body's own list.
        checkPage: (doc, { catalogue, profile, lang = 'zh-CN', onRoot }) => {
          const snapshot = scanPage(doc, { shadowRootOf, lang, ...(onRoot ? { onRoot } : {}) });
          labels = new Map([...snapshot.uploads, ...snapshot.fields].map((f) => [f.ref, f.label]));
          return assessInBackground({
            type: 'gbt27922:assess',
            snapshot,
            lang,
            ...(profile ? { profile } : {}),
            ...(catalogue ? { requirements: catalogue } : {}),
          });
        },
        labelOf: (ref) => labels.get(ref),
        resolveRef,
        createChangeWatcher,
        reportBadge: (missing) => {
          if (ctx.isInvalid) return;
          const msg: BadgeRequest = { type: 'gbt27922:badge', missing };
          browser.runtime.sendMessage(msg).catch(() => undefined);
        },
      },
      ctx,
    );

    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!isExtensionMessage(msg)) return;
      if (msg.type === 'gbt27922:ping') sendResponse({ ok: true });
      else if (msg.type === 'gbt27922:check') void session.check(msg).then(sendResponse);
      else if (msg.type === 'gbt27922:jump') sendResponse({ ok: session.jump(msg.ref) });
      else return;
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      if (w.__gbt27922?.ctx === ctx) delete w.__gbt27922;
    });

    // Sites where the user chose "always check": check on load, so the badge, outlines and guard are there at once.
    if ((await getAlwaysOrigins()).includes(location.origin) && !ctx.isInvalid) {
      const settings = await getSettings();
      const req: CheckRequest = {
        type: 'gbt27922:check',
        lang: settings.lang,
        profile: await getProfile(location.origin),
        ...(settings.requirements ? { requirements: settings.requirements } : {}),
      };
      await session.check(req);
    }
  },
});
