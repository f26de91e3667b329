import { browser } from 'wxt/browser';
import type { ContentRequest } from '../protocol';
import { CONTENT_SCRIPT_FILE } from '../site-access';

export interface TargetTab {
  id: number;
  url?: string;
}

/**
 * The tab the popup is about: the active tab, or `?tabId=` (the popup page opened in a tab of its own,
 * as tests do, would otherwise be its own active tab).
 */
export async function targetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) return null;
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function sendToTab<T>(tabId: number, msg: ContentRequest): Promise<T | undefined> {
  return (await browser.tabs.sendMessage(tabId, msg)) as T | undefined;
}

/** Injects the content script unless it already answers (activeTab grants this after the toolbar click). */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    const pong = await sendToTab<{ ok: boolean }>(tabId, { type: 'gbt27922:ping' });
    if (pong?.ok) return;
  } catch {
    /* no receiver yet */
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
