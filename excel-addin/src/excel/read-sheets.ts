import type { SheetGrid } from '../../../core/index';
import { syncWithin } from './sync-timeout';

/** Where one sheet's values are read from: its used range (values only), capped. */
export interface SheetWindow {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rows: number;
  cols: number;
  /** Rows/cols the used range really has; larger than rows/cols when the read was capped. */
  usedRows: number;
  usedCols: number;
}

export interface ReadLimits {
  /** Rows read per sheet at most (a stray value on row 1,048,576 must not make us load a million rows). */
  maxRows: number;
  maxCols: number;
}
export const DEFAULT_LIMITS: ReadLimits = { maxRows: 5000, maxCols: 64 };

export const capped = (w: SheetWindow) => w.rows < w.usedRows || w.cols < w.usedCols;

/**
 * Round trip 1 of a fresh read: sheet names and the size of each used range, nothing else.
 * `skip` sheets (our own 结果 sheet) are sized too, so we know how much of it to clear.
 */
export async function sizeSheets(
  context: Excel.RequestContext,
  timeoutMs: number,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<SheetWindow[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await syncWithin(context, timeoutMs);
  const used = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return { name: ws.name, r };
  });
  await syncWithin(context, timeoutMs);
  return used.map(({ name, r }) => windowOf(name, r, limits));
}

export function windowOf(name: string, r: Excel.Range, limits: ReadLimits): SheetWindow {
  if (r.isNullObject) return { name, rowIndex: 0, columnIndex: 0, rows: 0, cols: 0, usedRows: 0, usedCols: 0 };
  return {
    name,
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    rows: Math.min(r.rowCount, limits.maxRows),
    cols: Math.min(r.columnCount, limits.maxCols),
    usedRows: r.rowCount,
    usedCols: r.columnCount,
  };
}

/** Queue the values of each sized window (no sync here: the caller batches them with other loads). */
export function queueValues(context: Excel.RequestContext, windows: readonly SheetWindow[]): () => SheetGrid[] {
  const ranges = windows.map((w) => {
    if (!w.rows || !w.cols) return { w, r: null };
    const r = context.workbook.worksheets.getItem(w.name).getRangeByIndexes(w.rowIndex, w.columnIndex, w.rows, w.cols);
    r.load('values');
    return { w, r };
  });
  return () =>
    ranges.map(({ w, r }) => ({
      name: w.name,
      grid: r ? (r.values as SheetGrid['grid']) : [],
      origin: { row: w.rowIndex, col: w.columnIndex },
    }));
}

/** Queue a size check of known windows, read in the same batch as their values (steady state). */
export function queueSizeCheck(
  context: Excel.RequestContext,
  windows: readonly SheetWindow[],
  limits: ReadLimits,
): () => boolean {
  const checks = windows.map((w) => {
    const r = context.workbook.worksheets.getItem(w.name).getUsedRangeOrNullObject(true);
    r.load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return { w, r };
  });
  return () =>
    checks.every(({ w, r }) => {
      const now = windowOf(w.name, r, limits);
      return (
        now.rowIndex === w.rowIndex &&
        now.columnIndex === w.columnIndex &&
        now.usedRows === w.usedRows &&
        now.usedCols === w.usedCols
      );
    });
}

/**
 * Queue each sheet's protection (ExcelApi 1.2). On a protected sheet that does not allow formatting cells and
 * editing objects (our template protects its sheets), the fill and note would be refused: such sheets get no
 * cell flags; their problems still show in the pane (and the template flags them itself with conditional formats).
 */
export function queueProtection(context: Excel.RequestContext, names: readonly string[]): () => Set<string> {
  const ps = names.map((name) => {
    const p = context.workbook.worksheets.getItem(name).protection;
    p.load(['protected', 'options/allowFormatCells', 'options/allowEditObjects']);
    return { name, p };
  });
  return () =>
    new Set(
      ps
        .filter(({ p }) => p.protected && !(p.options.allowFormatCells && p.options.allowEditObjects))
        .map((x) => x.name),
    );
}
