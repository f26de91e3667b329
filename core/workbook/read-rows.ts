import type { Params } from '../i18n/index';
import type { IndicatorResponse, Where } from '../scoring/types';
import { formulaWithoutResult, readNumber, type FormulaWithoutResult } from '../scoring/read-value';
import { EXCLUDED } from '../vocabulary/index';
import { CATEGORY_HEADING, normaliseId, readPoints } from './detect-layout';
import { pointsInName, splitIdName } from './id-and-name';
import { cellText, isEmptyCell } from './normalise';
import { specialType } from './read-specials';
import { ANSWER_NO, ANSWER_YES, APPLIES } from '../vocabulary/index';
import type { Cell, Layout, SheetGrid, WorkbookIssue } from './types';

export type IssueSink = (code: string, severity: WorkbookIssue['severity'], where: string, params?: Params) => void;

/** One indicator row as the sheet writes it. */
export interface RowRead {
  row: number;
  /** The row's own number as written ("5.1.1", "3"), '' when it has none. */
  idText: string;
  /** idText normalised ("５.１." → "5.1"). */
  id: string;
  name: string;
  /** The row's category as the sheet names it (category column, else the heading above); '' when none. */
  category: string;
  max: number | null;
  maxText: string;
  /** Cell of the row's 分值 (its 分值 cell, or the name cell when the points are in the name). */
  maxWhere: string;
  kindText: string;
  response: Omit<IndicatorResponse, 'id'>;
  /** The mark that took the item out ("/", "不适用") and its cell, when the score or deduction cell holds one. */
  exclusion?: { where: string; text: string };
  hidden: boolean;
  hasAnswer: boolean;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The indicator rows of a scoring sheet, each with its answers and their cells. On a foreign sheet
 * (`foreign`: not our template) an exclusion mark in the score or deduction cell takes the item out,
 * and a 扣分 column gives earned = 分值 − 扣分 where 得分 is blank.
 */
export function readRows(
  sheet: SheetGrid,
  layout: Layout,
  at: (r: number, c: number) => string,
  issue: IssueSink,
  foreign: boolean,
): RowRead[] {
  const g = sheet.grid;
  const cols = layout.columns;
  // Column of each field, looked up once (undefined: the sheet has no such column).
  const cId = cols.id?.col;
  const cName = cols.name?.col;
  const cCategory = cols.category?.col;
  const cMax = cols.max?.col;
  const cKind = cols.kind?.col;
  const cScore = cols.score?.col;
  const cDeduction = cols.deduction?.col;
  const cSamples = cols.samples?.col;
  const cNonconforming = cols.nonconforming?.col;
  const cApplicable = cols.applicable?.col;
  const cNotes = cols.notes?.col;
  const answerCols = [cScore, cDeduction, cSamples, cNonconforming, cApplicable].filter(
    (c): c is number => c !== undefined,
  );
  const hidden = new Set(layout.hiddenRows);
  const categoryRows = new Set(layout.categoryRows);
  const items = new Set(layout.itemRows);
  // Answer cells whose formula has no saved result: an error at the cell (score() says so), never a blank.
  const pendingByRow = new Map<number, Map<number, FormulaWithoutResult>>();
  for (const f of sheet.formulasWithoutResult ?? []) {
    let m = pendingByRow.get(f.row);
    if (!m) pendingByRow.set(f.row, (m = new Map()));
    m.set(f.col, formulaWithoutResult(f.formula));
  }
  const out: RowRead[] = [];
  let heading = '';
  let columnCategory = '';
  let minHeadingDepth = Infinity;
  for (let r = layout.firstDataRow; r < g.length; r++) {
    const row = g[r];
    const cell = (c: number | undefined): Cell => (c === undefined ? null : (row?.[c] ?? null));
    const pendingRow = pendingByRow.get(r);
    const pending = (c: number | undefined): FormulaWithoutResult | undefined =>
      c === undefined || !pendingRow ? undefined : pendingRow.get(c);
    // Merged category cells hold their text in the top cell only: carry it down.
    const catText = cellText(cell(cCategory));
    if (catText) columnCategory = catText;
    if (categoryRows.has(r)) {
      const idText = cellText(cell(cId));
      const nameText = cellText(cell(cName));
      const label = [idText, nameText].filter(Boolean).join(' ') || catText;
      const ownId = normaliseId(idText) || splitIdName(nameText)?.id || '';
      const depth = /^\d+(\.\d+)*$/.test(ownId) ? ownId.split('.').length : 0;
      if (!ownId || CATEGORY_HEADING.test(nameText) || CATEGORY_HEADING.test(idText) || depth <= minHeadingDepth) {
        if (depth) minHeadingDepth = Math.min(minHeadingDepth, depth);
        if (!specialType(label)) heading = label.replace(/[（(]\s*\d+(\.\d+)?\s*分?\s*[)）]\s*$/, '').trim();
      }
      continue;
    }
    if (!items.has(r)) continue;
    let idText = cellText(cell(cId));
    let name = cellText(cell(cName));
    if (specialType(name) || specialType(idText)) {
      issue('special-in-items-sheet', 'warning', at(r, cName ?? cId ?? 0), { text: name || idText });
      continue;
    }
    const where: Where = {};
    // Number and name in one cell ("5.1.1 组织架构"): in the name cell (beside no id or a mere 序号), or in the id cell.
    const fromName = !idText || /^\d+$/.test(idText) ? splitIdName(name) : null;
    const fromId = fromName ? null : splitIdName(idText);
    if (fromName) {
      idText = fromName.id;
      name = fromName.name;
      where.id = at(r, cName!);
    } else if (fromId?.name) {
      idText = fromId.id;
      if (!name) name = fromId.name;
    }
    if (where.id === undefined) {
      if (cId !== undefined && idText) where.id = at(r, cId);
      else if (cName !== undefined) where.id = at(r, cName);
    }
    // Points in the name ("组织架构（6分）"), used when the row has no 分值 cell.
    const maxCell = cell(cMax);
    const named = pointsInName(name);
    let max = cMax !== undefined ? maxPoints(maxCell) : null;
    let maxWhere = cMax !== undefined ? at(r, cMax) : (where.id ?? at(r, 0));
    if (named.points !== null) {
      name = named.name;
      if (max === null && isEmptyCell(maxCell)) {
        max = named.points;
        maxWhere = at(r, cName ?? cId ?? 0);
      }
    }

    const response: Omit<IndicatorResponse, 'id'> = {};
    let exclusion: RowRead['exclusion'];
    const scoreCell = cell(cScore);
    const deductionCell = cell(cDeduction);
    // A mark where the points go (得分 or 扣分), or in the 分值 cell of a row with nothing else to score.
    const nothingScored = isEmptyCell(scoreCell) && isEmptyCell(deductionCell);
    const mark = foreign
      ? [
          { c: cScore, v: scoreCell },
          { c: cDeduction, v: deductionCell },
          { c: nothingScored && max === null ? cMax : undefined, v: maxCell },
        ].find((x) => x.c !== undefined && EXCLUDED.has(cellText(x.v)))
      : undefined;
    if (mark) {
      // "/", "—", "不适用" where the points go: the item is out of both sums.
      exclusion = { where: at(r, mark.c!), text: cellText(mark.v) };
      response.applicable = false;
      where.applicable = exclusion.where;
    } else if (pending(cScore) || (isEmptyCell(scoreCell) && pending(cDeduction))) {
      const c = pending(cScore) ? cScore! : cDeduction!;
      response.value = pending(c);
      where.value = at(r, c);
    } else if (cScore !== undefined && !isEmptyCell(scoreCell)) {
      response.value = foreign ? pointsOrCell(scoreCell) : rawOf(scoreCell);
      where.value = at(r, cScore);
      if (cDeduction !== undefined && !isEmptyCell(deductionCell)) {
        // Both written: 得分 counts; say so when 分值 − 扣分 gives another number.
        const d = readDeduction(deductionCell);
        const s = readNumber(pointsOrCell(scoreCell));
        if (d.kind === 'ok' && s.kind === 'ok' && max !== null && Math.abs(max - Math.abs(d.value) - s.value) > 1e-9)
          issue('deduction-disagrees', 'warning', at(r, cDeduction), {
            score: s.value,
            scoreAt: at(r, cScore),
            deduction: d.value,
            max,
            earned: round6(max - Math.abs(d.value)),
          });
      }
    } else if (cDeduction !== undefined && !isEmptyCell(deductionCell)) {
      const d = readDeduction(deductionCell);
      where.value = at(r, cDeduction);
      if (d.kind === 'ok' && max !== null) {
        // "-2" in a 扣分 column says "minus 2", as "2" does: 2 points lost either way.
        const lost = Math.abs(d.value);
        if (lost > max + 1e-9) issue('deduction-out-of-range', 'error', at(r, cDeduction), { value: d.value, max });
        // Out of range, the earned points fall below 0 and score() refuses them at this cell.
        response.value = round6(max - lost);
      } else if (d.kind !== 'ok') response.value = rawOf(deductionCell);
    } else if (cScore !== undefined) where.value = at(r, cScore);
    else if (cDeduction !== undefined) where.value = at(r, cDeduction);
    if (cSamples !== undefined) {
      response.samples = pending(cSamples) ?? blankToUndefined(rawOf(cell(cSamples)));
      where.samples = at(r, cSamples);
    }
    if (cNonconforming !== undefined) {
      response.nonconforming = pending(cNonconforming) ?? blankToUndefined(rawOf(cell(cNonconforming)));
      where.nonconforming = at(r, cNonconforming);
    }
    if (cApplicable !== undefined && !mark) {
      const v = rawOf(cell(cApplicable));
      response.applicable =
        pending(cApplicable) ?? (cols.applicable!.inverted ? invertApplicable(v) : blankToUndefined(v));
      where.applicable = at(r, cApplicable);
    }
    const note = cellText(cell(cNotes));
    if (note) response.note = note;
    response.where = where;
    for (const k of ['value', 'samples', 'nonconforming', 'applicable'] as const)
      if (response[k] === undefined) delete response[k];
    out.push({
      row: r,
      idText,
      id: normaliseId(idText),
      name,
      category: catText || columnCategory || heading,
      max,
      maxText: cellText(maxCell),
      maxWhere,
      kindText: cellText(cell(cKind)),
      response,
      ...(exclusion ? { exclusion } : {}),
      hidden: hidden.has(r),
      hasAnswer: answerCols.some((c) => !isEmptyCell(cell(c)) || pending(c) !== undefined),
    });
  }
  return out;
}

/** On a foreign sheet "2分" in a score cell is 2 points, written as its 分值 cells are; anything else stays as it is. */
function pointsOrCell(c: Cell): Cell {
  if (typeof c !== 'string' || !/分\s*$/.test(c)) return c;
  return readPoints(c) ?? c;
}

/** A 扣分 cell: a number, numeric text or "1分" (as a 分值 cell may be written). */
function readDeduction(c: Cell): { kind: 'ok'; value: number } | { kind: 'bad' } {
  const v = readPoints(c);
  return v === null ? { kind: 'bad' } : { kind: 'ok', value: v };
}

/**
 * A 分值 cell: points never negative nor astronomical. -1 or 1e308 there is no maximum (a scheme
 * built from it would not parse, its sums overflowing to Infinity); the row says so as for text.
 */
function maxPoints(c: Cell | undefined): number | null {
  const v = readPoints(c);
  return v !== null && v >= 0 && v <= 1e9 ? v : null;
}

/** The cell as score() should judge it: a date stays a Date, so it is reported as a date, not as text or points. */
function rawOf(v: Cell): Cell {
  return v;
}

function blankToUndefined(v: Cell): Cell | undefined {
  return isEmptyCell(v) ? undefined : v;
}

// Under a 删减 (excluded) header, 是/√/1 means "not applicable" and 否/0 means "applies"; 删减 / 不适用 and
// 适用 / 涉及 keep their meaning.
function invertApplicable(v: Cell): Cell | undefined {
  if (isEmptyCell(v)) return undefined;
  if (typeof v === 'boolean') return !v;
  const s = cellText(v);
  if (EXCLUDED.has(s) || ANSWER_YES.has(s) || s === '1') return false;
  if (ANSWER_NO.has(s) || APPLIES.has(s) || s === '0') return true;
  return v;
}
