import {
  auditState,
  formatPoints,
  formatScore,
  t,
  type AuditResult,
  type AuditStateId,
  type Lang,
  type LevelId,
  type Severity,
  type Text,
} from '../../../core/index';
import { cellKey } from '../excel/address';
import type { Computed } from '../excel/compute';
import { scoredCount } from '../scored-count';

/** Everything the pane shows, derived from core's result alone (no rule here, only picking and naming). */
export interface DashboardModel {
  kind: 'dashboard';
  /** Core's one audit state (not started / in progress / invalid / complete) and its words. */
  state: { id: AuditStateId; label: string; summary: string; notComputed: string };
  score: number | null;
  /** Numbers as shown, by core's one rounding policy (formatScore / formatPoints), as 汇总, 结果, the CLI and the report show them. */
  scoreText: string;
  provisional: boolean;
  unscored: number;
  ifRemaining: { score: string; level: string } | null;
  level: { id: LevelId | null; name: string };
  veto: string | null;
  progress: { scored: number; total: number };
  /** Category percent below this is shown as a warning: the scheme's compliant pass mark (rules.levels[0].min). */
  passMark: number;
  /** `computed` false while any input is invalid: the pane shows core's "not computed" word, not a figure. */
  categories: {
    id: string;
    name: string;
    earned: number;
    applicable: number;
    percent: number | null;
    computed: boolean;
    earnedText: string;
    applicableText: string;
  }[];
  next: null | {
    level: string;
    threshold: string;
    points: string;
    blockedBy?: string;
    improvements: { id: string; name: string; gain: string; cell?: string }[];
  };
  special: { deductions: number; bonus: number; offered: number };
  /** Problems only (core's state lines are not problems); each names its indicator when it is about one. */
  problems: PaneIssue<'error' | 'warning'>[];
  /** Notes (for information, e.g. a body's sheet scored in steps finer than 0.5): shown apart, never counted as problems. */
  notes: PaneIssue<'note'>[];
  items: {
    id: string;
    name: string;
    status: string;
    statusId: string;
    earned: number | null;
    max: number;
    /** earned and max as shown ('' for earned when unscored). */
    earnedText: string;
    maxText: string;
    cell?: string;
  }[];
}

export interface PaneIssue<S extends Severity = Severity> {
  message: string;
  severity: S;
  cell?: string;
  indicator?: { id: string; name: string };
}

export interface UnreadableModel {
  kind: 'unreadable';
  message: string;
  /** Missing header fields, each named in the pane's language with the header texts core accepts for it. */
  missing: { field: string; name: string; accepted: string[] }[];
  /** Rows searched for the header, 1-based as the user sees them ("1–30"); '' when unknown. */
  searchedRows: string;
}

const pick = (lang: Lang, n: Text) => (lang === 'zh-CN' ? n.zh : n.en);

export function dashboardModel(c: Computed, lang: Lang): DashboardModel | UnreadableModel {
  const layout = c.audit.layout;
  if (!layout.ok || !c.result) {
    const fail = layout.ok ? null : layout;
    return {
      kind: 'unreadable',
      message: c.audit.issues.find((i) => i.severity === 'error')?.message ?? fail?.message ?? '',
      missing: (fail?.missing ?? []).map((field) => ({
        field,
        name: t(lang, `workbook.field.${field}`),
        accepted: fail?.synonyms[field] ?? [],
      })),
      searchedRows: fail?.searchedRows ?? '',
    };
  }
  const r: AuditResult = c.result;
  const cellOf = (id: string) => {
    const w = r.items.find((i) => i.id === id)?.where;
    const at = w?.value ?? w?.samples ?? w?.applicable ?? w?.id;
    return at ? (cellKey(at) ?? undefined) : undefined;
  };
  const levelName = (id: LevelId | null) => (id ? t(lang, `level.${id}`) : '—');
  const decimals = c.audit.scheme.rules.rounding.decimals;
  const shownScore = (x: number | null) => formatScore(x, decimals);
  const state = auditState(r, lang, r.score === null ? undefined : shownScore(r.score));
  const stateCodes = new Set(
    r.issues.map((i) => i.code).filter((code) => !state.problems.some((p) => p.code === code)),
  );
  const issues = [...c.audit.issues.filter((i) => !stateCodes.has(i.code)), ...state.problems].filter(
    (i, n, all) => all.findIndex((j) => j.message === i.message) === n,
  );
  const itemOf = (id: string | undefined) =>
    id ? (r.items.find((i) => i.id === id) ?? r.items.find((i) => i.indicatorId === id)) : undefined;
  const paneIssue = <S extends Severity>(i: (typeof issues)[number], severity: S): PaneIssue<S> => {
    const item = itemOf('indicatorId' in i ? (i.indicatorId as string | undefined) : undefined);
    return {
      message: i.message,
      severity,
      cell: i.where ? (cellKey(i.where) ?? undefined) : item ? cellOf(item.id) : undefined,
      ...(item ? { indicator: { id: item.id, name: pick(lang, item.name) } } : {}),
    };
  };
  return {
    kind: 'dashboard',
    state: { id: state.state, label: state.label, summary: state.summary, notComputed: state.notComputed },
    score: r.score,
    scoreText: shownScore(r.score),
    provisional: r.provisional,
    unscored: r.unscored,
    ifRemaining:
      r.provisional && r.scoreIfRemainingConform !== null
        ? { score: shownScore(r.scoreIfRemainingConform), level: levelName(r.levelIfRemainingConform) }
        : null,
    level: { id: r.level, name: levelName(r.level) },
    veto: r.vetoReason?.message ?? null,
    progress: scoredCount(r),
    passMark: c.audit.scheme.rules.levels[0]?.min ?? 0,
    categories: r.categories.map((g) => ({
      id: g.id,
      name: pick(lang, g.name),
      earned: g.earned,
      applicable: g.applicable,
      percent: g.percent,
      computed: g.computed,
      earnedText: formatPoints(g.earned),
      applicableText: formatPoints(g.applicable),
    })),
    next: r.nextLevel
      ? {
          level: levelName(r.nextLevel.level),
          threshold: shownScore(r.nextLevel.threshold),
          points: shownScore(r.nextLevel.pointsNeeded),
          ...(r.nextLevel.blockedBy ? { blockedBy: r.nextLevel.blockedBy } : {}),
          improvements: r.nextLevel.improvements.map((i) => ({
            id: i.id,
            name: pick(lang, i.name),
            gain: formatPoints(i.gain),
            cell: cellOf(i.id),
          })),
        }
      : null,
    special: { deductions: r.specialDeductions, bonus: r.bonus, offered: r.bonusOffered },
    problems: issues
      .filter((i) => i.severity !== 'note')
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((i) => paneIssue(i, i.severity as 'error' | 'warning')),
    notes: issues.filter((i) => i.severity === 'note').map((i) => paneIssue(i, 'note' as const)),
    items: r.items.map((i) => ({
      id: i.id,
      name: pick(lang, i.name),
      status: t(lang, `status.${i.status}`),
      statusId: i.status,
      earned: i.earned,
      max: i.max,
      earnedText: formatPoints(i.earned),
      maxText: formatPoints(i.max),
      cell: cellOf(i.id),
    })),
  };
}
