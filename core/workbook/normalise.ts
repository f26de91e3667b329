import { isBlank, toHalfWidth } from '../vocabulary/index';
import type { Cell } from './types';

/** A cell as trimmed text ('' for empty). Dates as YYYY-MM-DD. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  // An invalid Date (a serial no calendar holds) would make toISOString throw: it reads as no text.
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
}

export function isEmptyCell(c: Cell | undefined): boolean {
  return isBlank(c);
}

/**
 * A memo of a pure text function. Sheets repeat the same texts (ids, categories, 是/否, headers) on
 * every recompute, so each is worked out once. Bounded (cleared when full, long texts not kept), so a
 * huge or ever-changing workbook cannot grow it without limit.
 */
export function memoText<T>(f: (s: string) => T, max = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = f(s);
      if (s.length <= 200) {
        if (cache.size >= max) cache.clear();
        cache.set(s, v);
      }
    }
    return v as T;
  };
}

/**
 * Header text for matching: half-width, lower case, no spaces, no bracketed units or hints
 * ("得分（分）", "是否适用(是/否)"), no trailing colon or asterisk.
 */
export const normaliseHeader: (s: string) => string = memoText((s) =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[([【{][^)\]】}]*[)\]】}]/g, '')
    .replace(/[\s\u00a0*:：]+/g, '')
    .trim(),
);
