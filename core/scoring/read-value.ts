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

/**
 * A formula cell saved without its result (a file written by a script, never opened in a spreadsheet):
 * the grid readers put this where the value would be, so it is an error at its cell rather than a
 * blank (unscored) one. `formula` is the formula text without "=".
 */
export interface FormulaWithoutResult {
  readonly formulaWithoutResult: string;
}

export const formulaWithoutResult = (formula: string): FormulaWithoutResult => ({ formulaWithoutResult: formula });

export function isFormulaWithoutResult(v: unknown): v is FormulaWithoutResult {
  return typeof v === 'object' && v !== null && typeof (v as FormulaWithoutResult).formulaWithoutResult === 'string';
}

export function readNumber(v: unknown): Parsed<number> {
  if (isBlank(v)) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'ok', value: v } : BAD;
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return BAD;
    // 32,767 digits are digits, but no score: Number() makes them Infinity.
    const n = Number(s);
    return Number.isFinite(n) ? { kind: 'ok', value: n } : BAD;
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

/** A value as a message quotes it: dates as YYYY-MM-DD, anything over 40 characters cut with its length. */
export function displayValue(v: unknown): string {
  const s = isFormulaWithoutResult(v)
    ? `=${v.formulaWithoutResult}`
    : v instanceof Date
      ? Number.isNaN(v.getTime())
        ? '?'
        : v.toISOString().slice(0, 10)
      : typeof v === 'string'
        ? v
        : typeof v === 'number' && !Number.isFinite(v)
          ? // A number too long for a double (32,767 digits) arrives as Infinity from exceljs.
            v > 0
            ? '∞'
            : v < 0
              ? '-∞'
              : '?'
          : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 20)}…(${s.length})` : s;
}

// Error values a cell can hold (ECMA-376 Part 1 §18.17.4 plus Excel 365's newer ones), as both readers give them.
const CELL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/**
 * Why a value that is not a score is not one, as an issue code: a date (a date-formatted cell,
 * 1900-01-02 is not 2 points), TRUE/FALSE, an error value (#DIV/0!), a number too long to be one;
 * otherwise `fallback` (text).
 */
export function badValueCode(v: unknown, fallback: string): string {
  if (v instanceof Date) return 'value-is-date';
  if (typeof v === 'boolean') return 'value-is-boolean';
  if (typeof v === 'string') {
    const s = v.trim().toUpperCase();
    if (CELL_ERRORS.has(s)) return 'value-is-error';
    if (/^[-+]?\d[\d.]*$/.test(toHalfWidth(s)) && !Number.isFinite(Number(toHalfWidth(s)))) return 'value-too-long';
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return 'value-too-long';
  return fallback;
}
