import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ApplicationCheck } from '../../../core/documents/types';
import { renderChecklist } from '../../../extension/ui/render-checklist';

const sample = (): ApplicationCheck => JSON.parse(readFileSync('test/fixtures/extension/check-sample.json', 'utf8'));
const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.req')];

describe('renderChecklist', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    delete (window as { __xss?: number }).__xss;
  });

  it('lists missing required documents first, then review and present; optional and not-applicable ones fold away', () => {
    const root = renderChecklist(document, sample(), 'zh-CN');
    const chips = (sel: string) =>
      rows(root.querySelector<HTMLElement>(sel)!).map(
        (r) => `${r.dataset.id}:${r.querySelector('.chip')!.textContent}`,
      );
    expect(chips(':scope > ul.requirements')).toEqual(['D2:缺失', 'D17:缺失', 'D7:待确认', 'D1:已上传']);
    expect(chips('details.optional-group')).toEqual(['D19:缺失']);
    expect(chips('details.na-group')).toEqual(['D5:不适用']);
    expect(root.querySelector('details.na-group > summary')!.textContent).toBe('不适用的材料（1）');
    expect(root.querySelector('.summary-main')!.textContent).toBe('缺失 2 项必交材料');
    expect(root.querySelector('.summary-counts')!.textContent).toBe('已上传 1 · 待确认 1 · 不适用 1');
  });

  it('shows the file name for uploaded items and the reason for not-applicable ones', () => {
    const root = renderChecklist(document, sample(), 'zh-CN');
    const byId = (id: string) => root.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
    expect(byId('D1').querySelector('.detail')!.textContent).toBe('文件：申请书<b>盖章</b>.pdf');
    expect(byId('D5').querySelector('.detail')!.textContent).toBe('三证合一：组织机构代码证不需要');
    expect(byId('D17').querySelector('.detail')!.textContent).toBe('页面上没有找到对应的上传项');
    expect(byId('D19').querySelector('.flag')!.textContent).toBe('选交');
    expect(byId('D19').classList.contains('required')).toBe(false);
  });

  it('keeps page text as text: markup in labels and file names never becomes elements', () => {
    const root = renderChecklist(document, sample(), 'zh-CN');
    document.body.append(root);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('.unmatched')!.textContent).toContain('<img src=x onerror="window.__xss=1">其他附件');
    expect(root.querySelector('.unmatched')!.textContent).toContain('<script>window.__xss=2</script>.pdf');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('each item with a field jumps to it; items without one are disabled', () => {
    const onJump = vi.fn();
    const root = renderChecklist(document, sample(), 'zh-CN', { onJump });
    root.querySelector<HTMLButtonElement>('li[data-id="D2"] button')!.click();
    root.querySelector<HTMLButtonElement>('.issue button')!.click();
    expect(onJump.mock.calls).toEqual([['u2'], ['f3']]);
    expect(root.querySelector<HTMLButtonElement>('li[data-id="D17"] button')!.disabled).toBe(true);
  });

  it('lists field checks and limitations', () => {
    const root = renderChecklist(document, sample(), 'zh-CN');
    expect(root.querySelector('.issue')!.textContent).toBe('统一社会信用代码第 18 位（校验码）应为 X，实际为 Y');
    expect(root.querySelector('.limitations li')!.textContent).toBe(
      '跨域框架中的内容无法检查（https://upload.example.com/frame）',
    );
  });

  it('renders in English with English requirement names', () => {
    const root = renderChecklist(document, sample(), 'en');
    expect(root.querySelector('.summary-main')!.textContent).toBe('2 required documents missing');
    expect(root.querySelector('li[data-id="D2"]')!.textContent).toBe('MissingD2Business licence');
    expect(root.querySelector('h2')!.textContent).toBe('Field checks');
  });

  it('says so when everything required is there', () => {
    const check = sample();
    check.summary.missingRequired = 0;
    const root = renderChecklist(document, check, 'zh-CN');
    expect(root.querySelector('.summary-main.ok')!.textContent).toBe('必交材料已齐全');
  });
});
