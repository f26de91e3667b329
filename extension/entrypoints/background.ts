import { isExtensionMessage } from '../ui/protocol';
import { syncAlwaysRegistrations } from '../ui/site-access';

// MV3 has `action`; Firefox MV2 builds have `browserAction` with the same badge methods.
const actionApi = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function setBadge(tabId: number, missing: number | null): Promise<void> {
  const action = actionApi();
  await action.setBadgeText({ tabId, text: missing ? String(missing) : '' });
  if (missing) await action.setBadgeBackgroundColor({ tabId, color: '#d4380d' });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (!isExtensionMessage(msg) || msg.type !== 'gbt27922:badge') return;
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
