import { describe, expect, it } from 'vitest';
import { checkEligibility, DEFAULT_ELIGIBILITY_SETTINGS, type EligibilityAnswers } from '../../../core/index';

/** An applicant who meets everything (as of 2025-06-30), to vary one fact at a time. */
const READY: EligibilityAnswers = {
  uscc: '91350100M000100Y43',
  E1: '是',
  licenceDate: '2020-05-18',
  systemStartDate: '2024-09-01',
  E4: '是',
  E5: '是',
  certifiedManagers: 2,
  serviceManagementStaff: 20,
  E7: '是',
  E8: '是',
  E9: '是',
  E10: '是',
  E11: '是',
  E12: '是',
  E13: '是',
  E14: '是',
  outsourcing: '否',
  E16: '是',
};
const AS_OF = '2025-06-30';
const check = (changes: EligibilityAnswers, settings = {}, asOf: string = AS_OF, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  checkEligibility({ ...READY, ...changes }, settings, { asOf, lang });
const cond = (r: ReturnType<typeof check>, id: string) => r.conditions.find((c) => c.id === id)!;

describe('checkEligibility: can this company apply yet?', () => {
  it('an applicant meeting every condition is ready, with contractor control not applicable when nothing is contracted out', () => {
    const r = check({});
    expect(r.verdict).toBe('ready');
    expect(r.unmet).toEqual([]);
    expect(r.unknown).toEqual([]);
    expect(r.notApplicable).toEqual(['E15']);
    expect(r.summary).toBe('可以申请：适用的 15 项条件都已满足。');
    expect(r.conditions.every((c) => c.todo === null)).toBe(true);
  });

  it('a licence registered 2 months ago is not yet eligible where the body requires 3 months', () => {
    const r = check({ licenceDate: '2025-04-30' });
    expect(r.verdict).toBe('not-yet');
    expect(r.unmet).toEqual(['E2']);
    expect(cond(r, 'E2').reason).toBe(
      '营业执照成立于 2025-04-30，到 2025-06-30 还不满 3 个月（本机构要求），2025-07-30 才满。',
    );
    expect(cond(r, 'E2').todo).toContain('2025-07-30 起才满 3 个月');
    expect(cond(r, 'E2').documents).toEqual(['D2']);
  });

  it('the same licence is old enough where the body asks for no waiting time', () => {
    expect(check({ licenceDate: '2025-04-30' }, { licenceMinMonths: 0 }).verdict).toBe('ready');
  });

  it('the months are counted to the same day: exactly 3 months is enough, one day less is not', () => {
    expect(cond(check({ licenceDate: '2025-03-30' }, {}, '2025-06-30'), 'E2').status).toBe('met');
    expect(cond(check({ licenceDate: '2025-03-30' }, {}, '2025-06-29'), 'E2').status).toBe('unmet');
  });

  it('a month end counts as the end of a shorter month (30 Nov + 3 months → 28 Feb, as EDATE)', () => {
    expect(cond(check({ licenceDate: '2024-11-30' }, {}, '2025-02-28'), 'E2').status).toBe('met');
    expect(cond(check({ licenceDate: '2024-11-30' }, {}, '2025-02-27'), 'E2').status).toBe('unmet');
    expect(cond(check({ licenceDate: '2023-11-30' }, {}, '2024-02-29'), 'E2').status).toBe('met');
    expect(cond(check({ licenceDate: '2025-03-31' }, {}, '2025-06-30'), 'E2').status).toBe('met');
  });

  it('a system running 4 months is enough at 3 months but not where the body wants 6 or 12', () => {
    const changes = { systemStartDate: '2025-02-20' };
    expect(check(changes).verdict).toBe('ready');
    const six = check(changes, { systemMinMonths: 6 });
    expect(six.unmet).toEqual(['E3']);
    expect(cond(six, 'E3').params).toMatchObject({ months: 6, due: '2025-08-20' });
    expect(check(changes, { systemMinMonths: 12 }).unmet).toEqual(['E3']);
  });

  it('9 managers of 100 staff fall short of 10%', () => {
    const r = check({ certifiedManagers: 9, serviceManagementStaff: 100 });
    expect(r.unmet).toEqual(['E6']);
    expect(cond(r, 'E6').reason).toBe('售后服务管理师 9 人，占售后服务管理人员 100 人的 9%，低于 10%，还差 1 人。');
    expect(cond(r, 'E6').todo).toContain('还需要 1 名持证售后服务管理师');
    expect(cond(r, 'E6').indicators).toContain('5.1.2.2');
  });

  it('10 of 100 is exactly 10% and meets it; 1 of 15 is not enough (1.5 rounds up to 2)', () => {
    expect(cond(check({ certifiedManagers: 10, serviceManagementStaff: 100 }), 'E6').status).toBe('met');
    expect(cond(check({ certifiedManagers: 3, serviceManagementStaff: 30 }), 'E6').status).toBe('met');
    const r = check({ certifiedManagers: 1, serviceManagementStaff: 15 });
    expect(cond(r, 'E6')).toMatchObject({ status: 'unmet', params: { missing: 1 } });
  });

  it('head counts that contradict each other are not sure, and no management staff at all is not met', () => {
    expect(cond(check({ certifiedManagers: 12, serviceManagementStaff: 10 }), 'E6').status).toBe('unknown');
    expect(cond(check({ certifiedManagers: 0, serviceManagementStaff: 0 }), 'E6').status).toBe('unmet');
    expect(cond(check({ certifiedManagers: '两', serviceManagementStaff: 10 }), 'E6').reasonCode).toBe(
      'count-unreadable',
    );
    expect(cond(check({ certifiedManagers: '2', serviceManagementStaff: '２０' }), 'E6').status).toBe('met');
  });

  it('an unanswered condition is not met but unknown', () => {
    const r = check({ E9: undefined });
    expect(r.verdict).toBe('not-sure');
    expect(r.unknown).toEqual(['E9']);
    expect(cond(r, 'E9').reason).toContain('没有回答的条件不算满足');
    expect(cond(r, 'E9').todo).toContain('定出满意度目标');
  });

  it('nothing answered at all is not sure, never ready', () => {
    const r = checkEligibility({}, {}, { asOf: AS_OF });
    expect(r.verdict).toBe('not-sure');
    expect(r.unknown).toHaveLength(16);
  });

  it('"not sure" is not met either', () => {
    const r = check({ E7: '不确定' });
    expect(r).toMatchObject({ verdict: 'not-sure', unknown: ['E7'] });
  });

  it('any unmet condition makes it not-yet, even when others are unknown', () => {
    const r = check({ E8: '否', E9: '' });
    expect(r).toMatchObject({ verdict: 'not-yet', unmet: ['E8'], unknown: ['E9'] });
    expect(r.summary).toBe('暂不能申请：有 1 项条件未满足，另有 1 项尚不确定。');
  });

  it('an answer it cannot read is reported where it was found, not guessed', () => {
    const r = checkEligibility({ ...READY, E12: 'maybe' }, {}, { asOf: AS_OF, where: { E12: '自查!D20' } });
    expect(cond(r, 'E12')).toMatchObject({ status: 'unknown', reasonCode: 'unreadable' });
    expect(cond(r, 'E12').reason).toBe('自查!D20：“maybe”无法识别，请填写“是”“否”或“不确定”。');
  });

  it('yes/no may be given in English or as booleans', () => {
    expect(check({ E5: 'yes', E7: true, E8: 'Yes' }).verdict).toBe('ready');
    expect(check({ E5: false }).unmet).toEqual(['E5']);
  });

  describe('E1: legal registration, checked through the unified social credit code', () => {
    it('a code with a wrong check character is not met, and says which character it should be', () => {
      const r = check({ uscc: '91350100M000100Y44' });
      expect(cond(r, 'E1')).toMatchObject({ status: 'unmet', reasonCode: 'uscc-invalid' });
      expect(cond(r, 'E1').reason).toContain('91350100M000100Y44');
      expect(cond(r, 'E1').todo).toContain('对照营业执照核对');
    });
    it('a missing code leaves it unknown even if the licences are said to be in order', () => {
      expect(cond(check({ uscc: '' }), 'E1')).toMatchObject({ status: 'unknown', reasonCode: 'uscc-missing' });
    });
    it('answering that a needed permit is missing is not met whatever the code', () => {
      expect(cond(check({ E1: '否', uscc: '' }), 'E1').status).toBe('unmet');
    });
    it('a lower-case code with spaces is read as the licence shows it', () => {
      expect(cond(check({ uscc: ' 91350100m000100y43 ' }), 'E1').status).toBe('met');
    });
  });

  describe('E15: control of contracted providers applies only when service is contracted out', () => {
    it('contracted out without control is not met', () => {
      expect(check({ outsourcing: '是', E15: '否' }).unmet).toEqual(['E15']);
    });
    it('contracted out with control is met', () => {
      expect(check({ outsourcing: '是', E15: '是' }).verdict).toBe('ready');
    });
    it('not knowing whether anything is contracted out leaves it unknown', () => {
      const r = check({ outsourcing: undefined, E15: '否' });
      expect(cond(r, 'E15')).toMatchObject({ status: 'unknown', reasonCode: 'outsourcing-unknown' });
    });
  });

  describe('dates', () => {
    it('accepts 2024/3/5, 2024年3月5日 and Date values', () => {
      for (const d of ['2024/3/5', '2024年3月5日', '2024.03.05', new Date(2024, 2, 5)]) {
        expect(cond(check({ licenceDate: d }), 'E2').params.date).toBe('2024-03-05');
      }
    });
    it('an impossible date or a date after the check day is not sure, with the reason', () => {
      expect(cond(check({ licenceDate: '2024-02-30' }), 'E2').reasonCode).toBe('date-unreadable');
      expect(cond(check({ systemStartDate: '2025-07-01' }), 'E3')).toMatchObject({
        status: 'unknown',
        reasonCode: 'date-future',
      });
    });
    it('the check day must be given: core never reads the clock', () => {
      expect(() => checkEligibility(READY, {}, { asOf: 'today' })).toThrow(/asOf/);
    });
  });

  it('settings are validated and default to 3 / 3 months and 10%', () => {
    expect(DEFAULT_ELIGIBILITY_SETTINGS).toEqual({ licenceMinMonths: 3, systemMinMonths: 3, managerRatioPercent: 10 });
    expect(check({}).settings).toEqual(DEFAULT_ELIGIBILITY_SETTINGS);
    expect(() => check({}, { systemMinMonths: -1 })).toThrow();
  });

  it('every result carries its documents, indicators and source', () => {
    for (const c of check({}).conditions) {
      expect(c.documents.length).toBeGreaterThan(0);
      expect(c.source.refs.length).toBeGreaterThan(0);
    }
  });

  it('speaks English when asked', () => {
    const r = check({ certifiedManagers: 9, serviceManagementStaff: 100 }, {}, AS_OF, 'en');
    expect(r.summary).toBe('Not yet: 1 condition is not met.');
    expect(cond(r, 'E6').reason).toBe(
      '9 certified managers of 100 service-management staff is 9%, short of 10%: 1 more needed.',
    );
    expect(cond(r, 'E6').statusText).toBe('Not met');
  });
});

describe('the gaps every face lists', () => {
  it('are exactly the unmet and unknown conditions, in catalogue order', () => {
    const r = checkEligibility({ E5: '否', E7: '不确定', E8: '是', E9: '是' }, {}, { asOf: '2025-06-30' });
    expect(r.gaps.map((c) => c.id)).toEqual(
      r.conditions.filter((c) => c.status === 'unmet' || c.status === 'unknown').map((c) => c.id),
    );
    expect(r.gaps.map((c) => c.id)).toEqual(expect.arrayContaining(['E5', 'E7']));
    expect(r.gaps.some((c) => c.id === 'E8' || c.id === 'E9')).toBe(false);
  });
});
