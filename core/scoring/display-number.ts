/*
 * One rounding policy for the numbers people see — 汇总 and 评分表 (number formats), the 结果 sheet,
 * the task pane, the CLI table and the HTML report all show a number through these functions, so
 * one audit shows the same figures everywhere. Computation keeps full precision; only what is shown
 * is rounded:
 *  - a score (final, normalised, a level threshold, points to the next level): the scheme's
 *    rounding.decimals, always that many decimals — "86.3", "90.0" (1 decimal), "90" (0).
 *    score() already rounds the score itself to those decimals (the scheme's rounding setting, docs/domain.md#scoring).
 *  - points (earned on an item or a category, points lost): one or two decimals, "3.0", "2.4",
 *    "4.67" — the spreadsheet format 0.0#, which cannot drop the decimal point of a whole number.
 *  - a percentage (a category's earned ÷ scored max): whole percent, "87%", computed from the two
 *    sums rather than from an already-rounded percent (no double rounding).
 * Half rounds up, guarded against binary noise (roundTo), as a spreadsheet's ROUND and its display do.
 */
import { roundTo } from './final-score';

export const POINTS_DECIMALS = 2;
export const PERCENT_DECIMALS = 0;

/** Spreadsheet number formats that show exactly what the format* functions below write. */
export const SHOWN_FORMAT = {
  points: '0.0#',
  score: (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'),
  percent: '0',
} as const;

/** A score as shown: the scheme's decimals. */
export function shownScore(x: number, decimals: number): number {
  return roundTo(x, decimals);
}

/** Points as shown: at most two decimals. */
export function shownPoints(x: number): number {
  return roundTo(x, POINTS_DECIMALS);
}

/** A percentage of `part` in `whole` as shown (whole percent), or null when `whole` is 0. */
export function shownPercent(part: number, whole: number): number | null {
  return whole > 0 ? roundTo((100 * part) / whole, PERCENT_DECIMALS) : null;
}

/** "86.3" for 86.3 with 1 decimal; "90" with 0. Null → "" (the caller shows its own dash). */
export function formatScore(x: number | null | undefined, decimals: number): string {
  return x === null || x === undefined ? '' : shownScore(x, decimals).toFixed(decimals);
}

/** "3.0", "2.4", "4.67" — one or two decimals, as the format 0.0# shows them. */
export function formatPoints(x: number | null | undefined): string {
  if (x === null || x === undefined) return '';
  const s = shownPoints(x).toFixed(POINTS_DECIMALS);
  return s.endsWith('0') ? s.slice(0, -1) : s;
}

/** "87%" (whole percent of part in whole); "" when whole is 0. */
export function formatPercent(part: number, whole: number): string {
  const p = shownPercent(part, whole);
  return p === null ? '' : `${p}%`;
}
