import { t, type Lang } from '../i18n/index';
import { readNumber } from '../scoring/read-value';
import { HEADER_SYNONYMS, SUBTOTAL_WORDS } from './header-synonyms';
import { assignColumns, headerCandidates, type HeaderCandidate } from './match-header';
import { cellText, isEmptyCell, normaliseHeader } from './normalise';
import type { Cell, ColumnMatch, Field, Grid, Layout, LayoutFailure } from './types';

export interface DetectOptions {
  /** Rows searched for the header (default 30). */
  maxHeaderRows?: number;
  /** 0-based grid rows that are hidden in the sheet. */
  hiddenRows?: readonly number[];
  lang?: Lang;
}

const INPUT_FIELDS: readonly Field[] = ['score', 'applicable', 'samples', 'nonconforming'];

/**
 * Find the header row and the columns of a scoring sheet in a plain grid, then sort the rows below it
 * into indicator rows, category headings and subtotals. Works on Office.js Range.values as on an
 * exceljs sheet: merged cells are expected to hold their value in the top-left cell only.
 */
export function detectLayout(grid: Grid, options: DetectOptions = {}): Layout | LayoutFailure {
  const lang = options.lang ?? 'zh-CN';
  const limit = Math.min(grid.length, options.maxHeaderRows ?? 30);
  const searchedRows = limit > 0 ? `1–${limit}` : '—';
  if (!grid.some((row) => row?.some((c) => !isEmptyCell(c)))) return failure(lang, 'empty', [], searchedRows, {});

  type Best = { row: number; columns: Partial<Record<Field, ColumnMatch>>; weight: number };
  const rowsSeen: Best[] = [];
  for (let r = 0; r < limit; r++) {
    const columns = assignColumns(rowCandidates(grid[r] ?? []));
    rowsSeen.push({ row: r, columns, weight: headerWeight(columns) });
  }
  // The heaviest row; the first of equals (a repeated header further down is not the header).
  const best: Best | null = rowsSeen.reduce<Best | null>((b, x) => (x.weight > (b?.weight ?? 0) ? x : b), null);
  if (!best || (!best.columns.id && !best.columns.name)) {
    const missing: Field[] = ['id', 'name', 'max', 'score'].filter((f) => !best?.columns[f as Field]) as Field[];
    return failure(lang, 'no-header', missing, searchedRows, best?.columns ?? {}, best?.row);
  }

  // A second header row (抽样 over 抽样数 / 不符合数) fills fields the first row left open.
  let { columns } = best;
  let firstDataRow = best.row + 1;
  let subHeaderRow: number | undefined;
  const next = grid[best.row + 1] ?? [];
  const nextFilled = next.map((c, col) => ({ c, col })).filter((x) => !isEmptyCell(x.c));
  if (nextFilled.length) {
    const nextCands = nextFilled.flatMap((x) => headerCandidates(cellText(x.c), x.col));
    const recognised = new Set(nextCands.map((c) => c.col));
    if (nextFilled.every((x) => recognised.has(x.col) && typeof x.c === 'string')) {
      const taken = new Set(Object.values(columns).map((m) => m!.col));
      // The lower row names the column more precisely; it replaces a field the upper (merged) cell claimed.
      const merged = assignColumns([...nextCands.map((c) => ({ ...c, rank: c.rank - 1000 })), ...rowCandidates(grid[best.row] ?? []).filter((c) => !recognised.has(c.col) || !taken.has(c.col))]);
      columns = merged;
      subHeaderRow = best.row + 1;
      firstDataRow = best.row + 2;
    }
  }

  if (!columns.score && !columns.computed && !(columns.samples && columns.nonconforming) && !columns.applicable) {
    return failure(lang, 'no-score-column', ['score'], searchedRows, columns, best.row);
  }

  const used = new Set(Object.values(columns).map((m) => m!.col));
  const headerCells = [grid[best.row] ?? [], subHeaderRow !== undefined ? grid[subHeaderRow] ?? [] : []];
  const extraColumns: { col: number; header: string }[] = [];
  const width = Math.max(...headerCells.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    if (used.has(col)) continue;
    const header = headerCells.map((r) => cellText(r[col])).filter(Boolean).join(' / ');
    if (header) extraColumns.push({ col, header });
  }

  const rows = classifyRows(grid, firstDataRow, columns);
  const hidden = new Set(options.hiddenRows ?? []);
  return {
    ok: true,
    headerRow: best.row,
    ...(subHeaderRow !== undefined ? { subHeaderRow } : {}),
    firstDataRow,
    columns,
    extraColumns,
    ...rows,
    hiddenRows: [...hidden].filter((r) => r >= firstDataRow).sort((a, b) => a - b),
  };
}

function rowCandidates(row: readonly Cell[]): HeaderCandidate[] {
  const out: HeaderCandidate[] = [];
  row.forEach((c, col) => {
    if (typeof c === 'string') out.push(...headerCandidates(c, col));
  });
  return out;
}

/** How much a row looks like a scoring-sheet header: the columns that matter count double. */
function headerWeight(columns: Partial<Record<Field, ColumnMatch>>): number {
  let w = 0;
  for (const f of Object.keys(columns) as Field[]) w += f === 'id' || f === 'name' || f === 'max' || f === 'score' ? 2 : 1;
  // A single recognised word is not a header (a title like "评分" above the table).
  return Object.keys(columns).length >= 2 ? w : 0;
}

const SUBTOTAL = SUBTOTAL_WORDS.map(normaliseHeader);

export function isSubtotalText(s: string): boolean {
  const h = normaliseHeader(s).replace(/^[一二三四五六七八九十\d.、]+/, '');
  return SUBTOTAL.some((w) => h === w || h.startsWith(w) || (h.endsWith(w) && /[\u4e00-\u9fff]/.test(w) && h.length <= w.length + 8));
}

/** A points cell: a number, numeric text, or "3分". */
export function readPoints(c: Cell | undefined): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const s = cellText(c).replace(/分$/, '').replace(/^points?:?/i, '');
  const n = readNumber(s);
  return n.kind === 'ok' ? n.value : null;
}

function classifyRows(grid: Grid, firstDataRow: number, columns: Partial<Record<Field, ColumnMatch>>) {
  const subtotalRows: number[] = [];
  const categoryRows: number[] = [];
  const itemRows: number[] = [];
  const col = (f: Field) => columns[f]?.col;
  const labelCols = [col('id'), col('name'), col('category'), 0, 1, 2].filter((c): c is number => c !== undefined);
  const inputCols = INPUT_FIELDS.map(col).filter((c): c is number => c !== undefined);
  const idOf = (r: number) => (col('id') !== undefined ? normaliseId(cellText(grid[r]?.[col('id')!])) : '');
  const ids = new Set<string>();
  for (let r = firstDataRow; r < grid.length; r++) if (idOf(r)) ids.add(idOf(r));
  // A row whose id prefixes another row's id (5.1.1 above 5.1.1.1) is a heading, not an item.
  const isParentId = (id: string) => id !== '' && [...ids].some((o) => o.startsWith(`${id}.`));

  for (let r = firstDataRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (!row.some((c) => !isEmptyCell(c))) continue;
    if ([...new Set(labelCols)].some((c) => isSubtotalText(cellText(row[c])))) {
      subtotalRows.push(r);
      continue;
    }
    const hasLabel = (col('id') !== undefined && !isEmptyCell(row[col('id')!])) || (col('name') !== undefined && !isEmptyCell(row[col('name')!]));
    const hasCategoryOnly = !hasLabel && col('category') !== undefined && !isEmptyCell(row[col('category')!]);
    const hasMax = col('max') !== undefined && readPoints(row[col('max')!]) !== null;
    const hasInput = inputCols.some((c) => !isEmptyCell(row[c]));
    if (hasCategoryOnly && !hasMax && !hasInput) {
      categoryRows.push(r);
      continue;
    }
    if (!hasLabel) continue;
    if (isParentId(idOf(r)) || (!hasMax && !hasInput && !(col('max') === undefined && idOf(r)))) {
      categoryRows.push(r);
      continue;
    }
    itemRows.push(r);
  }
  return { subtotalRows, categoryRows, itemRows };
}

/** "5.1.1.1." / "５.１" / " 5.1 " → "5.1.1.1" / "5.1"; numbers like 5.1 stay "5.1". */
export function normaliseId(s: string): string {
  return normaliseHeader(s).replace(/^(\d+(?:\.\d+)*)\.?$/, '$1');
}

function failure(lang: Lang, code: LayoutFailure['code'], missing: Field[], searchedRows: string, found: Partial<Record<Field, ColumnMatch>>, bestRow?: number): LayoutFailure {
  const synonyms: Partial<Record<Field, string[]>> = {};
  for (const f of missing) {
    const e = HEADER_SYNONYMS.find((x) => x.field === f);
    if (e) synonyms[f] = [...e.zh, ...(e.invertedZh ?? []), ...e.en];
  }
  const fieldNames = missing.map((f) => t(lang, `workbook.field.${f}`)).join(lang === 'en' ? ', ' : '、');
  const hints = missing.map((f) => `${t(lang, `workbook.field.${f}`)}: ${(synonyms[f] ?? []).slice(0, 8).join(' / ')}`).join(lang === 'en' ? '; ' : '；');
  const message = t(lang, `workbook.layout.${code}`, { rows: searchedRows, fields: fieldNames, hints, row: bestRow !== undefined ? bestRow + 1 : '—' });
  return { ok: false, code, missing, searchedRows, synonyms, ...(bestRow !== undefined ? { bestRow } : {}), found, message };
}
