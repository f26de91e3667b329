import type { LevelId, Rules } from '../scheme/schema';

/** Round half up to `decimals`, guarding against binary noise (89.25 stays 89.3, not 89.2). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + Math.sign(x) * 1e-9) / f;
}

/**
 * The final score from raw points, following the scheme's settings (Q4 where ±1 applies, Q5 rounding,
 * the cap). Null when nothing is applicable.
 */
export function finalScore(
  earned: number,
  applicable: number,
  deductions: number,
  bonuses: number,
  rules: Rules,
): { normalised: number; final: number } | null {
  if (applicable <= 0) return null;
  const d = rules.rounding.decimals;
  const adjust = bonuses * rules.bonus.points - deductions * rules.specialDeduction.points;
  const normalised = roundTo((100 * earned) / applicable, d);
  const final = rules.adjustmentsApplyTo === 'final' ? normalised + adjust : (100 * (earned + adjust)) / applicable;
  return { normalised, final: roundTo(Math.min(rules.cap, Math.max(0, final)), d) };
}

/** Level from thresholds alone (inclusive), ignoring veto. */
export function levelByScore(score: number, rules: Rules): LevelId {
  let level: LevelId = 'fail';
  for (const l of rules.levels) if (score >= l.min) level = l.id;
  return level;
}

/** Level of a final score with the veto applied: `fail` at or above the veto count of special deductions. */
export function levelWithVeto(score: number, specialDeductions: number, rules: Rules): LevelId {
  return specialDeductions >= rules.veto.specialDeductionsAtOrAbove ? 'fail' : levelByScore(score, rules);
}

/** Final-score points still needed for the next level above `score` (0 at the top level). */
export function pointsToNextLevel(score: number, rules: Rules): number {
  const next = rules.levels.find((l) => l.min > score);
  return next ? Math.round((next.min - score) * 100) / 100 : 0;
}

export function countedBonuses(offered: number, rules: Rules): number {
  return Math.min(offered, rules.bonus.maxCounted);
}
