/*
 * What a result shows, decided once: the texts, numbers and rows of the 结果 sheet and of the CLI's HTML
 * report. Both render this model (core/workbook/result-sheet.ts as a grid, cli/html-report.ts as a page), so
 * the two never word a thing differently.
 */
import type { EligibilityResult } from '../eligibility/types';
import { t, type Lang } from '../i18n/index';
import type { Text } from '../scheme/schema';
import { formatPoints, formatScore, shownPercent, shownPoints, SHOWN_FORMAT } from '../scoring/display-number';
import { auditStateOf, auditState } from '../scoring/audit-state';
import { lostItems } from '../scoring/rules';
import type { AuditResult, ItemResult } from '../scoring/types';
import type { AuditFacts, Exclusion } from './types';

/** A reading problem (from readAudit / the CLI's loader) shown beside the result's own issues. */
export interface ResultProblem {
  code: string;
  severity: import('../issue').Severity;
  where: string;
  message: string;
  indicatorId?: string;
}

export interface ResultContentOptions {
  lang?: Lang;
  /** Organisation, credit code, audit date and auditor as read from the workbook. */
  facts?: AuditFacts;
  /** The scheme's name (the result carries only its id and version). */
  schemeName?: Text;
  /** Decimals of shown scores (the scheme's rounding.decimals); default 1. */
  decimals?: number;
  /** Reading problems, listed before the result's own. */
  problems?: readonly ResultProblem[];
  /** checkEligibility's result for the workbook's filled 自查 sheet. */
  eligibility?: EligibilityResult;
  /** Items the sheet takes out with a mark in their score cell (readAudit's exclusions), listed with their cells. */
  exclusions?: readonly Exclusion[];
}

export interface Table<Row> {
  title: string;
  /** Column headers, in the order of the row's fields. */
  head: string[];
  rows: Row[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
}

export interface ResultContent {
  lang: Lang;
  title: string;
  facts: { key: 'organisation' | 'uscc' | 'date' | 'auditor' | 'scheme'; label: string; value: string }[];
  scoreLabel: string;
  /** null when it cannot be computed (then scoreText says so). */
  score: number | null;
  /** The score as shown: fixed to the scheme's decimals. */
  scoreText: string;
  /** Number format of the score in a sheet ('0.0' for one decimal). */
  scoreFormat: string;
  /** Number format of points (earned, lost, max) and of a whole percent in a sheet. */
  pointsFormat: string;
  percentFormat: string;
  levelLabel: string;
  levelId: string | null;
  level: string;
  /** Lines under the headline: provisional, no score, veto. */
  notes: { text: string; error: boolean }[];
  totals: { label: string; value: number | string }[];
  categories: Table<{
    id: string;
    name: string;
    earned: number;
    applicable: number;
    lost: number;
    percent: number | null;
    /** False while an input of the audit is invalid: earned, lost and percent are then not results. */
    computed: boolean;
  }> & { notComputed: string };
  lost: Table<{ id: string; name: string; max: number; earned: number; lost: number; note: string }>;
  next: Table<{ id: string; name: string; gain: number }> & { line: string };
  /** Items the sheet marks not applicable (删减) in the score cell, with the mark and its cell; no rows when none. */
  exclusions: Table<{ id: string; name: string; where: string; mark: string }>;
  problems: Table<{ where: string; indicator: string; message: string; error: boolean }>;
  eligibility: (Table<{ id: string; name: string; status: string; reason: string }> & { summary: string }) | null;
  stamp: string;
}

// Shown numbers follow core's one rounding policy (core/scoring/display-number.ts).
const points = shownPoints;

/** Drops a leading "sheet!cell：" from a message shown beside its own 位置 column. */
function withoutWhere(message: string, where: string): string {
  if (!where) return message;
  for (const sep of ['：', ': ', ':'])
    if (message.startsWith(where + sep)) return message.slice(where.length + sep.length);
  return message;
}

export function resultContent(result: AuditResult, options: ResultContentOptions = {}): ResultContent {
  const lang: Lang = options.lang ?? 'zh-CN';
  const tt = (k: string, p = {}) => t(lang, `result-sheet.${k}`, p);
  const col = (k: string) => tt(`col.${k}`);
  const nameOf = (n: Text) => (lang === 'en' ? n.en : n.zh);
  const levelOf = (id: string | null) => (id ? t(lang, `level.${id}`) : '');
  const decimals = options.decimals ?? 1;
  const facts = options.facts ?? {};
  const sep = lang === 'en' ? ': ' : '：';

  const notes: ResultContent['notes'] = [];
  // Core's audit state: a blank workbook has not started (said plainly, not as an error).
  const notStarted = auditStateOf(result) === 'not-started';
  if (notStarted) notes.push({ text: auditState(result, lang).summary, error: false });
  else if (result.score === null) notes.push({ text: tt('noScoreLine'), error: true });
  else if (result.provisional && result.scoreIfRemainingConform !== null)
    notes.push({
      text: tt('provisionalLine', {
        count: result.unscored,
        ifConform: formatScore(result.scoreIfRemainingConform, decimals),
        levelIfConform: levelOf(result.levelIfRemainingConform),
      }),
      error: false,
    });
  if (result.vetoed && result.vetoReason)
    notes.push({ text: tt('vetoLine', { reason: result.vetoReason.message }), error: true });

  const applicableItems = result.items.filter((i) => i.applicable);
  const noteOf = (i: ItemResult): string => {
    if (i.kind === 'binary' && i.status === 'nonconform') return tt('nonconform');
    if (i.kind === 'sampled' && (i.nonconforming ?? 0) > 0)
      return tt('sampledNonconform', { n: i.samples ?? '', k: i.nonconforming! });
    return '';
  };
  // Points lost, largest first. 不符合 only for a yes/no item answered so, or nonconforming samples.
  const lost = lostItems(result.items);

  let nextLine: string;
  const n = result.nextLevel;
  if (result.score === null) nextLine = tt('nextUnknown');
  else if (!n) nextLine = tt('top');
  else if (n.blockedBy)
    nextLine = tt('nextBlocked', {
      level: levelOf(n.level),
      threshold: n.threshold,
      reason: tt(`blocked.${n.blockedBy}`),
    });
  else {
    const p = {
      level: levelOf(n.level),
      threshold: n.threshold,
      points: formatScore(n.pointsNeeded, decimals),
      raw: formatPoints(n.rawPointsNeeded),
      count: n.improvements.length,
    };
    nextLine = n.improvements.length ? tt('nextLine', p) : tt('nextLineNoItems', p);
  }

  const byId = new Map(result.items.map((i) => [i.id, i]));
  // Errors, then warnings, then notes (for information: listed last and not counted as problems).
  const rank = { error: 0, warning: 1, note: 2 } as const;
  const problems: ResultProblem[] = [...(options.problems ?? []), ...result.issues].sort(
    (a, b) => rank[a.severity] - rank[b.severity],
  );
  const el = options.eligibility;

  return {
    lang,
    title: facts.organisation ? tt('titleOf', { organisation: facts.organisation }) : tt('title'),
    facts: [
      { key: 'organisation', label: tt('organisation'), value: facts.organisation ?? '' },
      { key: 'uscc', label: tt('uscc'), value: facts.uscc ?? '' },
      { key: 'date', label: tt('date'), value: facts.date ?? '' },
      { key: 'auditor', label: tt('auditor'), value: facts.auditor ?? '' },
      {
        key: 'scheme',
        label: tt('scheme'),
        value: options.schemeName
          ? tt('schemeValue', { name: nameOf(options.schemeName), version: result.scheme.version })
          : `${result.scheme.id} ${result.scheme.version}`,
      },
    ],
    scoreLabel: tt('score'),
    score: result.score,
    scoreText: result.score === null ? (notStarted ? '—' : tt('noScore')) : formatScore(result.score, decimals),
    scoreFormat: SHOWN_FORMAT.score(decimals),
    pointsFormat: SHOWN_FORMAT.points,
    percentFormat: SHOWN_FORMAT.percent,
    levelLabel: tt('level'),
    levelId: result.level,
    level:
      result.level === null
        ? ''
        : result.provisional
          ? tt('levelProvisional', { level: levelOf(result.level) })
          : levelOf(result.level),
    notes,
    totals: [
      { label: tt('earned'), value: points(result.earned) },
      { label: tt('applicable'), value: points(result.applicableTotal) },
      {
        label: tt('scored'),
        value: tt('scoredValue', {
          scored: applicableItems.filter((i) => i.earned !== null).length,
          total: applicableItems.length,
        }),
      },
      {
        label: tt('special'),
        value: tt('specialValue', { deductions: result.specialDeductions, bonus: result.bonus }),
      },
    ],
    categories: {
      title: tt('categories'),
      head: [col('id'), col('category'), col('earned'), col('applicable'), col('lost'), col('percent')],
      rows: result.categories.map((c) => ({
        id: c.id,
        name: nameOf(c.name),
        earned: points(c.earned),
        applicable: points(c.applicable),
        lost: points(c.lost),
        percent: shownPercent(c.earned, c.applicableScored),
        computed: c.computed !== false,
      })),
      empty: '',
      notComputed: tt('notComputed'),
    },
    lost: {
      title: lost.length
        ? tt('lostCount', { count: lost.length, points: formatPoints(lost.reduce((s, i) => s + i.lost, 0)) })
        : tt('lost'),
      head: [col('id'), col('indicator'), col('max'), col('earned'), col('lost'), col('note')],
      rows: lost.map((i) => ({
        id: i.id,
        name: nameOf(i.name),
        max: i.max,
        earned: points(i.earned!),
        lost: points(i.lost),
        note: noteOf(i),
      })),
      empty: tt('noneLost'),
    },
    next: {
      title: tt('next'),
      line: nextLine,
      head: [col('id'), col('indicator'), col('gain')],
      rows:
        result.score === null || !n || n.blockedBy
          ? []
          : n.improvements.map((i) => ({ id: i.id, name: nameOf(i.name), gain: points(i.gain) })),
      empty: '',
    },
    exclusions: {
      title: tt('exclusions', { count: (options.exclusions ?? []).length }),
      head: [col('id'), col('indicator'), col('where'), col('mark')],
      rows: (options.exclusions ?? []).map((x) => {
        const item = byId.get(x.id);
        return { id: x.id, name: item ? nameOf(item.name) : '', where: x.where, mark: x.text };
      }),
      empty: '',
    },
    problems: {
      title: tt('problems', { count: problems.filter((p) => p.severity !== 'note').length }),
      head: [col('where'), col('indicator'), col('note')],
      rows: problems.map((p) => {
        const item = p.indicatorId ? byId.get(p.indicatorId) : undefined;
        return {
          where: p.where,
          indicator: item ? `${item.id} ${nameOf(item.name)}` : (p.indicatorId ?? ''),
          message: `${tt(p.severity)}${sep}${withoutWhere(p.message, p.where)}`,
          error: p.severity === 'error',
        };
      }),
      empty: tt('noProblems'),
    },
    eligibility: el
      ? {
          title: tt('eligibility', { asOf: el.asOf }),
          summary: el.summary,
          head: [col('condition'), col('name'), col('status'), col('note')],
          rows: el.gaps.map((g) => ({ id: g.id, name: g.title, status: g.statusText, reason: g.reason })),
          empty: tt('noGaps'),
        }
      : null,
    stamp: tt('stamp', {
      engine: result.engine.name,
      engineVersion: result.engine.version,
      scheme: result.scheme.id,
      version: result.scheme.version,
    }),
  };
}
