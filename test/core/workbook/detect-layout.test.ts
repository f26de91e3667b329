import { describe, expect, it } from 'vitest';
import {
  addressOf,
  detectLayout,
  detectLayoutReusing,
  parseAddress,
  parseRange,
  type Grid,
  type Layout,
  type LayoutFailure,
} from '../../../core/workbook/read';

const ok = (g: Grid, o = {}) => {
  const l = detectLayout(g, o);
  if (!l.ok) throw new Error(l.message);
  return l as Layout;
};

describe('addressOf', () => {
  it('turns 0-based row/col into A1 and back', () => {
    expect(addressOf(6, 9)).toBe('J7');
    expect(addressOf(0, 0)).toBe('A1');
    expect(addressOf(99, 26)).toBe('AA100');
    expect(addressOf(0, 701)).toBe('ZZ1');
    expect(parseAddress('AA100')).toEqual({ row: 99, col: 26 });
    expect(parseRange('B5:C12')).toEqual({ top: 4, left: 1, bottom: 11, right: 2 });
  });
});

describe('detectLayout', () => {
  it('finds a header below a title and fact rows, in any column order', () => {
    const g: Grid = [
      ['售后服务评价评分表', '', '', ''],
      ['受审核方：某某公司', '', '审核日期', '2024-05-01'],
      [],
      ['得分', '备注', '分值', '评价指标', '编号'],
      [2, '', 3, '网点', '5.1.1.2'],
    ];
    const l = ok(g);
    expect(l.headerRow).toBe(3);
    expect(l.firstDataRow).toBe(4);
    expect(Object.fromEntries(Object.entries(l.columns).map(([f, m]) => [f, m!.col]))).toEqual({
      score: 0,
      notes: 1,
      max: 2,
      name: 3,
      id: 4,
    });
    expect(l.itemRows).toEqual([4]);
  });

  it('keeps unknown columns as extra columns and never reads them', () => {
    const l = ok([
      ['编号', '指标名称', '责任部门', '满分', '实际得分', '审核员签名'],
      ['5.2.1', '商品信息', '市场部', 5, 4, '张三'],
    ]);
    expect(l.extraColumns).toEqual([
      { col: 2, header: '责任部门' },
      { col: 5, header: '审核员签名' },
    ]);
  });

  it('skips blank separator rows, recognises 小计/合计 rows and category headings', () => {
    const g: Grid = [
      ['序号', '评价指标', '标准分', '得分'],
      ['一、售后服务体系（40分）', '', '', ''],
      ['1', '组织架构', 6, 5],
      ['2', '人员配置', 6, 6],
      ['', '小计', 12, 11],
      [],
      ['二、商品服务', '', '', ''],
      ['3', '商品信息', 5, 4],
      ['合计', '', 17, 15],
    ];
    const l = ok(g);
    expect(l.itemRows).toEqual([2, 3, 7]);
    expect(l.subtotalRows).toEqual([4, 8]);
    expect(l.categoryRows).toEqual([1, 6]);
  });

  it('takes a row whose id heads other ids (5.1.1 above 5.1.1.1) as a heading, not an item', () => {
    const l = ok([
      ['编号', '评价指标', '分值', '得分'],
      ['5.1.1', '组织架构', 6, ''],
      ['5.1.1.1', '部门', 3, 3],
      ['5.1.1.2', '网点', 3, 2],
    ]);
    expect(l.itemRows).toEqual([2, 3]);
    expect(l.categoryRows).toEqual([1]);
  });

  it('reads a two-row header (抽样 over 抽样数 / 不符合数)', () => {
    const l = ok([
      ['编号', '评价指标', '分值', '抽样', '', '得分'],
      ['', '', '', '抽样数', '不符合数', ''],
      ['5.3.2', '投诉处理', 13, 10, 1, ''],
    ]);
    expect(l.subHeaderRow).toBe(1);
    expect(l.firstDataRow).toBe(2);
    expect(l.columns.samples?.col).toBe(3);
    expect(l.columns.nonconforming?.col).toBe(4);
    expect(l.itemRows).toEqual([2]);
  });

  it('reads a merged 评分 over 标准分 / 实得分, and a sheet with only a 扣分 column', () => {
    const l = ok([
      ['指标', '评分', '', '评审记录'],
      ['', '标准分', '实得分', ''],
      ['5.1 售后服务体系（40分）', '', '', ''],
      ['5.1.1 组织架构', 6, 5, ''],
      ['5.1.2 人员配置', 6, '', ''],
    ]);
    expect(l.subHeaderRow).toBe(1);
    expect([l.columns.name?.col, l.columns.max?.col, l.columns.score?.col, l.columns.notes?.col]).toEqual([0, 1, 2, 3]);
    // "5.1 …" heads "5.1.1 …" (ids read from the name cell): a heading, not an item.
    expect(l.categoryRows).toEqual([2]);
    expect(l.itemRows).toEqual([3, 4]);
    const d = ok([
      ['条款号', '评审项目', '分值', '扣分', '扣分原因'],
      ['5.1.1', '组织架构', 6, 1, '网点清单未更新'],
    ]);
    expect(d.columns.deduction?.col).toBe(3);
    expect(d.itemRows).toEqual([1]);
  });

  it('reads the second header row even when one of its cells is a word the synonyms do not know', () => {
    const l = ok([
      ['编号', '指标', '评分', '', '审核员'],
      ['', '', '标准分', '实得分', '签字'],
      ['5.2.1', '商品信息', 5, 4, '王'],
    ]);
    expect(l.subHeaderRow).toBe(1);
    expect([l.columns.max?.col, l.columns.score?.col]).toEqual([2, 3]);
    expect(l.extraColumns.map((x) => x.header)).toEqual(['审核员 / 签字']);
  });

  it('takes "一、服务体系（40分）" with nothing to score as a heading, "1.1 名称（10分）" as an item', () => {
    const l = ok([
      ['编号', '评价内容', '得分'],
      ['', '一、服务体系（40分）', ''],
      ['1.1', '服务机构与人员（10分）', 9],
      ['1.2', '服务制度（10分）', ''],
    ]);
    expect(l.categoryRows).toEqual([1]);
    expect(l.itemRows).toEqual([2, 3]);
  });

  it('reports hidden rows inside the table', () => {
    const l = ok(
      [
        ['编号', '评价指标', '分值', '得分'],
        ['5.2.1', 'a', 5, 5],
        ['5.2.2', 'b', 6, 6],
      ],
      { hiddenRows: [2] },
    );
    expect(l.hiddenRows).toEqual([2]);
    expect(l.itemRows).toEqual([1, 2]);
  });

  it('reads Office.js-style grids: empty cells are "", merged category cells hold text only at the top', () => {
    const l = ok([
      ['类别', '编号', '评价指标', '分值', '得分'],
      ['售后服务体系', '5.1.1.1', 'a', 3, 3],
      ['', '5.1.1.2', 'b', 3, ''],
    ]);
    expect(l.columns.category?.col).toBe(0);
    expect(l.itemRows).toEqual([1, 2]);
  });

  it('says which header it could not find, where it looked and which names it accepts', () => {
    const l = detectLayout([
      ['名称', '金额'],
      ['a', 1],
    ]) as LayoutFailure;
    expect(l.ok).toBe(false);
    expect(l.code).toBe('no-header');
    expect(l.searchedRows).toBe('1–2');
    expect(l.missing).toContain('score');
    expect(l.synonyms.score).toContain('实际得分');
    expect(l.message).toContain('第 1–2 行');
    expect(l.message).toContain('实际得分');
    const en = detectLayout([['名称', '金额']], { lang: 'en' }) as LayoutFailure;
    expect(en.message).toMatch(/No scoring-sheet header found in rows 1–1/);
  });

  it('says so when the header has indicators but no score column', () => {
    const l = detectLayout([
      ['编号', '评价指标', '分值'],
      ['5.1', 'x', 3],
    ]) as LayoutFailure;
    expect(l.code).toBe('no-score-column');
    expect(l.bestRow).toBe(0);
    expect(l.message).toContain('得分');
  });

  it('reports an empty sheet', () => {
    expect((detectLayout([[''], []]) as LayoutFailure).code).toBe('empty');
  });
});

describe('detectLayoutReusing (a live recompute passes its last layout)', () => {
  // 40 indicator rows: edits below the rows the header search reads (the first 30 and the one after).
  const sheet = (): Grid => [
    ['评分表', '', '', '', ''],
    ['编号', '评价指标', '类别', '分值', '得分'],
    ...Array.from({ length: 40 }, (_, i) => [`1.${i + 1}`, `指标${i + 1}`, '服务体系', 2, i % 3 ? 2 : '']),
    ['', '小计', '', 80, 52],
  ];

  it('reuses the header after an edit below the searched rows and sorts the rows again', () => {
    const g = sheet();
    const prev = ok(g);
    g[35] = ['1.34', '指标34', '服务体系', '', ''];
    g.push(['2.1', '回访', '服务过程', 4, 1]);
    const next = detectLayoutReusing(g, prev, { hiddenRows: [36] }) as Layout;
    expect(next).toEqual(detectLayout(g, { hiddenRows: [36] }));
    expect(next.columns).toBe(prev.columns); // the header was not searched again
    expect(next.categoryRows).toEqual([35]); // no points, no answer: now a heading
    expect(next.itemRows).toContain(43);
    expect(next.hiddenRows).toEqual([36]);
  });

  it('inside the searched rows, reuses it after a number edit but searches again after a text edit', () => {
    const g = sheet();
    const prev = ok(g);
    g[5] = ['1.4', '指标4', '服务体系', 2, 1];
    const scored = detectLayoutReusing(g, prev) as Layout;
    expect(scored).toEqual(detectLayout(g));
    expect(scored.columns).toBe(prev.columns);
    // A text row near the top could outweigh the header: the search runs again.
    g[5] = ['编号', '评价指标', '类别', '分值', '得分'];
    const texted = detectLayoutReusing(g, scored) as Layout;
    expect(texted).toEqual(detectLayout(g));
    expect(texted.columns).not.toBe(prev.columns);
  });

  it('searches again when a header cell changes or a row is inserted above the table', () => {
    const g = sheet();
    const prev = ok(g);
    g[1] = ['编号', '评价指标', '类别', '分值', '删减', '得分'];
    const edited = detectLayoutReusing(g, prev) as Layout;
    expect(edited).toEqual(detectLayout(g));
    expect(edited.columns).not.toBe(prev.columns);
    expect(edited.columns.applicable).toEqual({ col: 4, header: '删减', inverted: true });

    const h = sheet();
    h.unshift(['受审核方：某某公司']);
    const shifted = detectLayoutReusing(h, prev) as Layout;
    expect(shifted.headerRow).toBe(2);
    expect(shifted).toEqual(detectLayout(h));
  });

  it('trusts only layouts it made: a copy or a failure means a fresh search', () => {
    const g = sheet();
    const copy = structuredClone(ok(g));
    const next = detectLayoutReusing(g, copy) as Layout;
    expect(next).toEqual(copy);
    expect(next.columns).not.toBe(copy.columns);
    expect(detectLayoutReusing([['无关']], ok(g)).ok).toBe(false);
    expect(detectLayoutReusing(g, undefined)).toEqual(detectLayout(g));
  });
});
