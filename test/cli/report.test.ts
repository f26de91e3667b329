/*
 * The table report and the one-audit detail read like the audit's state: a blank workbook is not
 * started (no problem counted), an invalid input makes subtotals "not computed", and one score figure.
 */
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score, type IndicatorResponse } from '../../core/index';
import { recordOf } from '../../cli/record';
import { renderDetail, renderIssues, renderTable } from '../../cli/report';
import { allFull, withAnswers } from '../core/scoring/helpers';

const S = gbt27922_2011;
const audit = (responses: IndicatorResponse[], lang: 'zh-CN' | 'en' = 'zh-CN') => score(S, { responses }, { lang });
const rowOf = (table: string, file: string) =>
  table
    .split('\n')
    .find((l) => l.startsWith(file))!
    .split(/\s{2,}/);

describe('CLI table report', () => {
  it('a blank workbook is not started, not an error: state 未开始, 0 problems, nothing listed', () => {
    const r = audit([]);
    const rec = recordOf('blank.xlsx', r, r.issues, 'direct');
    const table = renderTable([rec], 'zh-CN');
    // 文件 | 得分 | 等级 | 状态 | 未评分 | 问题
    expect(rowOf(table, 'blank.xlsx')).toEqual(['blank.xlsx', '—', '—', '未开始', String(S.items.length), '0']);
    expect(renderIssues([rec], 'zh-CN')).toBe('');
  });

  it('a cell holding "好" is one problem and the state is invalid (the "inputs are invalid" line is not a second one)', () => {
    const r = audit(withAnswers(S, { '5.1.1.2': { value: '好' } }), 'en');
    const rec = recordOf('bad.xlsx', r, r.issues, 'direct');
    const row = rowOf(renderTable([rec], 'en'), 'bad.xlsx');
    expect(row.slice(1, 4)).toEqual(['—', '—', 'Invalid input']);
    expect(row[5]).toBe('1');
    // The problem names its indicator (id and name), then the cell and what is wrong.
    const lines = renderIssues([rec], 'en').split('\n');
    const item = S.items.find((i) => i.id === '5.1.1.2')!;
    expect(lines[1]).toMatch(
      new RegExp(`^ {2}- 5\\.1\\.1\\.2 ${item.name.en} · 评分表!|^ {2}- 5\\.1\\.1\\.2 ${item.name.en} · `),
    );
  });

  it('some scored is in progress; all scored is complete', () => {
    const partial = audit(allFull(S).filter((x) => x.id !== '5.1.1.2'));
    const full = audit(allFull(S));
    const table = renderTable(
      [recordOf('a.xlsx', partial, partial.issues, 'direct'), recordOf('b.xlsx', full, full.issues, 'direct')],
      'zh-CN',
    );
    expect(rowOf(table, 'a.xlsx')[3]).toBe('评分中（暂定）');
    expect(rowOf(table, 'b.xlsx')[3]).toBe('已完成');
  });
});

describe('CLI detail of one audit', () => {
  it('one score figure: the table’s 得分 and the detail’s 总分 agree; the raw line is indicator points, not a second 得分', () => {
    const r = audit(withAnswers(S, { '5.1.1.2': { value: 1 } }));
    const text = renderDetail(r, S, 'zh-CN');
    const shown = rowOf(renderTable([recordOf('x.xlsx', r, r.issues, 'direct')], 'zh-CN'), 'x.xlsx')[1];
    expect(text).not.toContain('得分');
    expect(text).toMatch(new RegExp(`^总分：${shown}\\s`, 'm'));
    expect(text).toMatch(/^指标分合计 /m);
    expect(text).toContain('状态：已完成。\n');
  });

  it('a blank audit says it has not started, with no provisional mark, no 0-of-0 sums and no list of all 21', () => {
    const text = renderDetail(audit([]), S, 'zh-CN');
    expect(text).toContain('总分：—    等级：—\n状态：未开始。');
    expect(text).not.toMatch(/暂定|指标分合计|未评分：/);
    expect(text).toMatch(/^ {2}5\.1 \S+：— \/ 40/m);
  });

  it('while an input is invalid the category subtotals read "not computed"', () => {
    const r = audit(withAnswers(S, { '5.1.1.2': { value: '好' } }), 'en');
    const lines = renderDetail(r, S, 'en').split('\n');
    const cats = lines.filter((l) => /^\s+5\.\d /.test(l));
    expect(cats).toHaveLength(3);
    for (const l of cats) expect(l).toMatch(/: Not computed \/ \d+/);
    expect(lines.some((l) => l.startsWith('State: Invalid input.'))).toBe(true);
  });
});
