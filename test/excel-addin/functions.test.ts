import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../core/index';
import { levelByScore } from '../../core/scoring/rules';
import { buildCustomFunctions } from '../../excel-addin/vite-plugin-custom-functions';
import { level, toNext } from '../../excel-addin/src/functions/functions';
import { resolve } from 'node:path';

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: class extends Error {
      constructor(
        public code: string,
        m?: string,
      ) {
        super(m);
      }
    },
    ErrorCode: { invalidValue: '#VALUE!' },
  };
  (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: 'zh-CN' } };
});

describe('custom functions GBTSCORE.LEVEL / TONEXT', () => {
  it('LEVEL names the level from core’s thresholds, and the veto fails whatever the score', () => {
    const rules = gbt27922_2011.rules;
    for (const l of rules.levels)
      expect(level(l.min)).toBe({ compliant: '达标', '3-star': '三星', '4-star': '四星', '5-star': '五星' }[l.id]);
    expect(level(rules.levels[0]!.min - 0.1)).toBe('不合格');
    expect(level(99, rules.veto.specialDeductionsAtOrAbove)).toBe('不合格');
    expect(level(99, rules.veto.specialDeductionsAtOrAbove - 1)).toBe('五星');
    (globalThis as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage = 'en-US';
    expect(level(rules.levels.at(-1)!.min)).toBe('5-star');
    expect(levelByScore(rules.levels.at(-1)!.min, rules)).toBe('5-star');
    (globalThis as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage = 'zh-CN';
  });
  it('TONEXT gives the points to the next threshold, 0 at the top, and rejects bad scores', () => {
    const [first, second] = gbt27922_2011.rules.levels;
    expect(toNext(first!.min - 5)).toBe(5);
    expect(toNext(first!.min)).toBe(second!.min - first!.min);
    expect(toNext(100)).toBe(0);
    expect(() => toNext(-1)).toThrow();
    expect(() => level(Number.NaN)).toThrow();
  });
  it('rejects a bad score with a message in the display language', () => {
    const office = (globalThis as { Office: { context: { displayLanguage: string } } }).Office;
    expect(() => toNext(101)).toThrow('得分须为 0–100 之间的数字');
    office.context.displayLanguage = 'en-US';
    expect(() => toNext(-1)).toThrow('The score must be a number from 0 to 100');
    office.context.displayLanguage = 'zh-CN';
  });
  it('builds one classic functions.js that associates both ids, and functions.json with them', async () => {
    const out = await buildCustomFunctions(
      resolve(import.meta.dirname, '../../excel-addin/src/functions/functions.ts'),
    );
    expect(out.ids).toEqual(['LEVEL', 'TONEXT']);
    expect(JSON.parse(out.json).functions.map((f: { id: string }) => f.id)).toEqual(['LEVEL', 'TONEXT']);
    expect(/CustomFunctions\.associate\([`"']LEVEL[`"']/.test(out.js)).toBe(true);
    expect(/CustomFunctions\.associate\([`"']TONEXT[`"']/.test(out.js)).toBe(true);
    expect(/^\s*(import|export)\s/m.test(out.js)).toBe(false);
  });
});
