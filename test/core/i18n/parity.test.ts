import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGE_MODULES, t } from '../../../core/i18n/index';

describe('core message tables', () => {
  const base = (k: string) => k.replace(/#\w+$/, '');
  const baseKeys = (table: Record<string, string>) => Object.keys(table).filter((k) => base(k) === k);

  it.each(Object.entries(MESSAGE_MODULES))('%s: zh-CN and en have the same keys', (_area, mod) => {
    expect(baseKeys(mod['zh-CN']).sort()).toEqual(baseKeys(mod.en).sort());
  });

  it.each(Object.entries(MESSAGE_MODULES))(
    '%s: plural variants are forms the language has, of a key that exists, with no new placeholders',
    (_area, mod) => {
      for (const lang of LANGS) {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
        const ph = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
        for (const [key, text] of Object.entries(mod[lang])) {
          if (base(key) === key) continue;
          expect(categories, `${lang} ${key}`).toContain(key.slice(base(key).length + 1));
          const own = ph(mod[lang][base(key)]!);
          for (const p of ph(text)) expect(own.has(p), `${lang} ${key} {${p}}`).toBe(true);
        }
      }
    },
  );

  it('English says one input and two inputs; Chinese has one form', () => {
    expect(t('en', 'state.invalid.summary', { count: 1 })).toMatch(/^One input is invalid/);
    expect(t('en', 'state.invalid.summary', { count: 2 })).toMatch(/^2 inputs are invalid/);
    expect(t('zh-CN', 'state.invalid.summary', { count: 1 })).toMatch(/^有 1 项输入无效/);
  });

  it('no key is defined by two areas', () => {
    const seen = new Map<string, string>();
    for (const [area, mod] of Object.entries(MESSAGE_MODULES)) {
      for (const key of Object.keys(mod.en)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it.each(Object.entries(MESSAGE_MODULES))(
    '%s: every message uses the same placeholders in both languages',
    (_area, mod) => {
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of baseKeys(mod.en)) expect(ph(mod['zh-CN'][key]!), key).toEqual(ph(mod.en[key]!));
    },
  );

  it('Chinese messages are in Chinese', () => {
    for (const mod of Object.values(MESSAGE_MODULES)) {
      for (const [key, text] of Object.entries(mod['zh-CN'])) {
        if (/^(kind|level)\./.test(key) && /^\d/.test(text)) continue;
        expect(/[\u4e00-\u9fff]/.test(text), `${key}: ${text}`).toBe(true);
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('zh-CN', 'scoring.above-max', { where: 'A1', value: 5, max: 3 })).toBe(
      'A1：得分 5 超过该项满分 3。请填写 0 到 3 之间的分数。',
    );
    expect(t('en', 'scoring.above-max', { value: 5 })).toContain('{where}');
    expect(LANGS).toEqual(['zh-CN', 'en']);
  });
});
