import { toHalfWidth } from '../scoring/read-value';
import type { Cell } from './types';

/** A cell as trimmed text ('' for empty). Dates as YYYY-MM-DD. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

export function isEmptyCell(c: Cell | undefined): boolean {
  return cellText(c) === '';
}

/**
 * Header text for matching: half-width, lower case, no spaces, no bracketed units or hints
 * ("得分（分）", "是否适用(是/否)"), no trailing colon or asterisk.
 */
export function normaliseHeader(s: string): string {
  return toHalfWidth(s)
    .toLowerCase()
    .replace(/[(\[【{][^)\]】}]*[)\]】}]/g, '')
    .replace(/[\s\u00a0*:：]+/g, '')
    .trim();
}
