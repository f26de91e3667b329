import { checkApplication } from '../../core/index';
import { isExtensionMessage, type AssessRequest, type AssessResponse } from '../ui/protocol';
import { syncAlwaysRegistrations } from '../ui/site-access';

// MV3 has `action`; Firefox MV2 builds have `browserAction` with the same badge methods.
const actionApi = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function setBadge(tabId: number, missing: number | null): Promise<void> {
  const action = actionApi();
  await action.setBadgeText({ tabId, text: missing ? String(missing) : '' });
  if (missing) await action.setBadgeBackgroundColor({ tabId, color: '#d4380d' });
}

/**
 * Core's check of a page the content script scanned. It runs here, not in the page: the catalogue, the matching
 * and core's messages then load once per browser session instead of being injected into every checked page.
 */
export function assess(req: AssessRequest): AssessResponse {
  try {
    const check = checkApplication(req.snapshot, req.profile, {
      lang: req.lang,
      ...(req.requirements ? { catalogue: req.requirements } : {}),
    });
    return { ok: true, check };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (!isExtensionMessage(msg)) return;
    if (msg.type === 'gbt27922:assess') {
      sendResponse(assess(msg));
      return true;
    }
    if (msg.type !== 'gbt27922:badge') return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    setBadge(tabId, msg.missing).then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: false }),
    );
    return true;
  });
  const sync = () => void syncAlwaysRegistrations().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
});
