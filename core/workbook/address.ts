/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (row, col) → A1 address: addressOf(6, 9) → "J7". */
export function addressOf(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "J7" → {row: 6, col: 9} (0-based); null when it is not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B5:C12" → 0-based corners; a single cell is a 1×1 range. */
export function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a = '', b = a] = a1.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** Excel quotes sheet names that are not plain identifiers: 'My Sheet'!A1. Chinese names need no quotes. */
export function sheetRef(sheet: string, a1: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `${sheet}!${a1}` : `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
