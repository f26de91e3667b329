/*
 * The scheme's rules, each defined once: the veto, the one-year wait for stars, the level of a score,
 * the next level above a score and the points to it, and the order lost items are listed in.
 * score(), nextLevelOf(), the add-in's custom functions and the workbook writers all call these.
 * (The workbook template says the same rules again as Excel formulas, read from its 参数 block;
 * template-formulas.ts is that copy, and its tests compare it with these functions.)
 */
import { compareIds } from '../compare-ids';
import type { LevelId, LevelRule, Rules } from '../scheme/schema';

/** Round half up to `decimals`, guarding against binary noise (89.25 stays 89.3, not 89.2). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + Math.sign(x) * 1e-9) / f;
}

/** Veto: this many special deductions or more fail the audit whatever the score. */
export function isVetoed(specialDeductions: number, rules: Rules): boolean {
  return specialDeductions >= rules.veto.specialDeductionsAtOrAbove;
}

/** Months at 达标 before stars can be awarded, in schemes that ask for the wait (docs/domain.md#levels). */
export const STAR_WAIT_MONTHS = 12;

/** Does the one-year wait hold `level` back? Only star levels wait, and only in schemes that say so. */
export function waitsForStars(level: LevelId, monthsAtCompliantLevel: number | undefined, rules: Rules): boolean {
  return (
    rules.starsRequireYearAtCompliant &&
    level !== 'fail' &&
    level !== 'compliant' &&
    (monthsAtCompliantLevel ?? 0) < STAR_WAIT_MONTHS
  );
}

/** Level from thresholds alone (inclusive), ignoring veto and wait. */
export function levelByScore(score: number, rules: Rules): LevelId {
  let level: LevelId = 'fail';
  for (const l of rules.levels) if (score >= l.min) level = l.id;
  return level;
}

/** The level an audit gets: thresholds, then the veto (fail), then the one-year wait (held at compliant). */
export function levelOf(
  score: number,
  audit: { specialDeductions: number; monthsAtCompliantLevel?: number },
  rules: Rules,
): LevelId {
  if (isVetoed(audit.specialDeductions, rules)) return 'fail';
  const byPoints = levelByScore(score, rules);
  return waitsForStars(byPoints, audit.monthsAtCompliantLevel, rules) ? 'compliant' : byPoints;
}

/** Level of a final score with the veto applied (no wait: the caller knows no months). */
export function levelWithVeto(score: number, specialDeductions: number, rules: Rules): LevelId {
  return isVetoed(specialDeductions, rules) ? 'fail' : levelByScore(score, rules);
}

/** The first level whose threshold is above `score`; undefined at the top. */
export function nextLevelAbove(score: number, rules: Rules): LevelRule | undefined {
  return rules.levels.find((l) => l.min > score);
}

/** Final-score points still needed for the next level above `score` (0 at the top level), to 2 decimals. */
export function pointsToNextLevel(score: number, rules: Rules): number {
  const next = nextLevelAbove(score, rules);
  return next ? Math.round((next.min - score) * 100) / 100 : 0;
}

/** Points below this count as no loss (sums of half points carry float noise). */
const LOSS_EPS = 1e-9;

/**
 * Items that lost points, largest loss first, equal losses in id order (5.1.2 before 5.1.10).
 * The 失分 list shows them so, and the next level takes them so: any of two equal losses closes the
 * same gap, so the order among them never changes how many items it takes.
 */
export function lostItems<T extends { id: string; applies: boolean; earned: number | null; lost: number }>(
  items: readonly T[],
): T[] {
  return items
    .filter((it) => it.applies && it.earned !== null && it.lost > LOSS_EPS)
    .sort((a, b) => b.lost - a.lost || compareIds(a.id, b.id));
}
