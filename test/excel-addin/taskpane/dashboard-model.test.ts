import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditState, gbt27922_2011, type Scheme, type SheetGrid } from '../../../core/index';
import { compute } from '../../../excel-addin/src/excel/compute';
import { dashboardModel } from '../../../excel-addin/src/taskpane/dashboard-model';
import { foreignWorkbook, fullMarks } from '../workbooks';

function grids(wb: ExcelJS.Workbook): SheetGrid[] {
  return wb.worksheets.map((ws) => {
    const grid: SheetGrid['grid'] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const r: (string | number | boolean)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value;
        r.push(typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : '');
      }
      grid[n - 1] = r;
    });
    return { name: ws.name, grid: Array.from(grid, (r) => r ?? []), origin: { row: 0, col: 0 } };
  });
}

describe('dashboard model', () => {
  it('takes the category warning mark from the scheme’s compliant pass mark, not a constant', () => {
    const first = compute(grids(foreignWorkbook(fullMarks())), gbt27922_2011, 'zh-CN');
    const m = dashboardModel(first, 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect(m.passMark).toBe(gbt27922_2011.rules.levels[0]!.min);
    const stricter: Scheme = {
      ...gbt27922_2011,
      rules: {
        ...gbt27922_2011.rules,
        levels: gbt27922_2011.rules.levels.map((l, i) => (i === 0 ? { ...l, min: l.min + 5 } : l)),
      },
    };
    const m2 = dashboardModel(compute(grids(foreignWorkbook(fullMarks())), stricter, 'zh-CN'), 'zh-CN');
    expect(m2.kind === 'dashboard' && m2.passMark).toBe(gbt27922_2011.rules.levels[0]!.min + 5);
  });

  it('counts scored / applicable once: the pane and core’s audit state agree', () => {
    const answers = fullMarks();
    const ids = gbt27922_2011.items.map((i) => i.id);
    delete answers[ids[0]!];
    answers[ids[1]!] = 'abc'; // invalid: neither scored nor counted by core's `unscored`
    const c = compute(grids(foreignWorkbook(answers)), gbt27922_2011, 'zh-CN');
    const m = dashboardModel(c, 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect(m.progress).toEqual({ scored: ids.length - 2, total: ids.length });
    const counts = auditState(c.result!, 'zh-CN').counts;
    expect([counts.scored, counts.applicable, counts.invalid]).toEqual([m.progress.scored, m.progress.total, 1]);
  });

  it('lists the missing headers with the names core accepts, and the rows searched', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['客户', '电话', '地址']);
    for (const lang of ['zh-CN', 'en'] as const) {
      const m = dashboardModel(compute(grids(wb), gbt27922_2011, lang), lang);
      if (m.kind !== 'unreadable') throw new Error('expected unreadable');
      expect(m.missing.length).toBeGreaterThan(0);
      expect(m.searchedRows).not.toBe('');
      const id = m.missing.find((f) => f.field === 'id');
      expect(id?.name).toBe(lang === 'zh-CN' ? '编号' : 'ID');
      expect(id?.accepted).toContain('编号');
    }
  });

  it('a blank workbook is not started, not an error: no problem, no red state', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const m = dashboardModel(compute(grids(foreignWorkbook()), gbt27922_2011, lang), lang);
      if (m.kind !== 'dashboard') throw new Error('not a dashboard');
      expect(m.state.id).toBe('not-started');
      expect(m.state.label).toBe(lang === 'zh-CN' ? '未开始' : 'Not started');
      expect(m.problems).toEqual([]);
      expect(m.score).toBeNull();
    }
  });

  it('a cell holding "好" is invalid: counted as invalid, subtotals not computed, the problem names indicator and cell', () => {
    const answers = fullMarks();
    answers['5.1.1.2'] = '好';
    const m = dashboardModel(compute(grids(foreignWorkbook(answers)), gbt27922_2011, 'zh-CN'), 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect(m.state.id).toBe('invalid');
    expect(m.items.find((i) => i.id === '5.1.1.2')?.statusId).toBe('invalid');
    expect(m.categories.every((c) => !c.computed)).toBe(true);
    // One problem (the bad cell); the "inputs are invalid" state line is not a second problem.
    expect(m.problems).toHaveLength(1);
    const item = gbt27922_2011.items.find((i) => i.id === '5.1.1.2')!;
    expect(m.problems[0]!.indicator).toEqual({ id: '5.1.1.2', name: item.name.zh });
    expect(m.problems[0]!.cell).toBe(`评分表!D${4 + gbt27922_2011.items.indexOf(item)}`);
  });

  it('some items scored is in progress (provisional), all scored is complete', () => {
    const answers = fullMarks();
    delete answers['5.1.1.2'];
    const partial = dashboardModel(compute(grids(foreignWorkbook(answers)), gbt27922_2011, 'en'), 'en');
    const full = dashboardModel(compute(grids(foreignWorkbook(fullMarks())), gbt27922_2011, 'en'), 'en');
    if (partial.kind !== 'dashboard' || full.kind !== 'dashboard') throw new Error('not a dashboard');
    expect(partial.state.id).toBe('in-progress');
    expect(partial.state.summary).toMatch(/provisional/);
    expect(partial.problems).toEqual([]);
    expect(full.state.id).toBe('complete');
    expect(full.categories.every((c) => c.computed)).toBe(true);
  });
});

describe('dashboard model: notes', () => {
  it('shows a body’s finer scoring step as a note, apart from the problems', () => {
    const answers = fullMarks();
    answers['5.1.1.2'] = 2.3;
    const m = dashboardModel(compute(grids(foreignWorkbook(answers)), gbt27922_2011, 'zh-CN'), 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect(m.notes.map((n) => [n.severity, n.cell, n.indicator?.id])).toEqual([['note', '评分表!D5', '5.1.1.2']]);
    expect(m.problems.filter((p) => p.message.includes('2.3'))).toEqual([]);
    expect(m.provisional).toBe(false);
  });
});
