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
});
