import { describe, expect, it } from 'vitest';
import {
  assignColumns,
  headerCandidates,
  HEADER_SYNONYMS,
  FACT_LABELS,
  SPECIAL_SYNONYMS,
} from '../../../core/workbook/read';
import { normaliseHeader } from '../../../core/workbook/normalise';
import type { Field } from '../../../core/workbook/types';

const fieldOf = (text: string): Field | undefined =>
  Object.entries(assignColumns(headerCandidates(text, 0)))[0]?.[0] as Field | undefined;

describe('header synonym table', () => {
  it('names every header the issue lists, in Chinese and English', () => {
    const expected: [string, Field][] = [
      ['编号', 'id'],
      ['序号', 'id'],
      ['条款号', 'id'],
      ['条款', 'id'],
      ['评价指标', 'name'],
      ['指标名称', 'name'],
      ['评价内容', 'name'],
      ['评价项目', 'name'],
      ['分值', 'max'],
      ['满分', 'max'],
      ['标准分', 'max'],
      ['权重分', 'max'],
      ['得分', 'score'],
      ['实际得分', 'score'],
      ['评分', 'score'],
      ['是否适用', 'applicable'],
      ['适用', 'applicable'],
      ['删减', 'applicable'],
      ['抽样数', 'samples'],
      ['样本数', 'samples'],
      ['不符合数', 'nonconforming'],
      ['备注', 'notes'],
      ['证据', 'notes'],
      ['评审记录', 'notes'],
      ['说明', 'notes'],
      ['类别', 'category'],
      ['一级指标', 'category'],
      ['评分方式', 'kind'],
      ['ID', 'id'],
      ['Indicator', 'name'],
      ['Max points', 'max'],
      ['Score', 'score'],
      ['Applicable', 'applicable'],
      ['Samples', 'samples'],
      ['Nonconforming', 'nonconforming'],
      ['Evidence', 'notes'],
      ['Category', 'category'],
    ];
    for (const [text, field] of expected) expect([text, fieldOf(text)]).toEqual([text, field]);
  });

  it('reads headers with units, hints, full-width brackets and line breaks', () => {
    expect(fieldOf('得分（分）')).toBe('score');
    expect(fieldOf('是否适用\n(是/否)')).toBe('applicable');
    expect(fieldOf(' 标准 分 ')).toBe('max');
    expect(fieldOf('实际得分*')).toBe('score');
  });

  it('gives the specific header its own field, not the field of a word it contains', () => {
    expect(fieldOf('评分方式')).toBe('kind');
    expect(fieldOf('评分标准')).toBe('criteria');
    expect(fieldOf('计算得分')).toBe('computed');
  });

  it('reads deduction sheets: 扣分 and its wordings are deductions, 扣分原因 is a note, 扣分依据 the criteria', () => {
    for (const h of ['扣分', '扣减分', '扣分值', '失分', '应扣分', 'Deduction', 'Points lost'])
      expect([h, fieldOf(h)]).toEqual([h, 'deduction']);
    for (const h of ['扣分原因', '扣分说明', '扣分理由']) expect([h, fieldOf(h)]).toEqual([h, 'notes']);
    expect(fieldOf('扣分依据')).toBe('criteria');
    const row = ['条款号', '评审项目', '分值', '扣分', '扣分原因'].flatMap((h, c) => headerCandidates(h, c));
    expect(Object.fromEntries(Object.entries(assignColumns(row)).map(([f, m]) => [f, m!.col]))).toEqual({
      id: 0,
      name: 1,
      max: 2,
      deduction: 3,
      notes: 4,
    });
  });

  it('marks 删减 as the inverse of applicable', () => {
    expect(assignColumns(headerCandidates('删减', 3)).applicable).toEqual({ col: 3, header: '删减', inverted: true });
    expect(assignColumns(headerCandidates('是否适用', 3)).applicable?.inverted).toBeUndefined();
  });

  it('keeps 评价内容 as the indicator alone, and as the criteria beside 评价指标', () => {
    const both = assignColumns([...headerCandidates('评价指标', 1), ...headerCandidates('评价内容', 2)]);
    expect(both.name?.col).toBe(1);
    expect(both.criteria?.col).toBe(2);
    expect(assignColumns(headerCandidates('评价内容', 2)).name?.col).toBe(2);
  });

  it('has no synonym that normalises to nothing, and no exact synonym claimed by two fields unless deliberate', () => {
    const deliberate = new Set(['评价内容']);
    const owner = new Map<string, Field>();
    for (const e of HEADER_SYNONYMS) {
      for (const s of [...e.zh, ...e.en, ...(e.invertedZh ?? []), ...(e.invertedEn ?? [])]) {
        const h = normaliseHeader(s);
        expect(h, s).not.toBe('');
        if (deliberate.has(s)) continue;
        expect(owner.get(h) ?? e.field, `${s} is listed under ${owner.get(h)} and ${e.field}`).toBe(e.field);
        owner.set(h, e.field);
      }
    }
    for (const table of [FACT_LABELS, SPECIAL_SYNONYMS])
      for (const v of Object.values(table)) expect(v.zh.length && v.en.length).toBeTruthy();
  });

  it('does not take ordinary words for headers', () => {
    expect(headerCandidates('深圳某某科技有限公司', 0)).toEqual([]);
    expect(headerCandidates('Nothing here', 0)).toEqual([]);
    expect(headerCandidates('', 0)).toEqual([]);
  });
});
