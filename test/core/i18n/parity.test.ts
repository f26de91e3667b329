import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGE_MODULES, t } from '../../../core/index';

describe('core message tables', () => {
  it.each(Object.entries(MESSAGE_MODULES))('%s: zh-CN and en have the same keys', (_area, mod) => {
    expect(Object.keys(mod['zh-CN']).sort()).toEqual(Object.keys(mod.en).sort());
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
      for (const key of Object.keys(mod.en)) expect(ph(mod['zh-CN'][key]!), key).toEqual(ph(mod.en[key]!));
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
