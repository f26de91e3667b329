/*
 * Custom functions (shared runtime). Both are computed by core from the default scheme's rules; the
 * add-in adds no rule. Built into one self-contained classic script, /functions.js (see vite plugin).
 * Imports come from core/light.ts, not core/index.ts: functions.js loads with every workbook, so it takes
 * only the rules, the bundled scheme's data (validated by core's tests, not again at every load) and the
 * level names, without zod or the other message tables (the bench reports its size; goal ≤ 30 kB).
 */
import {
  DEFAULT_RULES,
  levelWithVeto,
  pointsToNextLevel,
  scoringMessages,
  type Lang,
  type Rules,
} from '../../../core/light';
import { paneLang, ui } from '../messages';

const rules: Rules = DEFAULT_RULES;

/** The task pane's rule (paneLang); Chinese when Office cannot tell (users are Chinese first). */
function lang(): Lang {
  try {
    return paneLang(Office.context.displayLanguage);
  } catch {
    return 'zh-CN';
  }
}

function check(score: number): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > rules.cap) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      ui(lang(), 'error.scoreRange', { max: rules.cap }),
    );
  }
}

/**
 * Level name for a final score (GB/T 27922-2011 default scheme), 不合格 at or above the veto count of special deductions.
 * @customfunction LEVEL
 * @helpurl https://localhost:3000/support.html#functions
 * @param score Final score, 0–100.
 * @param [deductions] Number of special deductions (特别扣分项).
 * @returns The level name.
 */
export function level(score: number, deductions?: number): string {
  check(score);
  const id = levelWithVeto(score, deductions ?? 0, rules);
  const l = lang();
  return scoringMessages[l][`level.${id}`] ?? scoringMessages.en[`level.${id}`] ?? id;
}

/**
 * Points still needed to reach the next level (0 at the top level).
 * @customfunction TONEXT
 * @helpurl https://localhost:3000/support.html#functions
 * @param score Final score, 0–100.
 * @returns Points to the next level.
 */
export function toNext(score: number): number {
  check(score);
  return pointsToNextLevel(score, rules);
}
