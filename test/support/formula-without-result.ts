/*
 * A certification body's sheet written by a script (exceljs), never opened in a spreadsheet: its score
 * cells hold formulas that have no saved result (<f> and no <v>). Every item of GB/T 27922-2011 gets
 * its full points as a number, except:
 *   5.1.1.2 (graded, 3): =1+1 with no result, at 评分表!D3 — the user's own formula;
 *   5.1.3.2 (graded, 3): =1+1 saved WITH its result 2, at 评分表!D7 — a cached value still counts;
 *   5.1.2.1 (sampled, 3): 抽样数 8 and 不符合数 =0*1 with no result, at 评分表!F4.
 * Read as blanks (the old reading), 5.1.1.2 and 5.1.2.1 would be unscored and the rest full but for
 * 5.1.3.2's lost point: a provisional 五星. Read as they must be, two errors, score null.
 */
import ExcelJS from 'exceljs';
import { gbt27922_2011 } from '../../core/index';

export const PENDING_SCORE_CELL = '评分表!D3';
export const PENDING_NONCONFORMING_CELL = '评分表!F4';
export const CACHED_FORMULA_ITEM = '5.1.3.2';

export async function formulaWithoutResultWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分表');
  ws.addRow(['编号', '指标', '分值', '得分', '抽样数', '不符合数']);
  for (const it of gbt27922_2011.items) {
    const row = ws.addRow([it.id, it.name.zh, it.max, it.kind === 'sampled' ? null : it.max, null, null]);
    if (it.id === '5.1.1.2') row.getCell(4).value = { formula: '1+1' } as ExcelJS.CellFormulaValue;
    if (it.id === CACHED_FORMULA_ITEM) row.getCell(4).value = { formula: '1+1', result: 2 };
    if (it.kind === 'sampled') {
      row.getCell(5).value = 8;
      row.getCell(6).value = it.id === '5.1.2.1' ? ({ formula: '0*1' } as ExcelJS.CellFormulaValue) : 0;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
