import { describe, expect, it } from 'vitest';
import { safeParseRequirementList } from '../../core/documents/index';
import { resolveEligibilitySettings, safeParseAnswersFile } from '../../core/eligibility/index';
import { safeParseScheme } from '../../core/scheme/index';
import { gbt27922_2011_data } from '../../core/scheme/data/gbt27922-2011';

/*
 * core validates with zod/mini, which loads no locale: a parse that is not given one says only
 * "Invalid input". Every entry point that shows zod's words to a user must give them in the user's
 * language. The expected texts are zod's own en and zh-CN tables (node_modules/zod/v4/locales).
 */
const item = { id: 'D1', flag: 'mandatory', name: { zh: '申请书', en: 'Application' }, aliases: ['申请书'] };

describe("zod's own words, in the user's language", () => {
  it('answers file: a wrong type of setting', () => {
    const file = { answers: {}, settings: { systemMinMonths: 'six' } };
    const en = safeParseAnswersFile(file, 'en');
    expect(!en.success && en.issues[0]).toMatchObject({
      where: 'settings.systemMinMonths',
      message: 'settings.systemMinMonths: wrong value: Invalid input: expected number, received string',
    });
    const zh = safeParseAnswersFile(file, 'zh-CN');
    expect(!zh.success && zh.issues[0]!.message).toBe(
      'settings.systemMinMonths：填写有误：无效输入：期望 数字，实际接收 string',
    );
  });

  it('answers file: a setting we do not know is refused, not ignored (settings allow no other key)', () => {
    const file = { answers: {}, settings: { systemMonths: 6 } };
    const en = safeParseAnswersFile(file, 'en');
    expect(!en.success && en.issues[0]).toMatchObject({
      where: 'settings',
      message: 'settings: wrong value: Unrecognized key: "systemMonths"',
    });
    const zh = safeParseAnswersFile(file, 'zh-CN');
    expect(!zh.success && zh.issues[0]!.message).toBe('settings：填写有误：出现未知的键(key): "systemMonths"');
  });

  it('requirement list: a file type that is not text, in English too', () => {
    const en = safeParseRequirementList([{ ...item, fileTypes: [3] }], 'en');
    expect(!en.success && en.issues[0]!.message).toBe(
      '[0].fileTypes[0]: wrong shape (Invalid input: expected string, received number)',
    );
    const zh = safeParseRequirementList([{ ...item, fileTypes: [3] }], 'zh-CN');
    expect(!zh.success && zh.issues[0]!.message).toBe(
      '[0].fileTypes[0]：格式不对（无效输入：期望 string，实际接收 数字）',
    );
  });

  it('scheme: a threshold above 100, in both languages', () => {
    const s = structuredClone(gbt27922_2011_data);
    s.rules.levels[0]!.min = 101;
    const en = safeParseScheme(s, 'en');
    expect(!en.success && en.issues.map((i) => i.message)).toContainEqual(
      expect.stringContaining('Too big: expected number to be <=100'),
    );
    const zh = safeParseScheme(s, 'zh-CN');
    expect(!zh.success && zh.issues.map((i) => i.message)).toContainEqual(
      expect.stringContaining('数值过大：期望 number <=100'),
    );
  });

  it('resolveEligibilitySettings throws with an English zod message naming the field', () => {
    expect(() => resolveEligibilitySettings({ managerRatioPercent: 101 })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ['managerRatioPercent'], message: 'Too big: expected number to be <=100' }),
        ],
      }),
    );
  });
});
