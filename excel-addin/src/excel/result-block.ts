import { t, type AuditResult, type Lang } from '../../../core/index';
import { ui } from '../messages';
import { scoredCount } from '../scored-count';

/** First cell of the add-in's own result sheet; a sheet whose A1 starts with it is ours to overwrite. */
export const RESULT_MARKER = 'GB/T 27922 评分结果 · Scoring result';
/** Width of the result block (A..F). Column H holds the flag registry. */
export const RESULT_WIDTH = 6;
export const CATEGORY_HEADER_ROW = 9; // 0-based: row 10 in Excel
export const REGISTRY_COL = 7; // H

export type Out = string | number;
export interface Block {
  values: Out[][];
  formats: string[][];
}

const row = (...cells: (Out | null | undefined)[]): Out[] => {
  const r = cells.map((c) => (c === null || c === undefined ? '' : c));
  while (r.length < RESULT_WIDTH) r.push('');
  return r;
};

/**
 * The result sheet as a block of plain values (never formulas): headline figures, categories, then one status
 * row per indicator ("our status column"). Every string goes out with number format "@" so that text from
 * the workbook (a foreign sheet's indicator names) is stored as text, never parsed as a formula.
 */
export function resultBlock(result: AuditResult, lang: Lang): Block {
  const L = (k: Parameters<typeof ui>[1]) => ui(lang, k);
  const name = (n: { zh: string; en: string }) => (lang === 'zh-CN' ? n.zh : n.en);
  const level = (id: string | null) => (id ? t(lang, `level.${id}`) : '');
  const count = scoredCount(result);
  const values: Out[][] = [
    row(RESULT_MARKER, L('result.sheetNote')),
    row(L('result.score'), result.score ?? ''),
    row(L('result.level'), level(result.level)),
    row(L('result.provisional'), result.provisional ? L('result.yes') : L('result.no')),
    row(L('result.veto'), result.vetoReason?.message ?? ''),
    row(L('result.scored'), count.scored, count.total),
    row(L('result.special'), result.specialDeductions, result.bonus),
    row(L('result.next'), level(result.nextLevel?.level ?? null), result.nextLevel?.pointsNeeded ?? ''),
    row(),
    row(...L('result.catHeader').split('|')),
    ...result.categories.map((c) => row(c.id, name(c.name), c.earned, c.applicable, c.percent ?? '')),
    row(),
    row(...L('result.itemHeader').split('|')),
    ...result.items.map((it) =>
      row(
        it.id,
        name(it.name),
        t(lang, `status.${it.status}`),
        it.earned ?? '',
        it.max,
        it.where?.value ?? it.where?.samples ?? '',
      ),
    ),
  ];
  const formats = values.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
  return { values, formats };
}

/** Rows of the category table (for the chart): 0-based first/last row. */
export function categoryRows(result: AuditResult): { first: number; last: number } {
  return { first: CATEGORY_HEADER_ROW, last: CATEGORY_HEADER_ROW + result.categories.length };
}

/** Pads a block with blank rows so rows left from a longer previous result are cleared. */
export function padBlock(block: Block, rows: number, width: number): Block {
  const values = block.values.map((r) => [...r]);
  const formats = block.formats.map((r) => [...r]);
  while (values.length < rows) {
    values.push(Array(width).fill(''));
    formats.push(Array(width).fill('General'));
  }
  return { values, formats };
}
