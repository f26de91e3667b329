import type { IndicatorKind } from '../scheme/schema';
import { conformWord } from '../vocabulary/index';
import { readNumber } from '../scoring/read-value';
import { KIND_WORDS } from './header-synonyms';
import { memoText, normaliseHeader } from './normalise';

const KINDS: { kind: IndicatorKind; words: string[] }[] = (['sampled', 'binary', 'graded'] as const).map((kind) => ({
  kind,
  words: KIND_WORDS[kind].map(normaliseHeader),
}));

/** A 评分方式 cell ("符合性", "抽样", "评分") → the kind it names, or null. */
export const kindFromText: (s: string) => IndicatorKind | null = memoText((s) => {
  const h = normaliseHeader(s);
  if (!h) return null;
  return KINDS.find((k) => k.words.includes(h))?.kind ?? null;
});

/**
 * What an item's cells say its kind is, on a sheet without a 评分方式 column: 抽样数 / 不符合数 filled →
 * sampled; a number → points (graded; a number outside 0…分值 is then reported as such, never as "not
 * 符合/不符合"); 符合 / 不符合 and the like → yes/no. Null when the cells say nothing (blank, other text).
 */
export function kindFromCells(r: {
  value?: unknown;
  samples?: unknown;
  nonconforming?: unknown;
}): IndicatorKind | null {
  if (r.samples !== undefined || r.nonconforming !== undefined) return 'sampled';
  if (r.value === undefined || typeof r.value === 'boolean') return typeof r.value === 'boolean' ? 'binary' : null;
  if (readNumber(r.value).kind === 'ok') return 'graded';
  if (conformWord(r.value) !== null) return 'binary';
  return null;
}
