import { describe, expect, it } from 'vitest';
import { gbt27922_2011, gbt27922_2011_fiveStar98, parseScheme, score, type SchemeInput } from '../../../core/index';
import { gbt27922_2011_data } from '../../../core/scheme/data/gbt27922-2011';
import { allFull, special, withAnswers } from './helpers';

const S = gbt27922_2011;

describe('score(): the arithmetic of GB/T 27922 (评分 = 实际得分 / 涉及项总分值 × 100)', () => {
  it('full marks everywhere is 100 and five stars', () => {
    const r = score(S, { responses: allFull(S) });
    expect(r).toMatchObject({
      score: 100,
      level: '5-star',
      earned: 100,
      applicable: 100,
      provisional: false,
      vetoed: false,
      nextLevel: null,
    });
    expect(r.issues).toEqual([]);
  });

  it('an excluded indicator leaves the denominator', () => {
    // 5.2.3 配送 (6 points) excluded, 5.2.4 loses 3.5 of 7: 90 − 3.5 … earned 90.5 of 94 → 96.3
    const r = score(S, {
      responses: withAnswers(S, { '5.2.3': { applicable: '否' }, '5.2.4': { samples: 2, nonconforming: 1 } }),
    });
    expect(r.applicable).toBe(94);
    expect(r.earned).toBeCloseTo(90.5, 9);
    expect(r.score).toBe(96.3);
    expect(r.items.find((i) => i.id === '5.2.3')).toMatchObject({
      status: 'not-applicable',
      applicable: false,
      earned: null,
      lost: 0,
    });
  });

  it('a nonconforming binary item loses all its points', () => {
    const r = score(S, { responses: withAnswers(S, { '5.1.1.1': { value: '不符合' } }) });
    expect(r.score).toBe(97);
    expect(r.items.find((i) => i.id === '5.1.1.1')).toMatchObject({ earned: 0, lost: 3, status: 'nonconform' });
  });

  it('a sampled item loses points in proportion to nonconforming samples', () => {
    // 5.3.2 投诉处理 13 points, 2 of 8 samples nonconforming → 13 × 6/8 = 9.75
    const r = score(S, { responses: withAnswers(S, { '5.3.2': { samples: 8, nonconforming: 2 } }) });
    expect(r.items.find((i) => i.id === '5.3.2')!.earned).toBe(9.75);
    expect(r.score).toBe(96.8); // 96.75 rounds half up
  });

  it('each special deduction costs one point outside the normalised score', () => {
    const r = score(S, { responses: allFull(S), specialDeductions: special(2) });
    expect(r).toMatchObject({ normalised: 100, score: 98, specialDeductions: 2, level: '5-star' });
  });

  it('five special deductions fail the audit whatever the score', () => {
    const r = score(S, { responses: allFull(S), specialDeductions: special(5) });
    expect(r.score).toBe(95);
    expect(r.level).toBe('fail');
    expect(r.vetoed).toBe(true);
    expect(r.vetoReason!.message).toContain('5');
    expect(r.nextLevel).toMatchObject({ reachable: false, blockedBy: 'veto' });
  });

  it('four special deductions do not veto', () => {
    const r = score(S, { responses: allFull(S), specialDeductions: special(4) });
    expect(r).toMatchObject({ vetoed: false, score: 96, level: '5-star' });
  });

  it('only one bonus counts, and a bonus never lifts above 100', () => {
    const some = score(S, { responses: withAnswers(S, { '5.3.1': { value: 9 } }), bonuses: special(3) });
    expect(some).toMatchObject({ normalised: 97, score: 98, bonus: 1, bonusOffered: 3 });
    const full = score(S, { responses: allFull(S), bonuses: special(1) });
    expect(full.score).toBe(100);
  });

  it('thresholds are inclusive: exactly 70 is 达标, 69.9 fails', () => {
    const custom: SchemeInput = {
      ...structuredClone(gbt27922_2011_data),
      nodes: [
        { id: '1', parent: null, name: { zh: '甲', en: 'A' }, max: 1000, source: 'certification-body' },
        {
          id: '1.1',
          parent: '1',
          name: { zh: '甲1', en: 'A1' },
          max: 1000,
          kind: 'graded',
          source: 'certification-body',
        },
      ],
    };
    const s = parseScheme(custom);
    expect(score(s, { responses: [{ id: '1.1', value: 700 }] }).level).toBe('compliant');
    expect(score(s, { responses: [{ id: '1.1', value: 699 }] })).toMatchObject({ score: 69.9, level: 'fail' });
    expect(score(s, { responses: [{ id: '1.1', value: 800 }] }).level).toBe('3-star');
    expect(score(s, { responses: [{ id: '1.1', value: 949.5 }] })).toMatchObject({ score: 95, level: '5-star' }); // 94.95 rounds to 95.0
  });

  it('the SB/T-era variant needs 98 for five stars', () => {
    const responses = withAnswers(S, { '5.3.1': { value: 8 } }); // 96
    expect(score(S, { responses }).level).toBe('5-star');
    expect(score(gbt27922_2011_fiveStar98, { responses }).level).toBe('4-star');
  });

  it('Q4 setting: adjustments on raw points give a different (documented) result', () => {
    const raw = parseScheme({
      ...structuredClone(gbt27922_2011_data),
      rules: { ...gbt27922_2011_data.rules, adjustmentsApplyTo: 'raw' },
    });
    // 2 deductions on 94 applicable: (90 − 2) / 94 × 100 = 93.6; on the final score it would be 95.7 − 2 = 93.7
    const input = {
      responses: withAnswers(S, { '5.2.3': { applicable: false }, '5.3.1': { value: 8 } }),
      specialDeductions: special(2),
    };
    expect(score(raw, input).score).toBe(93.6);
    expect(score(S, input).score).toBe(93.7);
  });

  it('Q7 setting: a scheme that makes stars wait a year holds the level at 达标', () => {
    const wait = parseScheme({
      ...structuredClone(gbt27922_2011_data),
      rules: { ...gbt27922_2011_data.rules, starsRequireYearAtCompliant: true },
    });
    const r = score(wait, { responses: allFull(S), monthsAtCompliantLevel: 6 });
    expect(r.level).toBe('compliant');
    expect(r.issues.map((i) => i.code)).toContain('star-wait');
    expect(score(wait, { responses: allFull(S), monthsAtCompliantLevel: 12 }).level).toBe('5-star');
  });
});

describe('score(): incomplete audits are provisional, never silently zero', () => {
  it('counts and lists unscored items and gives both "so far" and "if all remaining conform"', () => {
    const responses = withAnswers(S, { '5.3.1': { value: 6 } }).filter((r) => !['5.3.2', '5.2.6'].includes(r.id));
    const r = score(S, { responses });
    expect(r.provisional).toBe(true);
    expect(r.unscored).toBe(2);
    expect(r.unscoredIds).toEqual(['5.2.6', '5.3.2']);
    expect(r.applicable).toBe(83); // 100 − 13 − 4
    expect(r.score).toBe(92.8); // 77 / 83
    expect(r.scoreIfRemainingConform).toBe(94); // 94 / 100
    expect(r.level).toBe('4-star');
    expect(r.issues.map((i) => i.code)).toEqual(['provisional']);
  });

  it('an audit with nothing scored has no score but says so', () => {
    const r = score(S, { responses: [] });
    expect(r).toMatchObject({
      score: null,
      level: null,
      provisional: true,
      unscored: 21,
      scoreIfRemainingConform: 100,
    });
    expect(r.issues.map((i) => i.code)).toEqual(['nothing-scored']);
  });

  it('a review mark (待复核) counts as not yet scored', () => {
    const r = score(S, { responses: withAnswers(S, { '5.1.6': { value: '待复核' } }) });
    expect(r.items.find((i) => i.id === '5.1.6')!.status).toBe('review');
    expect(r.unscored).toBe(1);
  });
});

describe('score(): bad answers become issues with their place, and the score is null', () => {
  const cases: [string, Record<string, Record<string, unknown>>, string][] = [
    ['text in a score cell', { '5.1.6': { value: '良好' } }, 'not-a-number'],
    ['a negative score', { '5.1.6': { value: -1 } }, 'negative'],
    ['a score above max', { '5.1.6': { value: 4.5 } }, 'above-max'],
    ['k > n', { '5.3.2': { samples: 3, nonconforming: 4 } }, 'nonconforming-above-samples'],
    ['n = 0 for a sampled item', { '5.3.2': { samples: 0, nonconforming: 0 } }, 'samples-invalid'],
    ['a fractional sample count', { '5.3.2': { samples: 2.5, nonconforming: 0 } }, 'samples-invalid'],
    ['an unreadable binary answer', { '5.1.1.1': { value: '还行' } }, 'binary-value'],
    ['an unreadable applicability', { '5.1.1.1': { applicable: '也许' } }, 'invalid-applicable'],
  ];
  it.each(cases)('%s', (_name, overrides, code) => {
    const id = Object.keys(overrides)[0]!;
    const responses = withAnswers(S, overrides).map((r) =>
      r.id === id
        ? {
            ...r,
            where: { value: '评分表!J9', samples: '评分表!H9', nonconforming: '评分表!I9', applicable: '评分表!G9' },
          }
        : r,
    );
    const r = score(S, { responses });
    expect(r.score).toBeNull();
    expect(r.level).toBeNull();
    const hit = r.issues.find((i) => i.code === code)!;
    expect(hit).toMatchObject({ severity: 'error', indicatorId: id });
    expect(hit.where).toMatch(/^评分表!/);
    expect(hit.message).toContain(hit.where);
    expect(r.issues.map((i) => i.code)).toContain('invalid-inputs');
  });

  it('an unknown indicator id is reported but does not stop the score', () => {
    const r = score(S, { responses: [...allFull(S), { id: '5.4.1', value: 3, where: { id: '评分表!A40' } }] });
    expect(r.score).toBe(100);
    expect(r.issues[0]).toMatchObject({ code: 'unknown-indicator', where: '评分表!A40', severity: 'error' });
  });

  it('a duplicated indicator is ambiguous: reported at both places, no score', () => {
    const responses = [...allFull(S), { id: '5.1.6', value: 1, where: { id: '评分表!A30' } }];
    const r = score(S, { responses });
    expect(r.score).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: 'duplicate-response', where: '评分表!A30' });
  });

  it('reads full-width digits and numeric text as numbers', () => {
    const r = score(S, { responses: withAnswers(S, { '5.1.6': { value: '３．５' }, '5.1.7': { value: ' 3 ' } }) });
    expect(r.earned).toBe(98.5);
  });

  it('messages come in English on request', () => {
    const r = score(S, { responses: withAnswers(S, { '5.1.6': { value: 'good' } }) }, { lang: 'en' });
    expect(r.issues[0]!.message).toContain('is not a number');
  });
});

describe('score(): points to the next level', () => {
  it('names the gap and the fewest items that close it', () => {
    // 5.3.1 at 10 of 12 (−2), 5.3.2 2 of 10 samples bad (−2.6), 5.2.4 1 of 2 samples bad (−3.5) → 91.9
    const r = score(S, {
      responses: withAnswers(S, {
        '5.3.1': { value: 10 },
        '5.3.2': { samples: 10, nonconforming: 2 },
        '5.2.4': { samples: 2, nonconforming: 1 },
      }),
    });
    expect(r.score).toBe(91.9);
    expect(r.level).toBe('4-star');
    expect(r.nextLevel).toMatchObject({ level: '5-star', threshold: 95, pointsNeeded: 3.1, reachable: true });
    expect(r.nextLevel!.rawPointsNeeded).toBeCloseTo(3.05, 2); // 94.95 rounds up to 95.0
    expect(r.nextLevel!.improvements.map((i) => [i.id, i.gain])).toEqual([['5.2.4', 3.5]]);
  });

  it('takes several items when one is not enough, largest first', () => {
    const r = score(S, {
      responses: withAnswers(S, {
        '5.1.1.1': { value: '不符合' },
        '5.1.2.2': { value: '不符合' },
        '5.2.6': { value: '不符合' },
      }),
    });
    expect(r.score).toBe(90);
    expect(r.nextLevel).toMatchObject({ level: '5-star', pointsNeeded: 5 });
    expect(r.nextLevel!.improvements.map((i) => i.id)).toEqual(['5.2.6', '5.1.1.1']);
  });

  it('with special deductions, says when points alone cannot reach the level', () => {
    const r = score(S, { responses: withAnswers(S, { '5.3.1': { value: 2 } }), specialDeductions: special(4) });
    // 90 − 4 = 86 → 3-star; four-star needs 94 normalised: reachable by fixing 5.3.1
    expect(r.nextLevel).toMatchObject({ level: '4-star', reachable: true });
    const five = score(S, { responses: allFull(S), specialDeductions: special(4) });
    expect(five.nextLevel).toBeNull(); // already five stars at 96
  });
});
