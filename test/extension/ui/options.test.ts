import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions } from '../../../extension/ui/options/render-options';
import { getSettings, setProfile } from '../../../extension/ui/storage';
import { safeParseRequirementList } from '../../../core/index';

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

  it('refuses invalid JSON in its own words (no parser text), says what to do, and saves nothing', async () => {
    await save('[{"id": "D1",');
    expect(root.querySelector('#custom-result')!.textContent).toContain('清单有误，未保存：');
    const text = root.querySelector('#custom-result .errors li')!.textContent!;
    expect(text).toMatch(/^不是有效的 JSON。常见原因/);
    expect(text).not.toMatch(/position|Unexpected|Expected/);
    expect(root.querySelector('#custom-result .hint')!.textContent).toContain('看一个示例');
    expect((await getSettings()).requirementsJson).toBeUndefined();
  });

  it('names each problem’s item by number, id and name (not a JSON path)', async () => {
    await save(
      '[{"id":"D1","flag":"sometimes","name":{"zh":"申请书","en":"Form"},"aliases":["认证申请书"]},{"id":"D1","flag":"mandatory","name":{"zh":"营业执照","en":"Licence"},"aliases":[]}]',
    );
    const errors = [...root.querySelectorAll('#custom-result .errors li')].map((li) => li.textContent);
    expect(errors).toContain(
      '第 1 项（D1 申请书）：未知的类别“sometimes”。可用：mandatory, conditional, optional, audit, obsolete。',
    );
    expect(errors).toContain('第 2 项（D1 营业执照）：别名（aliases）不能为空，至少写一个表单上会出现的名称。');
    expect(errors.join('\n')).not.toMatch(/\[\d\]\./);
    expect((await getSettings()).requirementsJson).toBeUndefined();
  });

  it('saves a valid list, shows it as active, and clears it', async () => {
    await save(VALID);
    expect(root.querySelector('#custom-result')!.textContent).toBe('已保存：2 项材料。');
    expect((await getSettings()).requirementsJson).toBe(VALID);
    // What the checks use is core's parse of the list, saved with it (the content script never parses it).
    const parsed = safeParseRequirementList(VALID, 'zh-CN');
    expect(parsed.success && (await getSettings()).requirements).toEqual(parsed.success && parsed.data);
    await renderOptions(document, root);
    expect(root.querySelector('#custom-result')!.textContent).toBe('正在使用自定义清单（2 项）。');
    root.querySelector<HTMLButtonElement>('#clear-list')!.click();
    await settle();
    expect((await getSettings()).requirementsJson).toBeUndefined();
    expect((await getSettings()).requirements).toBeUndefined();
  });

  it('starts from the default list, which saves as the 27 bundled documents', async () => {
    root.querySelector<HTMLButtonElement>('#start-default')!.click();
    const text = root.querySelector<HTMLTextAreaElement>('#custom-list')!.value;
    expect(JSON.parse(text).requirements).toHaveLength(27);
    root.querySelector<HTMLButtonElement>('#save-list')!.click();
    await settle();
    expect(root.querySelector('#custom-result')!.textContent).toBe('已保存：27 项材料。');
  });

  it('shows an example that is itself a valid list', async () => {
    const example = root.querySelector('#list-example pre')!.textContent!;
    expect(safeParseRequirementList(example, 'zh-CN').success).toBe(true);
  });

  it('imports a .json file into the editor and checks it at once (not saved until the user saves)', async () => {
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const file = new File(
      ['[{"id":"D1","flag":"mandatory","name":{"zh":"申请书","en":"Form"},"aliases":[]}]'],
      'cb.json',
      {
        type: 'application/json',
      },
    );
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(root.querySelector<HTMLTextAreaElement>('#custom-list')!.value).toContain('"申请书"');
    expect(root.querySelector('#custom-result .errors li')!.textContent).toMatch(/^第 1 项（D1 申请书）：/);
    expect((await getSettings()).requirementsJson).toBeUndefined();
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
