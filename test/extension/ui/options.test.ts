import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions } from '../../../extension/ui/options/render-options';
import { getSettings, setProfile } from '../../../extension/ui/storage';
import { parseRequirementList } from '../../../core/index';

const settle = () => new Promise((r) => setTimeout(r, 10));
const VALID = JSON.stringify({
  requirements: [
    { id: 'D1', flag: 'mandatory', name: { zh: '认证申请书', en: 'Application form' }, aliases: ['认证申请书'] },
    { id: 'D2', flag: 'mandatory', name: { zh: '营业执照', en: 'Business licence' }, aliases: ['营业执照'] },
  ],
});

describe('options page', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<main id="app"></main>';
    root = document.getElementById('app')!;
    await renderOptions(document, root);
  });

  const save = async (text: string) => {
    root.querySelector<HTMLTextAreaElement>('#custom-list')!.value = text;
    root.querySelector<HTMLButtonElement>('#save-list')!.click();
    await settle();
  };

  it('is in Chinese by default and switches to English', async () => {
    expect(root.querySelector('h1')!.textContent).toBe('售后服务认证申请检查 · 设置');
    const lang = root.querySelector<HTMLSelectElement>('#lang')!;
    lang.value = 'en';
    lang.dispatchEvent(new Event('change'));
    await settle();
    expect((await getSettings()).lang).toBe('en');
    expect(root.querySelector('h1')!.textContent).toBe('After-sales certification application check · Settings');
    expect(document.documentElement.lang).toBe('en');
  });

  it("refuses invalid JSON with core's message and saves nothing", async () => {
    await save('[{"id": "D1",');
    expect(root.querySelector('#custom-result')!.textContent).toContain('清单有误，未保存：');
    expect(root.querySelector('#custom-result .errors li')!.textContent).toMatch(/JSON/);
    expect((await getSettings()).requirementsJson).toBeUndefined();
  });

  it('names the place of every problem in a list', async () => {
    await save(
      '[{"id":"D1","flag":"sometimes","name":{"zh":"申请书","en":"Form"},"aliases":["认证申请书"]},{"id":"D1","flag":"mandatory","name":{"zh":"x","en":"x"},"aliases":["营业执照"]}]',
    );
    const errors = [...root.querySelectorAll('#custom-result .errors li')].map((li) => li.textContent);
    expect(errors.some((e) => e!.includes('[0].flag'))).toBe(true);
    expect(errors.some((e) => e!.includes('[1]'))).toBe(true);
    expect((await getSettings()).requirementsJson).toBeUndefined();
  });

  it('saves a valid list, shows it as active, and clears it', async () => {
    await save(VALID);
    expect(root.querySelector('#custom-result')!.textContent).toBe('已保存：2 项材料。');
    expect((await getSettings()).requirementsJson).toBe(VALID);
    // What the checks use is core's parse of the list, saved with it (the content script never parses it).
    const parsed = parseRequirementList(VALID, 'zh-CN');
    expect(parsed.ok && (await getSettings()).requirements).toEqual(parsed.ok && parsed.catalogue);
    await renderOptions(document, root);
    expect(root.querySelector('#custom-result')!.textContent).toBe('正在使用自定义清单（2 项）。');
    root.querySelector<HTMLButtonElement>('#clear-list')!.click();
    await settle();
    expect((await getSettings()).requirementsJson).toBeUndefined();
    expect((await getSettings()).requirements).toBeUndefined();
  });

  it('lists saved site profiles (site text stays text) and deletes them', async () => {
    await setProfile('https://cb.example.cn', { multiSite: false, serviceMode: 'mixed' });
    await renderOptions(document, root);
    const item = root.querySelector('#profiles li')!;
    expect(item.querySelector('code')!.textContent).toBe('https://cb.example.cn');
    expect(item.querySelector('span')!.textContent).toBe('多场所：否；服务方式：部分委托');
    item.querySelector('button')!.click();
    await settle();
    expect(root.querySelector('#profiles')).toBeNull();
    expect(root.textContent).toContain('还没有保存任何网站的申请条件。');
  });
});
