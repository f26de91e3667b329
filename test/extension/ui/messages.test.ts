import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UI_MESSAGES } from '../../../extension/ui/messages';
import { ui } from '../../../extension/ui/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('extension UI message table', () => {
  const base = (k: string) => k.replace(/#\w+$/, '');
  const table = (lang: 'zh-CN' | 'en') => UI_MESSAGES[lang] as Record<string, string>;
  const baseKeys = (lang: 'zh-CN' | 'en') => Object.keys(table(lang)).filter((k) => base(k) === k);

  it('has the same keys in zh-CN and en, none empty, with the same placeholders', () => {
    const zh = table('zh-CN');
    const en = table('en');
    expect(baseKeys('en').sort()).toEqual(baseKeys('zh-CN').sort());
    for (const key of baseKeys('zh-CN')) {
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
    }
  });

  it('plural variants are forms the language has, of a key that exists, with its placeholders', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      for (const [key, text] of Object.entries(table(lang))) {
        if (base(key) === key) continue;
        expect(categories, `${lang} ${key}`).toContain(key.slice(base(key).length + 1));
        expect(placeholders(text), key).toEqual(placeholders(table(lang)[base(key)]!));
      }
    }
    expect(ui('en', 'guard.title', { count: 1 })).toBe('1 required document is not uploaded');
    expect(ui('en', 'guard.title', { count: 2 })).toBe('2 required documents are not uploaded');
    expect(ui('en', 'summary.missing', { count: 1 })).toBe('1 required document missing');
  });

  it('zh-CN strings are Chinese (a key left in English would show up here)', () => {
    for (const [key, text] of Object.entries(UI_MESSAGES['zh-CN']))
      expect(/[\u4e00-\u9fff]/.test(text), key).toBe(true);
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(ui('zh-CN', 'guard.title', { count: 3 })).toBe('还有 3 项必交材料没有上传');
    expect(ui('en', 'guard.title', {})).toBe('{count} required documents are not uploaded');
  });

  it('manifest _locales have the same keys in zh_CN and en', () => {
    const read = (l: string) => JSON.parse(readFileSync(`extension/public/_locales/${l}/messages.json`, 'utf8'));
    const zh = read('zh_CN');
    const en = read('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(zh.extName.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
