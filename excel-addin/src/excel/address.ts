import { parseAddress, sheetRef } from '../../../core/index';

/** `'My sheet'!B7` / `评分表!B7` → sheet + 0-based cell; null when `where` is not a sheet-qualified single cell. */
export function splitCellRef(where: string): { sheet: string; row: number; col: number; a1: string } | null {
  const bang = where.lastIndexOf('!');
  if (bang < 1) return null;
  let sheet = where.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const a1 = where.slice(bang + 1).replace(/\$/g, '');
  const p = parseAddress(a1);
  return p ? { sheet, ...p, a1 } : null;
}

/** Canonical `Sheet!A1` key so the same cell written two ways is one flag. */
export function cellKey(where: string): string | null {
  const c = splitCellRef(where);
  return c ? sheetRef(c.sheet, c.a1.toUpperCase()) : null;
}
