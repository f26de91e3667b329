import { browser } from 'wxt/browser';
import { getAlwaysOrigins, setAlwaysOrigin } from './storage';

/*
 * "Always check on this site": the extension has no host permission at install. Turning the option on
 * asks for that one origin at run time (optional_host_permissions) and registers the content script
 * there; turning it off unregisters it and gives the permission back.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export const scriptIdFor = (origin: string) => `gbt27922-always-${origin.replace(/[^a-zA-Z0-9]/g, '_')}`;
export const patternFor = (origin: string) => `${origin}/*`;

async function register(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [patternFor(origin)], js: [CONTENT_SCRIPT_FILE.slice(1)], runAt: 'document_idle' },
  ]);
}

async function unregister(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * Must be called straight from the click handler (permissions.request needs the user gesture, so it is
 * the first await). Returns false when the user refused.
 */
export async function enableAlwaysCheck(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [patternFor(origin)] });
  if (!granted) return false;
  await register(origin);
  await setAlwaysOrigin(origin, true);
  return true;
}

export async function disableAlwaysCheck(origin: string): Promise<void> {
  await unregister(origin);
  await setAlwaysOrigin(origin, false);
  try {
    await browser.permissions.remove({ origins: [patternFor(origin)] });
  } catch {
    /* a permission from the manifest itself (test builds) cannot be removed; nothing to give back */
  }
}

/** Brings registrations in line with storage + granted permissions (run at browser start-up and install). */
export async function syncAlwaysRegistrations(): Promise<string[]> {
  const active: string[] = [];
  for (const origin of await getAlwaysOrigins()) {
    const granted = await browser.permissions.contains({ origins: [patternFor(origin)] });
    if (granted) {
      await register(origin);
      active.push(origin);
    } else {
      await unregister(origin);
      await setAlwaysOrigin(origin, false); // permission revoked in the browser's settings: the option is off
    }
  }
  return active;
}
