import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../../core/eligibility/index';
import { questionnaireProgress } from '../../../core/eligibility/questionnaire';
import type { EligibilityAnswers } from '../../../core/eligibility/types';

const progress = (answers: EligibilityAnswers, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  questionnaireProgress(checkEligibility(answers, {}, { lang, asOf: '2026-11-30' }), answers, lang);

const YES = ['E4', 'E5', 'E7', 'E8', 'E9', 'E10', 'E11', 'E12', 'E13', 'E14', 'E16'];

describe('the self-check as a questionnaire', () => {
  it('nothing answered: no verdict, no gaps, all 16 on one "not answered" line', () => {
    const p = progress({});
    expect([p.answered, p.total, p.stage, p.gaps.length, p.unanswered.length]).toEqual([0, 16, 'none', 0, 16]);
    expect(p.verdictLine).toBe('还没有回答任何问题（共 16 项），所以还不能判断能否申请。');
    expect(p.unansweredLine).toBe('尚未回答 16 项：E1 E2 E3 E4 E5 E6 E7 E8 E9 E10 E11 E12 E13 E14 E15 E16');
  });

  it('some answered: an unmet answer and a "not sure" answer are real gaps; the open ones are not', () => {
    // E4 yes (met), E5 no (unmet), E7 not sure (answered but unsure): 3 of 16 answered, 13 open.
    const answers = { E4: 'yes', E5: 'no', E7: 'not-sure' };
    const zh = progress(answers);
    expect([zh.answered, zh.stage]).toEqual([3, 'some']);
    expect(zh.gaps.map((g) => g.id)).toEqual(['E5', 'E7']);
    expect(zh.unanswered).toHaveLength(13);
    expect(zh.verdictLine).toBe('暂不能申请：已回答的条件中有 1 项未满足（已回答 3 / 16 项）。');
    expect(progress(answers, 'en').verdictLine).toBe(
      'Not yet: one of the answered conditions is not met (3 of 16 answered).',
    );
  });

  it('some answered and nothing unmet: says so and how many are left (English plural)', () => {
    expect(progress({ E4: 'yes' }, 'en').verdictLine).toBe(
      '1 of 16 answered and nothing unmet so far; answer the remaining 15 to get a verdict.',
    );
    // "No outsourcing" decides E15 (not applicable) without its second question.
    expect(progress({ outsourcing: 'no' }).answered).toBe(1);
  });

  it('all answered: the verdict is core’s own summary', () => {
    const answers: EligibilityAnswers = {
      uscc: '91350100M000100Y43',
      E1: 'yes',
      licenceDate: '2020-01-01',
      systemStartDate: '2020-01-01',
      certifiedManagers: 5,
      serviceManagementStaff: 10,
      outsourcing: 'no',
      ...Object.fromEntries(YES.map((k) => [k, 'yes'])),
    };
    const result = checkEligibility(answers, {}, { lang: 'zh-CN', asOf: '2026-11-30' });
    const p = questionnaireProgress(result, answers, 'zh-CN');
    expect([p.answered, p.stage, p.unansweredLine]).toEqual([16, 'all', '']);
    expect(result.verdict).toBe('ready');
    expect(p.verdictLine).toBe(result.summary);
  });
});
