/*
 * The one audit state every face shows (task pane, CLI, 汇总, 结果, HTML report), derived from an
 * AuditResult, with its words in the user's language:
 *   not-started   nothing scored and nothing wrong: a blank workbook is not an error
 *   in-progress   some items scored, others not: the score is provisional
 *   invalid       an answer cannot be read (or nothing applies): no total, subtotals not computed
 *   complete      every applicable item scored, nothing invalid
 * Problems are the issues that ask for a change; the lines that only restate the state
 * (nothing-scored, provisional, invalid-inputs) are not counted as problems.
 */
import { t, type Lang } from '../i18n/index';
import type { AuditResult, ScoringIssue } from './types';

export const AUDIT_STATES = ['not-started', 'in-progress', 'invalid', 'complete'] as const;
export type AuditStateId = (typeof AUDIT_STATES)[number];

/** Issue codes that restate the state rather than ask for a change. */
const STATE_CODES: ReadonlySet<string> = new Set(['nothing-scored', 'provisional', 'invalid-inputs']);

/** True for an issue that only restates the audit state (not a problem to count or list as one). */
export function isStateIssue(code: string): boolean {
  return STATE_CODES.has(code);
}

export interface AuditState {
  state: AuditStateId;
  /** The state in a few words (未开始, 评分中（暂定）, 输入有误, 已完成). */
  label: string;
  /** One sentence saying what the state means for this audit and what to do. */
  summary: string;
  /** Applicable items, scored items, items left, items whose input is invalid. */
  counts: { applicable: number; scored: number; unscored: number; invalid: number };
  /** False while any input is invalid: show subtotals as `notComputed`, never as results. */
  subtotalsComputed: boolean;
  /** The word to show in place of a subtotal that is not computed. */
  notComputed: string;
  /** The issues that ask for a change, in order; their number is the problem count to show. */
  problems: ScoringIssue[];
}

export function auditStateOf(result: AuditResult): AuditStateId {
  if (result.invalid > 0 || result.applicableMax === 0) return 'invalid';
  if (result.score === null) return 'not-started';
  return result.provisional ? 'in-progress' : 'complete';
}

/**
 * `scoreText`: the score as the face shows it (core's formatScore with the scheme's decimals), so the
 * summary repeats the very figure above it ("100.0", not "100").
 */
export function auditState(result: AuditResult, lang: Lang = 'zh-CN', scoreText?: string): AuditState {
  const state = auditStateOf(result);
  const applicable = result.items.filter((i) => i.applies).length;
  const counts = {
    applicable,
    scored: applicable - result.unscored - result.invalid,
    unscored: result.unscored,
    invalid: result.invalid,
  };
  const summaryKey =
    state === 'invalid' && result.invalid === 0
      ? 'state.nothing-applicable.summary'
      : (`state.${state}.summary` as const);
  const summary = t(lang, summaryKey, {
    scored: counts.scored,
    total: applicable,
    count: state === 'invalid' ? counts.invalid : counts.unscored,
    score: scoreText ?? result.score,
  });
  return {
    state,
    label: t(lang, `state.${state}`),
    summary,
    counts,
    subtotalsComputed: result.invalid === 0,
    notComputed: t(lang, 'state.subtotal-not-computed'),
    problems: result.issues.filter((i) => !STATE_CODES.has(i.code)),
  };
}
