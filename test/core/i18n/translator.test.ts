import { describe, expect, it } from 'vitest';
import { createTranslator, defineMessages, t } from '../../../core/index';

// The @ts-expect-error lines are checked by `npm run compile` (tsc covers test/): a key no table has
// must not compile. If one of them compiled, tsc would report the unused directive.
describe('core’s message helper', () => {
  it('rejects a literal key no table has, at compile time; at run time it shows the key, never blank', () => {
    // @ts-expect-error 'scoring.no-such-code' is in no table
    expect(t('en', 'scoring.no-such-code')).toBe('scoring.no-such-code');
    expect(t('en', 'scoring.nothing-scored')).toBe('No indicator has been scored yet.');
  });

  it('a table declared with defineMessages must have every key in both languages', () => {
    defineMessages({
      'zh-CN': { 'x.a': '甲', 'x.b': '乙' },
      // @ts-expect-error en lacks x.b
      en: { 'x.a': 'A' },
    });
    defineMessages({
      'zh-CN': { 'x.a': '甲' },
      // @ts-expect-error en has a key zh-CN lacks
      en: { 'x.a': 'A', 'x.c': 'C' },
    });
  });

  it('one fallback policy: the user’s language, then the other one, then the key', () => {
    const mod = defineMessages({ 'zh-CN': { 'x.a': '甲 {n}', 'x.b': '' }, en: { 'x.a': 'A {n}', 'x.b': 'B' } });
    const only = { 'zh-CN': { 'x.zh-only': '只有中文' }, en: {} };
    const { t: tx } = createTranslator<string>([mod, only]);
    expect(tx('en', 'x.a', { n: 1 })).toBe('A 1');
    expect(tx('zh-CN', 'x.a', {})).toBe('甲 {n}');
    expect(tx('en', 'x.zh-only')).toBe('只有中文');
    expect(tx('zh-CN', 'x.missing')).toBe('x.missing');
  });

  it('plural variants follow Intl.PluralRules of the language', () => {
    const mod = defineMessages({
      'zh-CN': { 'x.files': '{count} 个文件' },
      en: { 'x.files': '{count} files', 'x.files#one': '{count} file' },
    });
    const { t: tx } = createTranslator<string>([mod]);
    expect([0, 1, 2].map((count) => tx('en', 'x.files', { count }))).toEqual(['0 files', '1 file', '2 files']);
    expect(tx('zh-CN', 'x.files', { count: 1 })).toBe('1 个文件');
  });
});
