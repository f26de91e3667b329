/*
 * A formula saved without its result (a sheet written by a script) is an error at its cell, not a
 * blank: the score is null instead of a provisional figure built on cells nobody has computed.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { gridsFromExcelJs, readAudit } from '../../../core/workbook/index';
import {
  CACHED_FORMULA_ITEM,
  PENDING_NONCONFORMING_CELL,
  PENDING_SCORE_CELL,
  formulaWithoutResultWorkbook,
} from '../../support/formula-without-result';

async function grids() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await formulaWithoutResultWorkbook()) as never);
  return gridsFromExcelJs(wb);
}

describe('a formula without a saved result', () => {
  it('is listed by the exceljs grid reader with its cell and formula; the grid holds null there', async () => {
    const [g] = await grids();
    // D3 = row 2, col 3; F4 = row 3, col 5 (0-based).
    expect(g!.formulasWithoutResult).toEqual([
      { row: 2, col: 3, formula: '1+1' },
      { row: 3, col: 5, formula: '0*1' },
    ]);
    expect(g!.grid[2]![3] ?? null).toBeNull();
  });

  it('is an error at its cell in zh-CN and en, and the score is null (not a provisional 五星)', async () => {
    const sheets = await grids();
    for (const lang of ['zh-CN', 'en'] as const) {
      const read = readAudit(sheets, gbt27922_2011, { lang });
      const pending = read.issues.filter((i) => i.code === 'formula-without-result');
      expect(pending.map((i) => [i.severity, i.where])).toEqual([
        ['error', PENDING_SCORE_CELL],
        ['error', PENDING_NONCONFORMING_CELL],
      ]);
      expect(pending[0]!.message).toContain(lang === 'zh-CN' ? '公式没有已保存的计算结果' : 'has no saved result');
      expect(pending[0]!.message).toContain('=1+1');
      const res = score(read.scheme, read, { lang });
      expect(res.score).toBeNull();
      expect(res.level).toBeNull();
      expect(res.items.find((i) => i.id === '5.1.1.2')!.status).toBe('invalid');
      expect(res.items.find((i) => i.id === '5.1.2.1')!.status).toBe('invalid');
      // The formula saved with its result 2 counts as 2 of 3.
      expect(res.items.find((i) => i.id === CACHED_FORMULA_ITEM)!.earned).toBe(2);
    }
  });

  it('the same sheet computed (results saved) scores as usual', async () => {
    const sheets = await grids();
    const computed = sheets.map(({ formulasWithoutResult: _, ...s }) => ({
      ...s,
      grid: s.grid.map((row, r) =>
        r === 2 ? Object.assign([...row], { 3: 2 }) : r === 3 ? Object.assign([...row], { 5: 0 }) : row,
      ),
    }));
    const read = readAudit(computed, gbt27922_2011);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // 100 − 1 (5.1.1.2: 2 of 3) − 1 (5.1.3.2: 2 of 3) = 98.
    expect(score(read.scheme, read).score).toBe(98);
  });
});
