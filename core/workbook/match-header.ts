import { HEADER_SYNONYMS } from './header-synonyms';
import { memoText, normaliseHeader } from './normalise';
import type { ColumnMatch, Field } from './types';

export interface HeaderCandidate {
  col: number;
  field: Field;
  header: string;
  inverted: boolean;
  /** Lower is stronger: exact matches first, by the synonym's position; then texts that contain a synonym. */
  rank: number;
}

interface Compiled {
  field: Field;
  text: string;
  inverted: boolean;
  order: number;
  /** Whether a header containing this synonym (not only equal to it) names the field. */
  containable: boolean;
}

// Containment is only trusted for synonyms that cannot hide inside ordinary words ("n", "id", "no").
const containable = (s: string) => (/[\u4e00-\u9fff]/.test(s) ? s.length >= 2 : s.length >= 5);

const COMPILED: Compiled[] = HEADER_SYNONYMS.flatMap((e) => {
  const list = (texts: readonly string[] | undefined, inverted: boolean) =>
    (texts ?? []).map((t, order) => {
      const text = normaliseHeader(t);
      return { field: e.field, text, inverted, order, containable: containable(text) };
    });
  return [...list(e.zh, false), ...list(e.en, false), ...list(e.invertedZh, true), ...list(e.invertedEn, true)];
});

/** Every field a header text could name, ranked. */
export function headerCandidates(text: string, col: number): HeaderCandidate[] {
  return claimsOf(text).map((c) => ({ col, field: c.field, header: text, inverted: c.inverted, rank: c.rank }));
}

// The header search runs over every cell of the top rows on each recompute: match each text once.
const claimsOf = memoText((text: string): readonly Omit<HeaderCandidate, 'col' | 'header'>[] => {
  const h = normaliseHeader(text);
  if (!h || h.length > 30) return [];
  const best = new Map<Field, Omit<HeaderCandidate, 'col' | 'header'>>();
  for (const c of COMPILED) {
    // A synonym longer than the header can neither equal it nor be inside it.
    if (c.text.length > h.length) continue;
    let rank: number | null = null;
    if (h === c.text) rank = c.order;
    else if (c.containable && h.includes(c.text)) rank = 100 + (60 - Math.min(c.text.length, 50)) + c.order / 100;
    if (rank === null) continue;
    const prev = best.get(c.field);
    if (!prev || rank < prev.rank) best.set(c.field, { field: c.field, inverted: c.inverted, rank });
  }
  return [...best.values()];
});

/** Give each field at most one column and each column at most one field, strongest claims first. */
export function assignColumns(candidates: HeaderCandidate[]): Partial<Record<Field, ColumnMatch>> {
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank || a.col - b.col);
  const columns: Partial<Record<Field, ColumnMatch>> = {};
  const usedCols = new Set<number>();
  for (const c of sorted) {
    if (columns[c.field] || usedCols.has(c.col)) continue;
    columns[c.field] = { col: c.col, header: c.header, ...(c.inverted ? { inverted: true } : {}) };
    usedCols.add(c.col);
  }
  // A sheet always names its indicators: a lone 评价内容 column is the indicator, not the criteria.
  if (!columns.name) {
    const c = sorted.find((x) => x.field === 'name' && columns.criteria?.col === x.col);
    if (c) {
      delete columns.criteria;
      columns.name = { col: c.col, header: c.header };
    }
  }
  return columns;
}
