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
  // A character scan, not a regex: the CLI's sheet reader calls this once per cell.
  const ref = a1.length && (a1.charCodeAt(0) <= 32 || a1.charCodeAt(a1.length - 1) <= 32) ? a1.trim() : a1;
  let i = ref.charCodeAt(0) === 0x24 /* $ */ ? 1 : 0;
  let col = 0;
  const colStart = i;
  for (let c = ref.charCodeAt(i); (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a); c = ref.charCodeAt(++i))
    col = col * 26 + ((c & 0xdf) - 64);
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const rowStart = i;
  for (let c = ref.charCodeAt(i); c >= 0x30 && c <= 0x39; c = ref.charCodeAt(++i)) row = row * 10 + (c - 48);
  if (i === rowStart || i !== ref.length) return null;
  return { row: row - 1, col: col - 1 };
}

/** "B5:C12" → 0-based corners; a single cell is a 1×1 range. */
export function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a = '', b = a] = a1.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

// A sheet name that is a plain identifier (letters, digits, _ and .; not starting with a digit or .).
const PLAIN_COMMON = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/;
const PLAIN_ANY = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const plainName = new Map<string, boolean>();

/** Excel quotes sheet names that are not plain identifiers: 'My Sheet'!A1. Chinese names need no quotes. */
export function sheetRef(sheet: string, a1: string): string {
  let plain = plainName.get(sheet);
  if (plain === undefined) {
    // ASCII and CJK names (nearly all) are decided without the Unicode-property pattern, whose first use costs
    // ~3 ms of a CLI start (measured); both patterns agree on those names.
    plain = PLAIN_COMMON.test(sheet) || PLAIN_ANY.test(sheet);
    if (plainName.size < 1000) plainName.set(sheet, plain);
  }
  return plain ? `${sheet}!${a1}` : `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
