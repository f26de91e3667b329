/*
 * Points finer than 0.5: on our template a slip to check (warning); on a certification body's own sheet
 * its own steps (a note). A note never makes the result provisional nor counts as a problem.
 */
import { describe, expect, it } from 'vitest';
import { auditState, gbt27922_2011, score, type SheetGrid } from '../../../core/index';
import { readAudit } from '../../../core/workbook/index';

// Every item at full points as a number (sampled ones 10 samples, 0 nonconforming), 5.1.1.2 (graded, 3) at 2.3.
function bodySheet(): SheetGrid {
  const grid: SheetGrid['grid'] = [['编号', '指标', '分值', '得分', '抽样数', '不符合数']];
  for (const it of gbt27922_2011.items)
    grid.push([
      it.id,
      it.name.zh,
      it.max,
      it.kind === 'sampled' ? null : it.id === '5.1.1.2' ? 2.3 : it.max,
      it.kind === 'sampled' ? 10 : null,
      it.kind === 'sampled' ? 0 : null,
    ]);
  return { name: '评分表', grid };
}

describe('points finer than 0.5', () => {
  it('on a body’s own sheet: a note at the cell; complete, not provisional; 100 − 0.7 = 99.3 五星', () => {
    const read = readAudit([bodySheet()], gbt27922_2011);
    expect(read.foreignSheet).toBe(true);
    const res = score(read.scheme, read);
    const step = res.issues.filter((i) => i.code === 'finer-step');
    expect(step.map((i) => [i.severity, i.where])).toEqual([['note', '评分表!D3']]);
    expect(res.issues.filter((i) => i.code === 'not-half-step')).toEqual([]);
    expect(res.provisional).toBe(false);
    expect(res.score).toBe(99.3);
    expect(res.level).toBe('5-star');
    const state = auditState(res, 'zh-CN');
    expect(state.state).toBe('complete');
    expect(read.issues.filter((i) => i.code === 'finer-step').map((i) => i.severity)).toEqual(['note']);
  });

  it('on answers not from a body’s sheet (our template, a JSON file): a warning, as before', () => {
    const responses = gbt27922_2011.items.map((it) =>
      it.kind === 'sampled'
        ? { id: it.id, samples: 10, nonconforming: 0 }
        : { id: it.id, value: it.id === '5.1.1.2' ? 2.3 : it.max },
    );
    const res = score(gbt27922_2011, { responses });
    expect(res.issues.filter((i) => i.code === 'not-half-step').map((i) => i.severity)).toEqual(['warning']);
    expect(res.issues.filter((i) => i.code === 'finer-step')).toEqual([]);
  });
});
