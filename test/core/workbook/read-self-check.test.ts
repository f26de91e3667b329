import { describe, expect, it } from 'vitest';
import { checkEligibility, readSelfCheck, type SheetGrid } from '../../../core/index';
import { t } from '../../../core/i18n/index';

// A 自查 sheet as Office.js gives it: used range starting at B3, dates as serial numbers, a row inserted by the user.
const grid: SheetGrid['grid'] = [
  ['核对日期', 45838, null, null, null, null, null, null, null, 'asOf'], // 45838 = 2025-06-30
  ['体系运行至少（个月）', 6, null, null, null, null, null, null, null, 'systemMinMonths'],
  ['售后服务管理师至少占管理人员（%）', '十', null, null, null, null, null, null, null, 'managerRatioPercent'],
  ['结论', '暂不能申请', null, null, null, null, null, null, null, 'verdict'],
  ['问题', '回答', '结果', null, null, null, null, null, null, '键'],
  ['统一社会信用代码', '91350100M000100Y43', '已满足', null, null, null, null, null, null, 'uscc'],
  ['我们自己加的一行备注', '随便写', null, null, null, null, null, null, null, null],
  ['营业执照成立日期', 45809, '未满足', null, null, null, null, null, null, 'licenceDate'], // 2025-06-01
  ['体系开始运行', new Date(Date.UTC(2024, 0, 15)), '已满足', null, null, null, null, null, null, 'systemStartDate'],
  ['售后部门', '是', '已满足', null, null, null, null, null, null, 'E5'],
  ['管理师', 2, null, null, null, null, null, null, null, 'certifiedManagers'],
  ['管理人员', '', null, null, null, null, null, null, null, 'serviceManagementStaff'],
];
const sheets: SheetGrid[] = [
  { name: '封面', grid: [['x']] },
  { name: '自查', grid, origin: { row: 2, col: 1 } },
];

describe('readSelfCheck: a cell of spaces is no answer', () => {
  it('an answer of half-width, full-width or no-break spaces is unanswered, and the sheet not filled', () => {
    // The sheet's own formulas count such a cell as blank (TRIM after SUBSTITUTE of the full-width space).
    const spaces: SheetGrid['grid'] = [
      ['问题', '回答', '结果', null, null, null, null, null, null, '键'],
      ['售后部门', '  ', null, null, null, null, null, null, null, 'E5'],
      ['管理师', '\u3000', null, null, null, null, null, null, null, 'certifiedManagers'],
      ['管理人员', '\u00a0', null, null, null, null, null, null, null, 'serviceManagementStaff'],
    ];
    const read = readSelfCheck([{ name: '自查', grid: spaces }]);
    if (!read.found) throw new Error('not found');
    expect(read.answers).toEqual({});
    expect(read.filled).toBe(false);
  });
});

describe('readSelfCheck: answers from a filled 自查 sheet', () => {
  const r = readSelfCheck(sheets);
  if (!r.found) throw new Error('not found');

  it('finds answers by their key, wherever the rows are', () => {
    expect(r.answers).toMatchObject({
      uscc: '91350100M000100Y43',
      licenceDate: '2025-06-01',
      systemStartDate: '2024-01-15',
      E5: '是',
      certifiedManagers: 2,
    });
    expect(r.answers).not.toHaveProperty('serviceManagementStaff');
    expect(r.filled).toBe(true);
  });

  it('reads the check date and settings, and says where a bad setting is', () => {
    expect(r.asOf).toBe('2025-06-30');
    expect(r.settings).toEqual({ systemMinMonths: 6 });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toBe('自查!C5：“十”不是有效的设置值，已改用默认值 10。');
  });

  it('points at the cells (origin honoured) so messages name them', () => {
    expect(r.where.licenceDate).toBe('自查!C10');
    const res = checkEligibility({ ...r.answers, E12: '也许' }, r.settings, {
      asOf: r.asOf!,
      where: { ...r.where, E12: '自查!C30' },
    });
    expect(res.conditions.find((c) => c.id === 'E2')!.status).toBe('unmet');
    expect(res.conditions.find((c) => c.id === 'E12')!.reason).toContain('自查!C30');
  });

  it('returns the verdict and results the formulas last computed', () => {
    expect(r.formulaVerdict).toBe('not-yet');
    expect(r.formulaStatuses).toMatchObject({ E1: 'met', E2: 'unmet', E3: 'met', E5: 'met' });
  });

  it('reads the verdict words of both languages, and the progress words shown before all is answered as no verdict', () => {
    const verdictOf = (cell: string) => {
      const g = grid.map((row) => (row[9] === 'verdict' ? row.map((v, i) => (i === 1 ? cell : v)) : row));
      const read = readSelfCheck([{ name: '自查', grid: g }]);
      return read.found ? read.formulaVerdict : 'sheet not found';
    };
    expect(verdictOf('可以申请')).toBe('ready');
    expect(verdictOf('Not sure yet')).toBe('not-sure');
    expect(verdictOf('暂不能申请')).toBe('not-yet');
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(verdictOf(t(lang, 'eligibility.progress.none', { total: 16 }))).toBeNull();
      expect(verdictOf(t(lang, 'eligibility.progress.open', { answered: 4, total: 16, count: 12 }))).toBeNull();
      // Starts with the words of "not yet", yet it is provisional: 13 conditions are still open.
      expect(verdictOf(t(lang, 'eligibility.progress.not-yet-open', { answered: 3, total: 16, count: 1 }))).toBeNull();
    }
  });

  it('says so when the workbook has no 自查 sheet', () => {
    const none = readSelfCheck([{ name: '评分表', grid: [] }]);
    expect(none.found).toBe(false);
    expect(none.issues[0]!.message).toContain('没有“自查”工作表');
  });
});
