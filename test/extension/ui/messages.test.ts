import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UI_MESSAGES } from '../../../extension/ui/messages';
import { ui } from '../../../extension/ui/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('extension UI message table', () => {
  it('has the same keys in zh-CN and en, none empty, with the same placeholders', () => {
    const zh = UI_MESSAGES['zh-CN'];
    const en = UI_MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
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
