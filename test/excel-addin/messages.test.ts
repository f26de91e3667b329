import { describe, expect, it } from 'vitest';
import { paneLang, ui, UI_MESSAGES } from '../../excel-addin/src/messages';

describe('task-pane messages', () => {
  it('zh-CN and en have the same keys and the same placeholders', () => {
    const zh = UI_MESSAGES['zh-CN'] as Record<string, string>;
    const en = UI_MESSAGES.en as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(zh)) expect(params(en[k]!), k).toEqual(params(zh[k]!));
  });
  it('follows Office’s display language: zh-* → zh-CN, else en', () => {
    expect(paneLang('zh-CN')).toBe('zh-CN');
    expect(paneLang('zh-TW')).toBe('zh-CN');
    expect(paneLang('en-US')).toBe('en');
    expect(paneLang('de-DE')).toBe('en');
    expect(paneLang(undefined)).toBe('en');
    expect(ui('zh-CN', 'progress.label', { scored: 3, total: 21 })).toBe('评分进度：3 / 21 项');
  });
});
