import { beforeEach, describe, expect, it } from 'vitest';
import { createOverlay, OVERLAY_TAG } from '../../../extension/ui/overlay';

describe('page overlay', () => {
  beforeEach(() => {
    document.documentElement.querySelectorAll(OVERLAY_TAG).forEach((e) => e.remove());
    document.body.innerHTML = '<input id="a"><input id="b">';
  });

  it('is one zero-size host on <html> whose position cannot be overridden by page CSS', () => {
    const o = createOverlay(document);
    expect(o.host.parentElement).toBe(document.documentElement);
    const style = o.host.getAttribute('style')!;
    for (const decl of [
      'position: absolute !important',
      'width: 0 !important',
      'height: 0 !important',
      'pointer-events: none !important',
    ]) {
      expect(style).toContain(decl);
    }
    o.destroy();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('keeps unchanged outlines and removes stale ones; tip text stays text', () => {
    const o = createOverlay(document);
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    o.setHighlights([
      { target: a, kind: 'missing', text: '缺失：D1 认证申请书' },
      { target: b, kind: 'issue', text: '<img src=x onerror=alert(1)>' },
    ]);
    const first = o.root.querySelector('.box.missing');
    o.setHighlights([{ target: a, kind: 'missing', text: '缺失：D1 认证申请书' }]);
    expect(o.root.querySelector('.box.missing')).toBe(first);
    expect(o.root.querySelectorAll('.box')).toHaveLength(1);
    o.setHighlights([{ target: b, kind: 'issue', text: '<img src=x onerror=alert(1)>' }]);
    expect(o.root.querySelector('img')).toBeNull();
    expect(o.root.querySelector('.tip')!.textContent).toBe('<img src=x onerror=alert(1)>');
    o.destroy();
  });

  it('dialog: back, continue and Escape; one dialog at a time', async () => {
    const o = createOverlay(document);
    const opts = { title: 't', body: 'b', items: ['D2 营业执照'], backLabel: '返回补充', continueLabel: '仍然提交' };
    const first = o.showDialog(opts);
    expect(o.showDialog(opts)).toBe(first);
    expect(o.root.querySelectorAll('.dialog')).toHaveLength(1);
    expect(o.root.activeElement?.textContent).toBe('返回补充'); // the safe choice has focus
    o.root.querySelector<HTMLButtonElement>('button.continue')!.click();
    expect(await first).toBe(true);
    const second = o.showDialog(opts);
    o.root.querySelector('.backdrop')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await second).toBe(false);
    expect(o.root.querySelector('.dialog')).toBeNull();
    o.destroy();
  });

  it('a dialog item with a field is a button: it closes the dialog (submission stays stopped) and then jumps', async () => {
    const o = createOverlay(document);
    const jumped: string[] = [];
    const answer = o.showDialog({
      title: 't',
      body: 'b',
      items: [
        {
          text: '售后服务手册',
          note: '（清单：D17 售后服务管理体系文件及文件清单）',
          onSelect: () => jumped.push('d17'),
        },
        'D5 组织机构代码证',
      ],
      backLabel: '返回补充',
      continueLabel: '仍然提交',
    });
    const items = [...o.root.querySelectorAll('.dialog li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '售后服务手册（清单：D17 售后服务管理体系文件及文件清单）',
      'D5 组织机构代码证',
    ]);
    expect(items[1]!.querySelector('button')).toBeNull();
    items[0]!.querySelector<HTMLButtonElement>('button.item')!.click();
    await expect(answer).resolves.toBe(false);
    expect(o.root.querySelector('.dialog')).toBeNull();
    expect(jumped).toEqual(['d17']);
    o.destroy();
  });

  it('Tab stays inside the open dialog', () => {
    const o = createOverlay(document);
    void o.showDialog({ title: 't', body: 'b', items: [], backLabel: 'back', continueLabel: 'go' });
    const [cont, back] = [...o.root.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(o.root.activeElement).toBe(back);
    back!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(o.root.activeElement).toBe(cont);
    cont!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }));
    expect(o.root.activeElement).toBe(back);
    o.destroy();
  });
});
