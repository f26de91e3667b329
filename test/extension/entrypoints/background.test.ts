import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../extension/entrypoints/background';

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    background.main();
  });

  const badge = (tabId: number, missing: number | null) =>
    new Promise((resolve) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'gbt27922:badge', missing },
        { tab: { id: tabId } } as never,
        resolve,
      ),
    );

  it('sets the badge of the sending tab to the number of required documents missing', async () => {
    await badge(7, 3);
    await badge(8, 0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('clears the badge when nothing could be counted', async () => {
    await badge(7, 2);
    await badge(7, null);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('ignores messages that are not ours or come from no tab', async () => {
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'badge', missing: 5 },
      { tab: { id: 1 } } as never,
      () => {},
    );
    const noTab = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'gbt27922:badge', missing: 5 },
      {} as never,
      () => {},
    );
    expect(results).toEqual([undefined]);
    expect(noTab).toEqual([undefined]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });
});
