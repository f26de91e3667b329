import { RECTIFIED, STILL_OPEN } from '../vocabulary/index';
import { SPECIAL_SYNONYMS, SPECIAL_TYPE_WORDS } from './header-synonyms';
import { cellText, memoText, normaliseHeader } from './normalise';
import type { SpecialItem } from '../scoring/types';
import type { Grid } from './types';

type SpecialField = keyof typeof SPECIAL_SYNONYMS;

const TYPE_WORDS = {
  deduction: SPECIAL_TYPE_WORDS.deduction.map(normaliseHeader),
  bonus: SPECIAL_TYPE_WORDS.bonus.map(normaliseHeader),
};

export const specialType: (text: string) => 'deduction' | 'bonus' | null = memoText((text) => {
  const h = normaliseHeader(text);
  if (!h) return null;
  if (TYPE_WORDS.deduction.some((w) => h.includes(w))) return 'deduction';
  if (TYPE_WORDS.bonus.some((w) => h.includes(w))) return 'bonus';
  return null;
});

function specialField(text: string): SpecialField | null {
  const h = normaliseHeader(text);
  for (const f of Object.keys(SPECIAL_SYNONYMS) as SpecialField[]) {
    if ([...SPECIAL_SYNONYMS[f].zh, ...SPECIAL_SYNONYMS[f].en].some((s) => normaliseHeader(s) === h)) return f;
  }
  return null;
}

export interface SpecialsRead {
  found: boolean;
  deductions: SpecialItem[];
  bonuses: SpecialItem[];
  /** Rows with text but no recognisable type: where + the text. */
  unknownType: { where: string; value: string }[];
  badRectified: { where: string; value: string }[];
}

/**
 * A special-items table: a header with 类型 and 说明 (or 条款), one row per item. A row counts when its
 * clause or description is filled, the same rule the template's formulas use.
 */
export function readSpecials(grid: Grid, at: (row: number, col: number) => string): SpecialsRead {
  const out: SpecialsRead = { found: false, deductions: [], bonuses: [], unknownType: [], badRectified: [] };
  let header = -1;
  let cols: Partial<Record<SpecialField, number>> = {};
  for (let r = 0; r < Math.min(grid.length, 15) && header < 0; r++) {
    const found: Partial<Record<SpecialField, number>> = {};
    (grid[r] ?? []).forEach((c, i) => {
      const f = typeof c === 'string' ? specialField(c) : null;
      if (f && found[f] === undefined) found[f] = i;
    });
    if (found.type !== undefined && (found.description !== undefined || found.clause !== undefined)) {
      header = r;
      cols = found;
    }
  }
  if (header < 0) return out;
  out.found = true;
  for (let r = header + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const get = (f: SpecialField) => (cols[f] !== undefined ? cellText(row[cols[f]!]) : '');
    const clause = get('clause');
    const description = get('description');
    if (!clause && !description) continue;
    const typeText = get('type');
    const type = specialType(typeText);
    if (!type) {
      out.unknownType.push({ where: at(r, cols.type!), value: typeText });
      continue;
    }
    const item: SpecialItem = { where: at(r, cols.description ?? cols.clause!) };
    if (clause) item.clause = clause;
    if (description) item.description = description;
    const rect = get('rectified');
    if (type === 'deduction' && rect) {
      if (RECTIFIED.has(rect)) item.rectified = true;
      else if (STILL_OPEN.has(rect)) item.rectified = false;
      else out.badRectified.push({ where: at(r, cols.rectified!), value: get('rectified') });
    }
    (type === 'deduction' ? out.deductions : out.bonuses).push(item);
  }
  return out;
}
