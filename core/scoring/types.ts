import type { Lang } from '../i18n/index';
import type { Issue } from '../issue';
import type { IndicatorKind, LevelId, Text } from '../scheme/schema';

/** Where an input value came from, so an issue can point at it (sheet!cell, form field). Keys are the response fields. */
export type Where = Partial<Record<'id' | 'value' | 'samples' | 'nonconforming' | 'applicable', string>>;

/**
 * One auditor answer. Values are `unknown` on purpose: they come straight from cells or JSON, and
 * score() validates them (text in a score cell is an issue, never a silent 0).
 *  - graded:  `value` = points earned (0..max, half points allowed)
 *  - binary:  `value` = true / false, 'conform' / 'nonconform', 符合 / 不符合, 1 / 0, or the points (max or 0)
 *  - sampled: `samples` = n checked, `nonconforming` = k; or `value` as points
 * `applicable: false` (删减 / 不适用) takes the item out of both sums. No value at all = unscored.
 */
export interface IndicatorResponse {
  id: string;
  applicable?: unknown;
  value?: unknown;
  samples?: unknown;
  nonconforming?: unknown;
  note?: string;
  where?: Where;
}

/** A special deduction (特别扣分项) or a special bonus (特别加分项). */
export interface SpecialItem {
  clause?: string;
  description?: string;
  /** Rectification status, for deductions (整改). */
  rectified?: boolean;
  where?: string;
}

export interface AuditInput {
  responses: readonly IndicatorResponse[];
  specialDeductions?: readonly SpecialItem[];
  bonuses?: readonly SpecialItem[];
  /** Only read when the scheme sets starsRequireYearAtCompliant (docs/domain.md#levels). */
  monthsAtCompliantLevel?: number;
  /**
   * The answers come from a sheet read on its own terms (a certification body's, not our template):
   * points finer than 0.5 are the sheet's own steps, a note rather than a warning.
   */
  foreignSheet?: boolean;
}

export interface ScoreOptions {
  lang?: Lang;
}

/**
 * axe-core-like buckets: 符合 / 不符合 / 待复核 / 不适用. `unscored` = not yet answered; `invalid` = the
 * answer cannot be read (text in a score cell, a duplicate row): it blocks the total until corrected.
 */
export type ItemStatus = 'conform' | 'nonconform' | 'review' | 'not-applicable' | 'unscored' | 'invalid';

/** A problem found while scoring. `where`: sheet!cell or field when the caller gave one, else the input path (`responses[3].value`). */
export interface ScoringIssue extends Issue {
  /** Indicator id, when the issue is about one. */
  indicatorId?: string;
  /** Its name, when the id is in the scheme: a problem names the indicator, not only its cell. */
  indicatorName?: Text;
}
/** @deprecated use ScoringIssue (the same shape). */
export type ResultIssue = ScoringIssue;

export interface ItemResult {
  id: string;
  categoryId: string;
  indicatorId: string;
  name: Text;
  kind: IndicatorKind;
  max: number;
  /** Does the item apply to this organisation? false = 删减 / 不适用: out of both sums. */
  applies: boolean;
  /** @deprecated use `applies` (the same boolean). */
  applicable: boolean;
  /** Points earned; null when unscored or invalid. */
  earned: number | null;
  /** max − earned for a scored applicable item, else 0. */
  lost: number;
  status: ItemStatus;
  samples?: number;
  nonconforming?: number;
  where?: Where;
}

export interface GroupResult {
  id: string;
  name: Text;
  max: number;
  /** Points earned on scored applicable items. */
  earned: number;
  /** Max points of the items that apply, scored or not (适用满分). */
  applicableMax: number;
  /** Max points of the applicable items scored so far: the denominator of `percent` (已评分满分). */
  scoredMax: number;
  /** @deprecated use `applicableMax` (the same number). */
  applicable: number;
  /** @deprecated use `scoredMax` (the same number). */
  applicableScored: number;
  /** scoredMax − earned. */
  lost: number;
  unscored: number;
  /** Items of the group whose answer is invalid. */
  invalid: number;
  /**
   * False while any input of the audit is invalid: the total is not computed then, and these
   * subtotals must be shown as not computed (or marked), never as results.
   */
  computed: boolean;
  /** 0..100 over scored applicable items; null when nothing is scored yet. */
  percent: number | null;
  status: ItemStatus;
}

export interface Improvement {
  id: string;
  name: Text;
  /** Raw points this item can still gain (lost points, or its max when unscored). */
  gain: number;
}

export interface NextLevel {
  level: LevelId;
  threshold: number;
  /** Final-score points still needed. 0 when already reached on points (e.g. blocked only by veto). */
  pointsNeeded: number;
  /** Raw indicator points needed, given the applicable total. */
  rawPointsNeeded: number;
  /** Fewest indicators whose full marks reach the level (largest gains first); empty when unreachable on points. */
  improvements: Improvement[];
  reachable: boolean;
  /** Why it cannot be reached by points alone (veto, cap, one-year wait). */
  blockedBy?: 'veto' | 'cap' | 'star-wait';
}

export interface AuditResult {
  engine: { name: string; version: string };
  scheme: { id: string; version: string };
  /** Final 0..100 score (provisional while items are unscored); null when it cannot be computed honestly. */
  score: number | null;
  provisional: boolean;
  /** Score if every unscored applicable item were conform (full marks). Equals score when nothing is unscored. */
  scoreIfRemainingConform: number | null;
  /** earned ÷ applicable × 100 before special items, rounded. */
  normalised: number | null;
  level: LevelId | null;
  levelIfRemainingConform: LevelId | null;
  vetoed: boolean;
  vetoReason: { code: string; message: string } | null;
  /** Points earned on scored applicable items. */
  earned: number;
  /** Max points of all the items that apply, scored or not (适用满分). */
  applicableMax: number;
  /** Max points of the applicable items scored so far: the 涉及项 denominator of the score (已评分满分). */
  scoredMax: number;
  /** @deprecated use `scoredMax` (the same number; the CLI's JSON keeps the name `applicable` for it). */
  applicable: number;
  /** @deprecated use `applicableMax` (the same number). */
  applicableTotal: number;
  specialDeductions: number;
  /** Bonus items counted (after the cap on how many count). */
  bonus: number;
  bonusOffered: number;
  /** Number of applicable items without an answer (invalid ones are not in it). */
  unscored: number;
  unscoredIds: string[];
  /** Number of items whose answer cannot be read (a duplicated id counts once). The score is null while > 0. */
  invalid: number;
  invalidIds: string[];
  categories: GroupResult[];
  indicators: GroupResult[];
  items: ItemResult[];
  nextLevel: NextLevel | null;
  issues: ScoringIssue[];
}
