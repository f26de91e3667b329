import { describe, expect, it } from 'vitest';
import { paneLang, ui, UI_MESSAGES } from '../../excel-addin/src/messages';

const base = (k: string) => k.replace(/#\w+$/, '');
const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('task-pane messages', () => {
  it('zh-CN and en have the same keys and the same placeholders', () => {
    const zh = UI_MESSAGES['zh-CN'] as Record<string, string>;
    const en = UI_MESSAGES.en as Record<string, string>;
    const baseKeys = (t: Record<string, string>) =>
      Object.keys(t)
        .filter((k) => base(k) === k)
        .sort();
    expect(baseKeys(en)).toEqual(baseKeys(zh));
    for (const k of baseKeys(zh)) expect(params(en[k]!), k).toEqual(params(zh[k]!));
  });
  it('plural variants are forms the language has, of a key that exists, with the same placeholders', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const table = UI_MESSAGES[lang] as Record<string, string>;
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      for (const [k, text] of Object.entries(table)) {
        if (base(k) === k) continue;
        expect(categories, `${lang} ${k}`).toContain(k.slice(base(k).length + 1));
        expect(params(text), k).toEqual(params(table[base(k)]!));
      }
    }
    expect(ui('en', 'progress.label', { scored: 0, total: 1, count: 1 })).toBe('Scored 0 of 1 item');
    expect(ui('en', 'progress.label', { scored: 1, total: 2, count: 2 })).toBe('Scored 1 of 2 items');
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
