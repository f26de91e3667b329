import type { LevelId, Scheme } from '../scheme/schema';
import { finalScore } from './final-score';
import { levelByScore, lostItems, nextLevelAbove, pointsToNextLevel, waitsForStars } from './rules';
import type { Improvement, ItemResult, NextLevel } from './types';

interface State {
  earned: number;
  /** Max points of the scored applicable items (the score's denominator). */
  scoredMax: number;
  deductions: number;
  bonus: number;
  score: number;
  level: LevelId;
  vetoed: boolean;
  monthsAtCompliantLevel?: number;
}

/**
 * What the next level needs, judged on the items scored so far (unscored items are not guessed):
 * the final-score gap, the raw points it takes, and the fewest indicators whose full marks close it.
 * Taking the largest gains first is optimal for "fewest items", since every item's gain is independent.
 */
export function nextLevelOf(scheme: Scheme, items: readonly ItemResult[], s: State): NextLevel | null {
  const rules = scheme.rules;
  const byPoints = levelByScore(s.score, rules);
  const target = s.vetoed ? (byPoints === 'fail' ? rules.levels[0] : undefined) : nextLevelAbove(s.score, rules);
  if (s.vetoed && !target) {
    // Points already reach a level; only the special deductions stand in the way.
    const l = rules.levels.find((x) => x.id === byPoints)!;
    return {
      level: l.id,
      threshold: l.min,
      pointsNeeded: 0,
      rawPointsNeeded: 0,
      improvements: [],
      reachable: false,
      blockedBy: 'veto',
    };
  }
  if (!target) return null;
  const scoreAt = (e: number) => finalScore(e, s.scoredMax, s.deductions, s.bonus, rules)?.final ?? 0;
  const maxEarned = s.scoredMax;
  // The target is always the next level above the score (a vetoed fail aims at the first level).
  const pointsNeeded = pointsToNextLevel(s.score, rules);
  const blockedBy = s.vetoed
    ? 'veto'
    : waitsForStars(target.id, s.monthsAtCompliantLevel, rules)
      ? 'star-wait'
      : undefined;
  if (scoreAt(maxEarned) < target.min) {
    return {
      level: target.id,
      threshold: target.min,
      pointsNeeded,
      rawPointsNeeded: round2(maxEarned - s.earned),
      improvements: [],
      reachable: false,
      ...(blockedBy ? { blockedBy } : { blockedBy: 'cap' as const }),
    };
  }
  // Smallest earned total whose final score reaches the threshold (monotone in earned: bisection).
  let lo = s.earned,
    hi = maxEarned;
  for (let i = 0; i < 40 && hi - lo > 1e-7; i++) {
    const mid = (lo + hi) / 2;
    if (scoreAt(mid) >= target.min) hi = mid;
    else lo = mid;
  }
  const rawPointsNeeded = Math.max(0, hi - s.earned);
  const candidates = lostItems(items);
  const improvements: Improvement[] = [];
  let gained = 0;
  for (const it of candidates) {
    if (gained >= rawPointsNeeded - 1e-7) break;
    improvements.push({ id: it.id, name: it.name, gain: round2(it.lost) });
    gained += it.lost;
  }
  return {
    level: target.id,
    threshold: target.min,
    pointsNeeded,
    rawPointsNeeded: round2(rawPointsNeeded),
    improvements,
    reachable: !blockedBy,
    ...(blockedBy ? { blockedBy } : {}),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
