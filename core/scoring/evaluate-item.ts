import type { CodesOf, Params } from '../i18n/index';
import type { ScoredItem } from '../scheme/schema';
import {
  badValueCode,
  displayValue,
  isBlank,
  isFormulaWithoutResult,
  isReviewMark,
  readApplicable,
  readConform,
  readNumber,
} from './read-value';
import type { Severity } from '../issue';
import type { IndicatorResponse, ItemStatus, Where } from './types';

/** A scoring problem code: one with a message under scoring.* (the compiler rejects any other). */
export type ScoringCode = CodesOf<'scoring'>;

export interface RawIssue {
  code: ScoringCode;
  severity: Severity;
  field: keyof Where;
  params: Params;
}

export interface ItemEvaluation {
  applies: boolean;
  /** null = unscored, review, or invalid. */
  earned: number | null;
  status: ItemStatus;
  invalid: boolean;
  samples?: number;
  nonconforming?: number;
  issues: RawIssue[];
}

const EPS = 1e-9;

// read-value's badValueCode returns a plain string; its codes (value-is-date…) all have scoring.* messages.
const valueCode = (v: unknown, fallback: ScoringCode) => badValueCode(v, fallback) as ScoringCode;

function bad(code: ScoringCode, field: keyof Where, params: Params, applies = true): ItemEvaluation {
  return {
    applies,
    earned: null,
    status: 'invalid',
    invalid: true,
    issues: [{ code, severity: 'error', field, params }],
  };
}

function scored(
  item: ScoredItem,
  earned: number,
  issues: RawIssue[] = [],
  extra: Partial<ItemEvaluation> = {},
): ItemEvaluation {
  const status: ItemStatus = earned >= item.max - EPS ? 'conform' : 'nonconform';
  return { applies: true, earned, status, invalid: false, issues, ...extra };
}

const UNSCORED: ItemEvaluation = { applies: true, earned: null, status: 'unscored', invalid: false, issues: [] };
const REVIEW: ItemEvaluation = { applies: true, earned: null, status: 'review', invalid: false, issues: [] };

/** One item's answer → points, status and issues. Pure; never throws. */
export function evaluateItem(
  item: ScoredItem,
  r: IndicatorResponse | undefined,
  options: { foreignSheet?: boolean } = {},
): ItemEvaluation {
  if (!r) return UNSCORED;
  const max = item.max;
  // A formula saved without its result is not a blank: its value is unknown until a spreadsheet computes it.
  for (const field of ['applicable', 'value', 'samples', 'nonconforming'] as const) {
    const v = r[field];
    if (isFormulaWithoutResult(v)) return bad('formula-without-result', field, { value: displayValue(v) });
  }
  const app = readApplicable(r.applicable);
  if (app.kind === 'bad') return bad('invalid-applicable', 'applicable', { value: displayValue(r.applicable) });
  if (app.kind === 'ok' && !app.value) {
    const issues: RawIssue[] = [];
    const extra = !isBlank(r.value) ? r.value : !isBlank(r.samples) ? r.samples : undefined;
    if (extra !== undefined)
      issues.push({
        code: 'value-ignored',
        severity: 'warning',
        field: 'value',
        params: { value: displayValue(extra) },
      });
    return { applies: false, earned: null, status: 'not-applicable', invalid: false, issues };
  }
  if (isReviewMark(r.value)) return REVIEW;

  if (item.kind === 'sampled' && (!isBlank(r.samples) || !isBlank(r.nonconforming))) return evaluateSamples(item, r);

  if (item.kind === 'binary') {
    const c = readConform(r.value, max);
    if (c.kind === 'empty') return UNSCORED;
    if (c.kind === 'bad')
      return bad(valueCode(r.value, 'binary-value'), 'value', { value: displayValue(r.value), max });
    return scored(item, c.value ? max : 0);
  }

  // graded, or sampled given directly as points
  const n = readNumber(r.value);
  if (n.kind === 'empty') return UNSCORED;
  if (n.kind === 'bad') return bad(valueCode(r.value, 'not-a-number'), 'value', { value: displayValue(r.value), max });
  if (n.value < 0) return bad('negative', 'value', { value: n.value, max });
  if (n.value > max + EPS) return bad('above-max', 'value', { value: n.value, max });
  // Finer than half points: on our template a slip to check; on a body's own sheet its own steps (a note).
  const issues: RawIssue[] =
    item.kind === 'graded' && Math.abs(n.value * 2 - Math.round(n.value * 2)) > EPS
      ? [
          options.foreignSheet
            ? { code: 'finer-step', severity: 'note', field: 'value', params: { value: n.value } }
            : { code: 'not-half-step', severity: 'warning', field: 'value', params: { value: n.value } },
        ]
      : [];
  return scored(item, n.value, issues);
}

function evaluateSamples(item: ScoredItem, r: IndicatorResponse): ItemEvaluation {
  const n = readNumber(r.samples);
  const k = readNumber(r.nonconforming);
  if (n.kind === 'bad' || (n.kind === 'ok' && (n.value < 1 || !Number.isInteger(n.value)))) {
    return bad('samples-invalid', 'samples', { value: displayValue(r.samples) });
  }
  if (k.kind === 'bad' || (k.kind === 'ok' && (k.value < 0 || !Number.isInteger(k.value)))) {
    return bad('nonconforming-invalid', 'nonconforming', { value: displayValue(r.nonconforming) });
  }
  if (n.kind === 'empty' && k.kind === 'ok') {
    return {
      ...UNSCORED,
      issues: [{ code: 'samples-missing', severity: 'warning', field: 'samples', params: { k: k.value } }],
    };
  }
  if (n.kind === 'ok' && k.kind === 'empty') {
    return {
      ...UNSCORED,
      issues: [{ code: 'nonconforming-missing', severity: 'warning', field: 'nonconforming', params: { n: n.value } }],
    };
  }
  if (n.kind !== 'ok' || k.kind !== 'ok') return UNSCORED;
  if (k.value > n.value) return bad('nonconforming-above-samples', 'nonconforming', { n: n.value, k: k.value });
  const earned = item.max * (1 - k.value / n.value);
  return scored(item, earned, [], { samples: n.value, nonconforming: k.value });
}
