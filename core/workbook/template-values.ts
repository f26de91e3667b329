import type { Lang } from '../i18n/index';
import type { ScoredItem } from '../scheme/schema';
import { readApplicable, readConform } from '../scoring/read-value';
import type { IndicatorResponse } from '../scoring/types';
import { words } from './template-layout';
import type { Cell } from './types';

/** The cells a response becomes on our template, in the template's own words (是/否, 符合/不符合). */
export function responseCells(
  item: ScoredItem,
  r: IndicatorResponse | undefined,
  lang: Lang,
): { applicable: Cell; samples: Cell; nonconforming: Cell; score: Cell; notes: Cell } {
  const w = words(lang);
  const plain = (v: unknown): Cell =>
    v === undefined || v === null
      ? null
      : typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'
        ? v
        : String(v);
  if (!r) return { applicable: null, samples: null, nonconforming: null, score: null, notes: null };
  const app = readApplicable(r.applicable);
  const applicable = app.kind === 'ok' ? (app.value ? w.yes : w.no) : app.kind === 'empty' ? null : plain(r.applicable);
  let score = plain(r.value);
  if (item.kind === 'binary') {
    const c = readConform(r.value, item.max);
    if (c.kind === 'ok' && typeof r.value !== 'number') score = c.value ? w.conform : w.nonconform;
  }
  return {
    applicable,
    samples: plain(r.samples),
    nonconforming: plain(r.nonconforming),
    score,
    notes: r.note ? r.note : null,
  };
}
