/*
 * Reading raw cell/JSON values. Cells give numbers, numeric text (sometimes full-width), booleans,
 * or words; these helpers say what a value means and never turn garbage into 0.
 */

export type Parsed<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'bad' };

const EMPTY: Parsed<never> = { kind: 'empty' };
const BAD: Parsed<never> = { kind: 'bad' };

export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Full-width digits and punctuation (０-９ ． －) to ASCII, so "２.５" reads as 2.5. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function readNumber(v: unknown): Parsed<number> {
  if (isBlank(v)) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'ok', value: v } : BAD;
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return BAD;
    return { kind: 'ok', value: Number(s) };
  }
  return BAD;
}

const YES = new Set(['是', '适用', '涉及', 'y', 'yes', 'true', '1', '√', '✓', 'applicable']);
const NO = new Set([
  '否',
  '不适用',
  '删减',
  '不涉及',
  'n',
  'no',
  'false',
  '0',
  '×',
  '✗',
  'n/a',
  'na',
  '/',
  '-',
  '—',
  'not applicable',
  'excluded',
]);

export function readApplicable(v: unknown): Parsed<boolean> {
  if (isBlank(v)) return EMPTY;
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  const s = toHalfWidth(String(v)).trim().toLowerCase();
  if (YES.has(s)) return { kind: 'ok', value: true };
  if (NO.has(s)) return { kind: 'ok', value: false };
  return BAD;
}

const CONFORM = new Set(['符合', 'conform', 'conforms', 'c', 'pass', 'yes', 'y', 'true', '√', '✓', '是']);
const NONCONFORM = new Set(['不符合', 'nonconform', 'non-conform', 'nc', 'fail', 'no', 'n', 'false', '×', '✗', '否']);
const REVIEW = new Set(['待复核', '待定', 'review', '?', '？']);

export function isReviewMark(v: unknown): boolean {
  return typeof v === 'string' && REVIEW.has(toHalfWidth(v).trim().toLowerCase());
}

/** Binary answer → true (conform) / false (nonconform). Numbers must be the item's max or 0. */
export function readConform(v: unknown, max: number): Parsed<boolean> {
  if (isBlank(v)) return EMPTY;
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim().toLowerCase();
    if (CONFORM.has(s)) return { kind: 'ok', value: true };
    if (NONCONFORM.has(s)) return { kind: 'ok', value: false };
  }
  const n = readNumber(v);
  if (n.kind === 'ok') {
    if (n.value === max) return { kind: 'ok', value: true };
    if (n.value === 0) return { kind: 'ok', value: false };
  }
  return BAD;
}

export function displayValue(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
