import { checkPage, createChangeWatcher, resolveRef } from '../../scanner/index';
import { createPageSession, type PageSession } from '../../ui/page-session';
import { isExtensionMessage, type BadgeRequest, type CheckRequest } from '../../ui/protocol';
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

    const session: PageSession = createPageSession(
      window,
      {
        // `onRoot` (from the session) hands every shadow root and same-origin frame the scan walks to the
        // change watcher, so edits inside them re-check too. `catalogue`: a certification body's own list.
        checkPage: (doc, { catalogue, profile, lang, onRoot }) =>
          checkPage(doc, {
            shadowRootOf,
            ...(lang ? { lang } : {}),
            ...(profile ? { profile } : {}),
            ...(catalogue ? { requirements: catalogue } : {}),
            ...(onRoot ? { onRoot } : {}),
          }),
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
      else if (msg.type === 'gbt27922:check') sendResponse(session.check(msg));
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
      session.check(req);
    }
  },
});
