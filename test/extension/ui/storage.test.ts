import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteProfile,
  getAlwaysOrigins,
  getProfile,
  getSettings,
  listProfiles,
  originOf,
  setAlwaysOrigin,
  setProfile,
  updateSettings,
} from '../../../extension/ui/storage';

describe('extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to Chinese with no custom list', async () => {
    expect(await getSettings()).toEqual({ lang: 'zh-CN' });
  });

  it('remembers the language and a custom list; an empty list is dropped', async () => {
    await updateSettings({ lang: 'en', requirementsJson: '[]' });
    expect(await getSettings()).toEqual({ lang: 'en', requirementsJson: '[]' });
    await updateSettings({ requirementsJson: '[]', requirements: [] });
    expect(await getSettings()).toEqual({ lang: 'en', requirementsJson: '[]', requirements: [] });
    // Clearing the text clears the parsed list with it: no list is used that the user no longer sees.
    await updateSettings({ requirementsJson: '  ' });
    expect(await getSettings()).toEqual({ lang: 'en' });
  });

  it('ignores a corrupted language value', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'fr' } });
    expect((await getSettings()).lang).toBe('zh-CN');
  });

  it('keeps profile overrides per origin, never shared between sites or ports', async () => {
    await setProfile('https://cb-a.example.cn', { unifiedLicence: false, multiSite: true });
    await setProfile('https://cb-b.example.cn', { serviceMode: 'contracted' });
    expect(await getProfile('https://cb-a.example.cn')).toEqual({ unifiedLicence: false, multiSite: true });
    expect(await getProfile('https://cb-b.example.cn')).toEqual({ serviceMode: 'contracted' });
    expect(await getProfile('https://cb-a.example.cn:8443')).toEqual({});
    expect((await listProfiles()).map(([o]) => o)).toEqual(['https://cb-a.example.cn', 'https://cb-b.example.cn']);
  });

  it('drops undefined keys and removes a site whose overrides are all cleared', async () => {
    await setProfile('https://cb.example.cn', { multiSite: true, regulatedProducts: undefined });
    expect(await getProfile('https://cb.example.cn')).toEqual({ multiSite: true });
    await deleteProfile('https://cb.example.cn');
    expect(await listProfiles()).toEqual([]);
  });

  it('keys pages by origin and refuses non-web pages', () => {
    expect(originOf('https://cb.example.cn:8443/apply/form?id=1#x')).toBe('https://cb.example.cn:8443');
    expect(originOf('http://localhost:5173/application.html')).toBe('http://localhost:5173');
    expect(originOf('chrome://extensions')).toBeNull();
    expect(originOf('file:///tmp/a.html')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  it('tracks always-check origins as a sorted set', async () => {
    await setAlwaysOrigin('https://b.example', true);
    await setAlwaysOrigin('https://a.example', true);
    await setAlwaysOrigin('https://a.example', true);
    expect(await getAlwaysOrigins()).toEqual(['https://a.example', 'https://b.example']);
    await setAlwaysOrigin('https://b.example', false);
    expect(await getAlwaysOrigins()).toEqual(['https://a.example']);
  });
});
