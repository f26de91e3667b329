import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, type Scheme, type SheetGrid } from '../../../core/index';
import { compute } from '../../../excel-addin/src/excel/compute';
import { resultBlock } from '../../../excel-addin/src/excel/result-block';
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

  it('counts scored / applicable once: the pane and the 结果 sheet agree', () => {
    const answers = fullMarks();
    const ids = gbt27922_2011.items.map((i) => i.id);
    delete answers[ids[0]!];
    answers[ids[1]!] = 'abc'; // invalid: neither scored nor counted by core's `unscored`
    const c = compute(grids(foreignWorkbook(answers)), gbt27922_2011, 'zh-CN');
    const m = dashboardModel(c, 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect(m.progress).toEqual({ scored: ids.length - 2, total: ids.length });
    const row = resultBlock(c.result!, 'zh-CN').values[5]!;
    expect(row.slice(1, 3)).toEqual([m.progress.scored, m.progress.total]);
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
});
