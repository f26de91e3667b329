import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { auditFromSheets, readAudit, type Grid, type SheetGrid } from '../../../core/workbook/read';

const sheet = (name: string, grid: Grid, extra: Partial<SheetGrid> = {}): SheetGrid => ({ name, grid, ...extra });
const codes = (issues: { code: string; where: string }[]) => issues.map((i) => `${i.code}@${i.where}`);

const allItems = (value: (id: string, max: number) => unknown): Grid =>
  gbt27922_2011.items.map((it) => [it.id, it.name.zh, it.max, value(it.id, it.max) as never]);

describe('readAudit on sheets with the scheme ids', () => {
  it('reads answers with their cells, facts from the 封面 sheet and special items', () => {
    const grid: Grid = [['编号', '评价指标', '分值', '得分'], ...allItems((_, max) => max)];
    grid[3]![3] = null; // 5.1.2.1 unscored
    const r = readAudit(
      [
        sheet('封面', [
          ['组织名称', '深圳某某科技有限公司'],
          ['统一社会信用代码', '91440300ma5g0x1x2k'],
          ['审核日期', new Date(Date.UTC(2024, 4, 1))],
          ['评审员', '李四'],
        ]),
        sheet('评分表', grid),
        sheet('特别项', [
          ['类型', '条款', '说明', '整改情况'],
          ['特别扣分项', '4.2', '未公示服务承诺', '已整改'],
          ['特别加分项', '', '行业领先的回访', ''],
          ['', '', '', ''],
        ]),
      ],
      gbt27922_2011,
    );
    expect(r.sheet).toBe('评分表');
    expect(r.schemeSource).toBe('given');
    expect(r.responses).toHaveLength(gbt27922_2011.items.length);
    expect(r.responses[0]).toEqual({ id: '5.1.1.1', value: 3, where: { id: '评分表!A2', value: '评分表!D2' } });
    expect(r.facts).toMatchObject({
      organisation: '深圳某某科技有限公司',
      uscc: '91440300MA5G0X1X2K',
      date: '2024-05-01',
      auditor: '李四',
    });
    expect(r.facts.where?.organisation).toBe('封面!B1');
    expect(r.specialDeductions).toEqual([
      { clause: '4.2', description: '未公示服务承诺', rectified: true, where: '特别项!C2' },
    ]);
    expect(r.bonuses).toEqual([{ description: '行业领先的回访', where: '特别项!C3' }]);
    expect(r.issues).toEqual([]);
    const res = score(r.scheme, { responses: r.responses, specialDeductions: r.specialDeductions, bonuses: r.bonuses });
    expect(res.unscoredIds).toEqual(['5.1.2.1']);
    expect(res.score).toBe(100);
  });

  it('reports text in a score cell, a score above max, k > n, a duplicate id and an unknown id, each with its cell', () => {
    const g: Grid = [
      ['编号', '评价指标', '分值', '得分', '抽样数', '不符合数'],
      ['5.1.1.2', '网点', 3, '良好', '', ''],
      ['5.1.3.2', '内部保障', 3, 4, '', ''],
      ['5.2.4', '维修', 7, '', 5, 6],
      ['5.2.1', '商品信息', 5, 5, '', ''],
      ['5.2.1', '商品信息', 5, 4, '', ''],
      ['5.9.9', '外来指标', 2, 2, '', ''],
    ];
    const r = readAudit([sheet('评分表', g)], gbt27922_2011);
    expect(codes(r.issues.filter((i) => i.severity === 'error'))).toEqual([
      'duplicate-id@评分表!A6',
      'unknown-indicator@评分表!A7',
      'not-a-number@评分表!D2',
      'above-max@评分表!D3',
      'nonconforming-above-samples@评分表!F4',
    ]);
    expect(r.issues.find((i) => i.code === 'not-a-number')!.message).toContain('评分表!D2');
  });

  it("takes the sheet's 分值 over the scheme's, with a warning, and scores on them", () => {
    const g: Grid = [['编号', '评价指标', '标准分', '实际得分'], ...allItems((_, max) => max)];
    g[2]![2] = 5; // 5.1.1.2 (graded) worth 5 in this sheet, 3 in the scheme
    g[2]![3] = 4;
    const a = auditFromSheets([sheet('评分表', g)], gbt27922_2011);
    expect(a.schemeSource).toBe('sheet-points');
    expect(codes(a.issues)).toEqual(['max-differs@评分表!C3']);
    expect(a.issues[0]!.severity).toBe('warning');
    expect(a.scheme.itemById.get('5.1.1.2')!.max).toBe(5);
    expect(a.scheme.byId.get('5.1.1')!.max).toBe(8);
    expect(a.scheme.categories[0]!.max).toBe(42);
    expect(a.scheme.rules).toEqual(gbt27922_2011.rules);
    const res = score(a.scheme, a.input);
    expect(res.earned).toBe(101);
    expect(res.applicable).toBe(102);
    expect(res.score).toBe(99);
  });

  it('reads a 删减 column the right way round', () => {
    const g: Grid = [
      ['编号', '评价指标', '分值', '得分', '删减'],
      ['5.2.3', '配送', 6, '', '是'],
      ['5.2.4', '维修', 7, 7, '否'],
      ['5.2.5', '质量保证', 7, 7, ''],
    ];
    const r = readAudit([sheet('评分表', g)], gbt27922_2011);
    expect(r.responses.map((x) => x.applicable)).toEqual([false, true, undefined]);
  });

  it('warns about answers in hidden rows and still counts them', () => {
    const g: Grid = [
      ['编号', '评价指标', '分值', '得分'],
      ['5.2.1', 'a', 5, 5],
      ['5.2.2', 'b', 6, 3],
    ];
    const r = readAudit([sheet('评分表', g, { hiddenRows: [2] })], gbt27922_2011);
    expect(codes(r.issues)).toContain('hidden-row@评分表!A3');
    expect(r.responses).toHaveLength(2);
  });

  it('addresses cells relative to the sheet when the grid is a used range starting elsewhere', () => {
    const g: Grid = [
      ['编号', '评价指标', '分值', '得分'],
      ['5.2.1', 'a', 5, 'x'],
    ];
    const r = readAudit([sheet('评分表', g, { origin: { row: 2, col: 1 } })], gbt27922_2011);
    expect(r.responses[0]!.where).toEqual({ id: '评分表!B4', value: '评分表!E4' });
    expect(codes(r.issues)).toContain('not-a-number@评分表!E4');
  });

  it('reads facts from label cells above the header', () => {
    const g: Grid = [
      ['受审核方：某某电器有限公司', '', '评审员', '王五'],
      ['统一社会信用代码', '', '91350200MA2XXXXXX1'],
      ['编号', '评价指标', '分值', '得分'],
      ['5.2.1', 'a', 5, 5],
    ];
    const r = readAudit([sheet('Sheet1', g)], gbt27922_2011);
    expect(r.facts).toMatchObject({ organisation: '某某电器有限公司', auditor: '王五', uscc: '91350200MA2XXXXXX1' });
    expect(r.facts.where).toMatchObject({ organisation: 'Sheet1!A1', auditor: 'Sheet1!D1', uscc: 'Sheet1!C2' });
  });

  it('says clearly when no sheet has a scoring header', () => {
    const r = readAudit(
      [
        sheet('Sheet1', [
          ['名称', '金额'],
          ['a', 1],
        ]),
      ],
      gbt27922_2011,
    );
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.code).toBe('no-scoring-sheet');
    expect(r.issues[0]!.message).toContain('实际得分');
    expect(r.responses).toEqual([]);
  });
});

describe('readAudit on a foreign 评分表 (ids the scheme does not know)', () => {
  // 序号 + names only; the category is a merged cell (text in its top cell), with 小计 and 合计 rows.
  const foreign: Grid = [
    ['某认证机构 售后服务认证 现场评分表'],
    ['一级指标', '序号', '评价项目', '满分', '得分', '抽样数', '不符合数', '评审记录'],
    ['体系', 1, '机构与人员', 10, 8, '', '', ''],
    ['', 2, '制度', 10, '符合', '', '', ''],
    ['', '小计', '', 20, 18, '', '', ''],
    ['服务', 3, '维修', 20, '', 10, 1, '抽 10 份维修单'],
    ['', 4, '配送', 10, '', '', '', ''],
    ['', '小计', '', 30, 18, '', '', ''],
    ['合计', '', '', 50, 36, '', '', ''],
  ];

  it("builds a scheme from the sheet's rows and categories, never counting subtotals", () => {
    const a = auditFromSheets([sheet('现场评分', foreign)], gbt27922_2011);
    expect(a.schemeSource).toBe('sheet-rows');
    expect(a.scheme.categories.map((c) => [c.id, c.name.zh, c.max])).toEqual([
      ['1', '体系', 20],
      ['2', '服务', 30],
    ]);
    expect(a.scheme.items.map((i) => [i.id, i.name.zh, i.max, i.kind])).toEqual([
      ['1.1', '机构与人员', 10, 'graded'],
      ['1.2', '制度', 10, 'binary'],
      ['2.1', '维修', 20, 'sampled'],
      ['2.2', '配送', 10, 'graded'],
    ]);
    expect(a.scheme.rules).toEqual(gbt27922_2011.rules);
    expect(codes(a.issues)).toEqual(['sheet-rows-scheme@现场评分']);
    const res = score(a.scheme, a.input);
    // (8 + 10 + 18) / 40 = 90 with the scheme's rounding; 配送 still unscored.
    expect(res.earned).toBe(36);
    expect(res.applicable).toBe(40);
    expect(res.score).toBe(90);
    expect(res.level).toBe('4-star');
    expect(res.unscoredIds).toEqual(['2.2']);
  });

  it('takes categories from heading rows when there is no category column', () => {
    const g: Grid = [
      ['序号', '评价内容', '标准分', '得分'],
      ['一、服务体系', '', '', ''],
      [1, '组织', 5, 5],
      [2, '人员', 5, 4],
      ['二、顾客服务', '', '', ''],
      [3, '投诉', 10, 10],
      ['总分', '', 20, 19],
    ];
    const a = auditFromSheets([sheet('Sheet1', g)], gbt27922_2011);
    expect(a.scheme.categories.map((c) => c.name.zh)).toEqual(['一、服务体系', '二、顾客服务']);
    expect(score(a.scheme, a.input).score).toBe(95);
  });

  it('reads the same with the last layout passed in (options.layout), after edits that keep or change the header', () => {
    const g = foreign.map((r) => [...r]);
    const first = auditFromSheets([sheet('现场评分', g)], gbt27922_2011);
    g[3]![4] = 0; // 制度: an answer typed near the top
    g[6]![4] = 5;
    const reused = auditFromSheets([sheet('现场评分', g)], gbt27922_2011, { layout: first.layout });
    expect(reused).toEqual(auditFromSheets([sheet('现场评分', g)], gbt27922_2011));
    expect(score(reused.scheme, reused.input).earned).toBe(31);
    g[1]![4] = '删减'; // the header changed: 得分 is gone, so is the layout
    const changed = auditFromSheets([sheet('现场评分', g)], gbt27922_2011, { layout: reused.layout });
    expect(changed).toEqual(auditFromSheets([sheet('现场评分', g)], gbt27922_2011));
    expect(changed.layout.ok && changed.layout.columns.applicable?.header).toBe('删减');
  });

  it('reports a row without points and does not score it', () => {
    const g: Grid = [
      ['序号', '评价项目', '满分', '得分'],
      [1, '组织', 5, 5],
      [2, '人员', '待定', 4],
    ];
    const a = auditFromSheets([sheet('Sheet1', g)], gbt27922_2011);
    expect(codes(a.issues)).toContain('max-missing@Sheet1!C3');
    expect(a.input.responses).toHaveLength(1);
  });
});

describe("readAudit on certification bodies' own sheets (issue 9)", () => {
  const leaves = gbt27922_2011.items;

  it('style 1: 2 of 4 on an item the scheme only proposes as yes/no is points, never an error', () => {
    const g: Grid = [['编号', '评价指标', '分值', '得分'], ...allItems((_, max) => max)];
    const row = 1 + leaves.findIndex((i) => i.id === '5.2.6'); // yes/no in the scheme, worth 4
    g[row]![3] = 2;
    const r = readAudit([sheet('Sheet1', g)], gbt27922_2011);
    expect(r.issues).toEqual([]);
    expect(r.schemeSource).toBe('sheet-points');
    expect(r.scheme.itemById.get('5.2.6')!.kind).toBe('graded');
    const res = score(r.scheme, r);
    expect(res.items.find((i) => i.id === '5.2.6')!.earned).toBe(2);
    expect(res.score).toBe(98);
  });

  it('our own template (评分方式 and 计算得分 columns) keeps its rules: 2 on a yes/no item is still an error there', () => {
    const g: Grid = [
      ['编号', '评价指标', '评分方式', '分值', '得分', '计算得分'],
      ['5.2.6', '废弃商品回收', '符合性', 4, 2, ''],
      ['5.2.5', '质量保证', '评分', 7, '/', ''],
    ];
    const r = readAudit([sheet('评分表', g)], gbt27922_2011);
    expect(codes(r.issues.filter((i) => i.severity === 'error')).sort()).toEqual([
      'binary-value@评分表!E2',
      'not-a-number@评分表!E3',
    ]);
    expect(r.exclusions).toEqual([]);
  });

  it("a foreign sheet's 评分方式 column names an item's kind, over the scheme's proposal", () => {
    const g: Grid = [
      ['编号', '评价指标', '评分方式', '分值', '得分'],
      ['5.2.6', '废弃商品回收', '评分', 4, 2],
      ['5.2.5', '质量保证', '符合性', 7, '符合'],
    ];
    const a = auditFromSheets([sheet('Sheet1', g)], gbt27922_2011);
    expect(a.scheme.itemById.get('5.2.6')!.kind).toBe('graded');
    expect(a.scheme.itemById.get('5.2.5')!.kind).toBe('binary');
    expect(score(a.scheme, a.input).earned).toBe(9);
  });

  it('style 2: earned = 分值 − 扣分; with 得分 beside it 得分 counts and a disagreement is a warning at the 扣分 cell', () => {
    const g: Grid = [
      ['编号', '评价指标', '分值', '扣分', '得分', '扣分原因'],
      ['5.2.1', '商品信息', 5, 1, '', '说明书缺页'],
      ['5.2.2', '技术支持', 6, 1, 4, ''],
      ['5.2.3', '配送', 6, 7, '', ''],
      ['5.2.5', '质量保证', 7, '', 6, ''],
      ['5.2.6', '废弃商品回收', 4, -1.5, '', ''],
    ];
    const a = auditFromSheets([sheet('Sheet1', g)], gbt27922_2011);
    expect(a.input.responses.map((x) => [x.id, x.value, x.where?.value])).toEqual([
      ['5.2.1', 4, 'Sheet1!D2'],
      ['5.2.2', 4, 'Sheet1!E3'],
      ['5.2.3', -1, 'Sheet1!D4'],
      ['5.2.5', 6, 'Sheet1!E5'],
      ['5.2.6', 2.5, 'Sheet1!D6'], // "-1.5" in a 扣分 column: 1.5 lost
    ]);
    expect(a.input.responses[0]!.note).toBe('说明书缺页');
    expect(codes(a.issues)).toEqual([
      'deduction-disagrees@Sheet1!D3',
      'deduction-out-of-range@Sheet1!D4',
      'item-not-in-sheet@Sheet1',
    ]);
    expect(a.issues[0]!.message).toContain('Sheet1!E3');
    const r = readAudit([sheet('Sheet1', g)], gbt27922_2011);
    // The reader's own words for the bad 扣分, not also "−1 is negative" at the same cell.
    expect(codes(r.issues).filter((c) => c.endsWith('!D4'))).toEqual(['deduction-out-of-range@Sheet1!D4']);
    expect(score(r.scheme, r).score).toBeNull();
  });

  it('style 3: an exclusion mark in the score or deduction cell takes the item out of both sums and is listed with its cell', () => {
    const g: Grid = [
      ['编号', '评价指标', '分值', '得分', '扣分'],
      ['5.2.1', '商品信息', 5, '／', ''],
      ['5.2.2', '技术支持', 6, '', '无此项'],
      ['5.2.3', '配送', 6, 6, ''],
      ['5.2.4', '维修', 7, 'N/A', ''],
    ];
    const r = readAudit([sheet('Sheet1', g)], gbt27922_2011);
    expect(r.exclusions).toEqual([
      { id: '5.2.1', where: 'Sheet1!D2', text: '／' },
      { id: '5.2.2', where: 'Sheet1!E3', text: '无此项' },
      { id: '5.2.4', where: 'Sheet1!D5', text: 'N/A' },
    ]);
    const res = score(r.scheme, r);
    expect(res.items.filter((i) => !i.applicable).map((i) => i.id)).toEqual(['5.2.1', '5.2.2', '5.2.4']);
    expect(res.applicable).toBe(6);
    expect(res.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('an exclusion mark in the 分值 cell of a row with nothing scored takes it out too, on a sheet of its own rows', () => {
    const g: Grid = [
      ['序号', '评价项目', '分值', '得分'],
      [1, '组织', 5, 4],
      [2, '延保服务', '/', ''],
    ];
    const a = auditFromSheets([sheet('Sheet1', g)], gbt27922_2011);
    expect(codes(a.issues)).toEqual(['sheet-rows-scheme@Sheet1']);
    expect(a.exclusions).toEqual([{ id: '1.2', where: 'Sheet1!C3', text: '/' }]);
    const res = score(a.scheme, a.input);
    expect([res.earned, res.applicable, res.score]).toEqual([4, 5, 80]);
  });

  it('style 4: id and name in one cell, points in the name when there is no 分值 column', () => {
    const g: Grid = [
      ['评价指标', '得分'],
      ['5.2.1 商品信息（5分）', 4],
      ['5.2.2、技术支持 (6 分)', 6],
      ['5.2.3 配送（含安装）（6分）', '5分'],
    ];
    const a = auditFromSheets([sheet('Sheet1', g)], gbt27922_2011);
    expect(a.input.responses.map((x) => [x.id, x.where?.id])).toEqual([
      ['5.2.1', 'Sheet1!A2'],
      ['5.2.2', 'Sheet1!A3'],
      ['5.2.3', 'Sheet1!A4'],
    ]);
    // "5分" in a score cell is 5 points, as in a 分值 cell.
    expect(score(a.scheme, a.input).earned).toBe(15);
  });

  it("style 5: the sheet's own 5.1.1 … numbering stays, categories from the id prefixes with the scheme's names", () => {
    const g: Grid = [
      ['编号', '指标', '分值', '得分'],
      ...gbt27922_2011.indicators.map((n) => [n.id, n.name.zh, n.max, n.id === '5.1.6' ? 2 : n.max] as Grid[number]),
    ];
    const a = auditFromSheets([sheet('审核评分', g)], gbt27922_2011);
    expect(a.schemeSource).toBe('sheet-rows');
    expect(a.scheme.categories.map((c) => [c.id, c.name.zh, c.max])).toEqual([
      ['5.1', '售后服务体系', 40],
      ['5.2', '商品服务', 35],
      ['5.3', '顾客服务', 25],
    ]);
    expect(a.scheme.items.map((i) => i.id)).toEqual(gbt27922_2011.indicators.map((n) => n.id));
    const res = score(a.scheme, a.input);
    expect(res.items.filter((i) => i.lost > 0).map((i) => i.id)).toEqual(['5.1.6']);
    expect(res.score).toBe(98);
  });

  it('own ids that match no scheme category group under the category column, else under one group named after the sheet', () => {
    const withColumn: Grid = [
      ['类别', '编号', '项目', '分值', '得分'],
      ['增值服务', '6.1.1', '会员服务', 5, 5],
      ['', '6.1.2', '延保', 5, 4],
    ];
    const a = auditFromSheets([sheet('附加评分', withColumn)], gbt27922_2011);
    expect(a.scheme.categories.map((c) => [c.id, c.name.zh])).toEqual([['6.1', '增值服务']]);
    expect(a.scheme.items.map((i) => i.id)).toEqual(['6.1.1', '6.1.2']);
    const bare: Grid = withColumn.map((r) => r.slice(1));
    const b = auditFromSheets([sheet('附加评分', bare)], gbt27922_2011);
    expect(b.scheme.categories.map((c) => [c.id, c.name.zh])).toEqual([['6.1', '附加评分']]);
    // 1.1 … 2.1 with no heading and no common prefix: still their own ids, one category per leading number.
    const own: Grid = [
      ['编号', '项目', '分值', '得分'],
      ['1.1', '组织', 5, 5],
      ['1.2', '人员', 5, 4],
      ['2.1', '投诉', 10, 9],
    ];
    const c = auditFromSheets([sheet('评分', own)], gbt27922_2011);
    expect(c.scheme.items.map((i) => i.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(c.scheme.categories.map((x) => [x.id, x.name.zh, x.max])).toEqual([
      ['1', '评分 1', 10],
      ['2', '评分 2', 10],
    ]);
  });
});
