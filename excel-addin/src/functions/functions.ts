/*
 * Custom functions (shared runtime). Both are computed by core from the default scheme's rules; the
 * add-in adds no rule. Built into one self-contained classic script, /functions.js (see vite plugin).
 */
import { gbt27922_2011, levelWithVeto, pointsToNextLevel, t, type Lang } from '../../../core/index';
import { paneLang, ui } from '../messages';

/** The task pane's rule (paneLang); Chinese when Office cannot tell (users are Chinese first). */
function lang(): Lang {
  try {
    return paneLang(Office.context.displayLanguage);
  } catch {
    return 'zh-CN';
  }
}

function check(score: number): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > gbt27922_2011.rules.cap) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      ui(lang(), 'error.scoreRange', { max: gbt27922_2011.rules.cap }),
    );
  }
}

/**
 * Level name for a final score (GB/T 27922-2011 default scheme): 不合格 / 达标 / 三星 / 四星 / 五星.
 * With special deductions at or above the veto count the level is 不合格 whatever the score.
 * @customfunction LEVEL
 * @param score Final score, 0–100.
 * @param [deductions] Number of special deductions (特别扣分项).
 * @returns The level name.
 */
export function level(score: number, deductions?: number): string {
  check(score);
  return t(lang(), `level.${levelWithVeto(score, deductions ?? 0, gbt27922_2011.rules)}`);
}

/**
 * Points still needed to reach the next level (0 at the top level).
 * @customfunction TONEXT
 * @param score Final score, 0–100.
 * @returns Points to the next level.
 */
export function toNext(score: number): number {
  check(score);
  return pointsToNextLevel(score, gbt27922_2011.rules);
}
