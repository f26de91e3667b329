import type { IndicatorResponse, Scheme, ScoredItem } from '../../../core/index';

/** The answer that gives an item full marks, in the item's own kind. */
export function fullAnswer(it: ScoredItem): IndicatorResponse {
  if (it.kind === 'binary') return { id: it.id, value: '符合' };
  if (it.kind === 'sampled') return { id: it.id, samples: 10, nonconforming: 0 };
  return { id: it.id, value: it.max };
}

export function allFull(scheme: Scheme): IndicatorResponse[] {
  return scheme.items.map(fullAnswer);
}

/** Full marks everywhere except the given overrides (by id). */
export function withAnswers(
  scheme: Scheme,
  overrides: Record<string, Partial<IndicatorResponse>>,
): IndicatorResponse[] {
  return scheme.items.map((it) => ({ ...fullAnswer(it), ...overrides[it.id], id: it.id }));
}

export const special = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ clause: `4.2-${i + 1}`, description: 'x' }));
