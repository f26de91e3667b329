import type ExcelJS from 'exceljs';
import type { Cell, SheetGrid } from './types';

/** An exceljs cell value as Office.js Range.values would give it: formulas → cached result, rich text → plain text. */
export function plainValue(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((p) => p.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      return r === undefined ? null : plainValue(r as ExcelJS.CellValue);
    }
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
    if ('text' in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof t === 'string' ? t : plainValue(t as ExcelJS.CellValue);
    }
  }
  return String(v);
}

/**
 * exceljs's `cell.value` drops a formula's cached result when it is falsy (0, false, ''), so a formula
 * cell is read through `cell.result`, which keeps it.
 */
export function cellValue(cell: ExcelJS.Cell): Cell {
  if (cell.type === 6 /* ValueType.Formula */) {
    const r = (cell as unknown as { result: ExcelJS.CellValue | undefined }).result;
    return r === undefined ? null : plainValue(r);
  }
  return plainValue(cell.value);
}

/** The formula text of a formula cell saved without a result (`<f>` and no `<v>`), else undefined. */
export function formulaWithoutResultOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== 6 /* ValueType.Formula */) return undefined;
  if ((cell as unknown as { result: unknown }).result !== undefined) return undefined;
  const v = cell.value as { formula?: string; sharedFormula?: string } | null;
  return (v && (v.formula ?? v.sharedFormula)) ?? '';
}

/**
 * Every worksheet as a plain grid (row 1 = grid[0]), with merges and hidden rows. A merged range
 * keeps its value in the top-left cell only, as Office.js reports it. Formula cells without a saved
 * result are null in the grid and listed in `formulasWithoutResult`.
 */
export function gridsFromExcelJs(workbook: ExcelJS.Workbook, options: { maxRows?: number } = {}): SheetGrid[] {
  const out: SheetGrid[] = [];
  workbook.eachSheet((ws) => {
    const rows = Math.min(ws.rowCount, options.maxRows ?? Infinity);
    const cols = ws.columnCount;
    const grid: Cell[][] = [];
    const hiddenRows: number[] = [];
    const formulasWithoutResult: NonNullable<SheetGrid['formulasWithoutResult']> = [];
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      if (row.hidden) hiddenRows.push(r - 1);
      const line: Cell[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && cell.master !== cell) {
          line.push(null);
          continue;
        }
        const pending = formulaWithoutResultOf(cell);
        if (pending !== undefined) formulasWithoutResult.push({ row: r - 1, col: c - 1, formula: pending });
        line.push(cellValue(cell));
      }
      while (line.length && line[line.length - 1] === null) line.pop();
      grid.push(line);
    }
    while (grid.length && grid[grid.length - 1]!.length === 0) grid.pop();
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
    out.push({
      name: ws.name,
      grid,
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(merges.length ? { merges } : {}),
      ...(formulasWithoutResult.length ? { formulasWithoutResult } : {}),
    });
  });
  return out;
}
