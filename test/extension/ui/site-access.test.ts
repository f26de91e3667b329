import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disableAlwaysCheck,
  enableAlwaysCheck,
  scriptIdFor,
  syncAlwaysRegistrations,
} from '../../../extension/ui/site-access';
import { getAlwaysOrigins, setAlwaysOrigin } from '../../../extension/ui/storage';

const ORIGIN = 'https://cb.example.cn:8443';

describe('always check on this site', () => {
  let registered: { id: string; matches?: string[]; js?: string[] }[];
  let granted: Set<string>;

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    granted = new Set();
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
      async (filter?: { ids?: string[] }) =>
        registered.filter((s) => !filter?.ids || filter.ids.includes(s.id)) as never,
    );
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      registered.push(...(scripts as never[]));
    });
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f?: { ids?: string[] }) => {
      registered = registered.filter((s) => !f?.ids?.includes(s.id));
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) =>
      (p.origins ?? []).every((o) => granted.has(o)),
    );
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
      for (const o of p.origins ?? []) granted.delete(o);
      return true;
    });
  });

  it('asks for this origin only, then registers the content script there', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
      for (const o of p.origins ?? []) granted.add(o);
      return true;
    });
    expect(await enableAlwaysCheck(ORIGIN)).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: [`${ORIGIN}/*`] });
    expect(registered).toEqual([
      { id: scriptIdFor(ORIGIN), matches: [`${ORIGIN}/*`], js: ['content-scripts/content.js'], runAt: 'document_idle' },
    ]);
    expect(await getAlwaysOrigins()).toEqual([ORIGIN]);
  });

  it('does nothing when the user refuses the permission', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    expect(await enableAlwaysCheck(ORIGIN)).toBe(false);
    expect(registered).toEqual([]);
    expect(await getAlwaysOrigins()).toEqual([]);
  });

  it('turning it off unregisters the script and gives the permission back', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
      for (const o of p.origins ?? []) granted.add(o);
      return true;
    });
    await enableAlwaysCheck(ORIGIN);
    await disableAlwaysCheck(ORIGIN);
    expect(registered).toEqual([]);
    expect(granted.size).toBe(0);
    expect(await getAlwaysOrigins()).toEqual([]);
  });

  it('at start-up re-registers granted sites and drops those whose permission was revoked', async () => {
    await setAlwaysOrigin(ORIGIN, true);
    await setAlwaysOrigin('https://revoked.example', true);
    granted.add(`${ORIGIN}/*`);
    expect(await syncAlwaysRegistrations()).toEqual([ORIGIN]);
    expect(registered.map((s) => s.matches)).toEqual([[`${ORIGIN}/*`]]);
    expect(await getAlwaysOrigins()).toEqual([ORIGIN]);
    await syncAlwaysRegistrations(); // idempotent
    expect(registered).toHaveLength(1);
  });
});
