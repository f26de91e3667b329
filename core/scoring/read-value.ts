/*
 * Reading raw cell/JSON values. Cells give numbers, numeric text (sometimes full-width), booleans,
 * or words; these helpers say what a value means and never turn garbage into 0. The words and the
 * normalisation are core/vocabulary's.
 */
import { APPLIES, conformWord, DOES_NOT_APPLY, isBlank, REVIEW, toHalfWidth } from '../vocabulary/index';

export { isBlank, toHalfWidth };

export type Parsed<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'bad' };

const EMPTY: Parsed<never> = { kind: 'empty' };
const BAD: Parsed<never> = { kind: 'bad' };

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

export function readApplicable(v: unknown): Parsed<boolean> {
  if (isBlank(v)) return EMPTY;
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  const s = String(v);
  if (APPLIES.has(s)) return { kind: 'ok', value: true };
  if (DOES_NOT_APPLY.has(s)) return { kind: 'ok', value: false };
  return BAD;
}

export function isReviewMark(v: unknown): boolean {
  return REVIEW.has(v);
}

/** Binary answer → true (conform) / false (nonconform). Numbers must be the item's max or 0. */
export function readConform(v: unknown, max: number): Parsed<boolean> {
  if (isBlank(v)) return EMPTY;
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  const word = conformWord(v);
  if (word !== null) return { kind: 'ok', value: word };
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
