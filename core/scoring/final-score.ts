import type { Rules } from '../scheme/schema';
import { roundTo } from './rules';

/** @deprecated import roundTo from ./rules (kept for callers of the old place). */
export { roundTo };

/**
 * The final score from raw points over `scoredMax` (max points of the applicable items scored),
 * following the scheme's settings (where ±1 applies, rounding, the cap: docs/domain.md#scoring). Null when nothing is applicable.
 */
export function finalScore(
  earned: number,
  scoredMax: number,
  deductions: number,
  bonuses: number,
  rules: Rules,
): { normalised: number; final: number } | null {
  if (scoredMax <= 0) return null;
  const d = rules.rounding.decimals;
  const adjust = bonuses * rules.bonus.points - deductions * rules.specialDeduction.points;
  const normalised = roundTo((100 * earned) / scoredMax, d);
  const final = rules.adjustmentsApplyTo === 'final' ? normalised + adjust : (100 * (earned + adjust)) / scoredMax;
  return { normalised, final: roundTo(Math.min(rules.cap, Math.max(0, final)), d) };
}

/** Bonus items that count: at most the scheme's maxCounted. */
export function countedBonuses(offered: number, rules: Rules): number {
  return Math.min(offered, rules.bonus.maxCounted);
}
