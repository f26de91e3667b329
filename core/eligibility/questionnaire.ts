/*
 * The self-check as a questionnaire: how far the user has got, and which gaps are real. Every face
 * (popup tab, CLI `readiness`, 自查 sheet) shows the same figures, so they are computed here once:
 *   answered     conditions whose questions are all answered, or that are decided anyway (met,
 *                unmet or not applicable on what was given)
 *   stage        'none' (nothing answered yet), 'some', 'all' — the verdict's wording depends on it
 *   gaps         the real gaps: unmet conditions, and answered ones that stay unsure ("不确定")
 *   unanswered   conditions still waiting for an answer: shown as one line, not as gaps
 */
import { t, type Lang } from '../i18n/index';
import { ELIGIBILITY_CONDITIONS } from './catalogue';
import type { ConditionResult, EligibilityAnswers, EligibilityResult } from './types';
import { isBlank } from '../vocabulary/index';

export interface QuestionnaireProgress {
  answered: number;
  total: number;
  stage: 'none' | 'some' | 'all';
  gaps: ConditionResult[];
  unanswered: ConditionResult[];
  /** The verdict in words, right for the stage: no verdict before any answer, a provisional one while questions are open. */
  verdictLine: string;
  /** "尚未回答 11 项：E3 E4 …" (one line), or '' when every question is answered. */
  unansweredLine: string;
}

export function questionnaireProgress(
  result: EligibilityResult,
  answers: EligibilityAnswers,
  lang: Lang = 'zh-CN',
): QuestionnaireProgress {
  const gaps: ConditionResult[] = [];
  const unanswered: ConditionResult[] = [];
  let answered = 0;
  for (const c of result.conditions) {
    const inputs = ELIGIBILITY_CONDITIONS.find((d) => d.id === c.id)?.inputs ?? [];
    const allGiven = inputs.every((i) => !isBlank(answers[i.key]));
    if (c.status === 'unknown' && !allGiven) {
      unanswered.push(c);
      continue;
    }
    answered++;
    if (c.status === 'unmet' || c.status === 'unknown') gaps.push(c);
  }
  const total = result.conditions.length;
  const stage = answered === 0 ? 'none' : answered === total ? 'all' : 'some';
  const open = unanswered.length;
  const unmet = gaps.filter((g) => g.status === 'unmet').length;
  const verdictLine =
    stage === 'all'
      ? result.summary
      : stage === 'none'
        ? t(lang, 'eligibility.progress.none', { total })
        : unmet > 0
          ? t(lang, 'eligibility.progress.not-yet-open', { count: unmet, answered, total })
          : t(lang, 'eligibility.progress.open', { count: open, answered, total });
  const unansweredLine = open
    ? t(lang, 'eligibility.unanswered', { count: open, ids: unanswered.map((c) => c.id).join(' ') })
    : '';
  return { answered, total, stage, gaps, unanswered, verdictLine, unansweredLine };
}
