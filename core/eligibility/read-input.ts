import { ANSWER_NO, ANSWER_NOT_SURE, ANSWER_YES, isBlank, toHalfWidth } from '../vocabulary/index';
import type { Answer } from './types';

/** A calendar day without a time zone: what a licence date or an application date is. */
export interface Day {
  y: number;
  m: number; // 1–12
  d: number;
}

export type Read<T> = { ok: true; value: T } | { ok: false; empty: boolean };

// Words, blank test and full-width normalisation are core/vocabulary's.
const isEmpty = isBlank;

/** 是 / 否 / 不确定 (and yes / no / not sure, true / false). Anything else is unreadable, never guessed. */
export function readAnswer(v: unknown): Read<Answer> {
  if (isEmpty(v)) return { ok: false, empty: true };
  if (v === true) return { ok: true, value: 'yes' };
  if (v === false) return { ok: true, value: 'no' };
  if (typeof v !== 'string') return { ok: false, empty: false };
  if (ANSWER_YES.has(v)) return { ok: true, value: 'yes' };
  if (ANSWER_NO.has(v)) return { ok: true, value: 'no' };
  if (ANSWER_NOT_SURE.has(v)) return { ok: true, value: 'not-sure' };
  return { ok: false, empty: false };
}

/** A whole, non-negative head count, as a number or digit string (full-width digits accepted). */
export function readCount(v: unknown): Read<number> {
  if (isEmpty(v)) return { ok: false, empty: true };
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(toHalfWidth(v).trim().replace(/人$/, '')) : NaN;
  if (!Number.isInteger(n) || n < 0) return { ok: false, empty: false };
  return { ok: true, value: n };
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function validDay(y: number, m: number, d: number): Read<Day> {
  if (!Number.isInteger(y) || y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    return { ok: false, empty: false };
  return { ok: true, value: { y, m, d } };
}

/**
 * 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, or a Date (its local calendar day: a date picked in
 * a form or read by exceljs). A time part after the day is ignored. Impossible days (2月30日) are unreadable.
 */
export function readDay(v: unknown): Read<Day> {
  if (isEmpty(v)) return { ok: false, empty: true };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false, empty: false };
    return validDay(v.getFullYear(), v.getMonth() + 1, v.getDate());
  }
  if (typeof v !== 'string') return { ok: false, empty: false };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(toHalfWidth(v).trim());
  if (!m) return { ok: false, empty: false };
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const formatDay = (x: Day) => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;

export function compareDay(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * The same day n months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb), as
 * Excel's EDATE does; the workbook computes it as MIN(DATE(y,m+n,d), DATE(y,m+n+1,0)).
 */
export function addMonths(x: Day, n: number): Day {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}
