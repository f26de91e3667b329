import { describe, expect, it } from 'vitest';
import { auditState, gbt27922_2011, score } from '../../../core/index';
import { allFull, withAnswers } from './helpers';

// The default scheme has 21 scored items; 5.1.1.1 is a binary item worth 3 points.
const S = gbt27922_2011;

describe('the audit state every face shows', () => {
  it('a blank workbook is not started, not an error: no problem is listed', () => {
    const st = auditState(score(S, { responses: [] }));
    expect(st).toMatchObject({
      state: 'not-started',
      label: '未开始',
      counts: { applicable: 21, scored: 0, unscored: 21, invalid: 0 },
      subtotalsComputed: true,
      problems: [],
    });
    expect(st.summary).not.toMatch(/无法计算|错误/);
  });

  it('a few scores make it in progress: the score is provisional and says how many are left', () => {
    // Only 5.1.1.1 answered, conform: 3 / 3 → 100, with the other 20 items open.
    const st = auditState(score(S, { responses: [{ id: '5.1.1.1', value: '符合' }] }));
    expect(st.state).toBe('in-progress');
    expect(st.label).toBe('评分中（暂定）');
    expect(st.summary).toBe('已评分 1 / 21 项，得分 100 为暂定值，还有 20 项未评分。');
    expect(st.problems).toEqual([]); // the "provisional" line restates the state, it is not a problem
  });

  it('a cell holding 好 is invalid, not unscored; while it stays, subtotals are not computed', () => {
    const r = score(S, {
      responses: withAnswers(S, { '5.1.1.1': { value: '好', where: { value: '评分表!J5' } } }),
    });
    expect(r.items.find((i) => i.id === '5.1.1.1')).toMatchObject({ status: 'invalid', earned: null });
    expect(r.categories.find((c) => c.id === '5.1')).toMatchObject({ status: 'invalid', invalid: 1, computed: false });
    expect(r.categories.every((c) => !c.computed)).toBe(true);
    const st = auditState(r, 'en');
    expect(st).toMatchObject({
      state: 'invalid',
      label: 'Invalid input',
      counts: { applicable: 21, scored: 20, unscored: 0, invalid: 1 },
      subtotalsComputed: false,
      notComputed: 'Not computed',
    });
    expect(st.summary).toMatch(/^One input is invalid/);
    // One problem: the cell. The "invalid inputs" summary line is not counted as a second one.
    expect(st.problems.map((p) => [p.code, p.where, p.indicatorId])).toEqual([
      ['binary-value', '评分表!J5', '5.1.1.1'],
    ]);
    expect(st.problems[0]!.indicatorName).toEqual(S.itemById.get('5.1.1.1')!.name);
  });

  it('a duplicated row counts as one invalid input', () => {
    const r = score(S, { responses: [...allFull(S), { id: '5.1.1.1', value: '符合' }] });
    expect(r.invalid).toBe(1);
    expect(auditState(r).summary).toBe('有 1 项输入无效，总分和各类小计暂不计算。请先改正标出的单元格。');
  });

  it('every item marked not applicable is invalid, with its own reason', () => {
    const none = S.items.map((it) => ({ id: it.id, applicable: '否' }));
    const st = auditState(score(S, { responses: none }));
    expect(st.state).toBe('invalid');
    expect(st.summary).toMatch(/^所有指标都标为不适用/);
    expect(st.problems.map((p) => p.code)).toEqual(['nothing-applicable']);
  });

  it('every item scored is complete', () => {
    const st = auditState(score(S, { responses: allFull(S) }), 'en');
    expect(st).toMatchObject({ state: 'complete', label: 'Complete', problems: [] });
    expect(st.summary).toBe('All 21 items scored; the score is 100.');
  });
});
