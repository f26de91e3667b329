import { t, type Lang } from '../i18n/index';
import { readNumber } from '../scoring/read-value';
import { EXCLUDED } from '../vocabulary/index';
import { HEADER_SYNONYMS, SUBTOTAL_WORDS } from './header-synonyms';
import { pointsInName, splitIdName } from './id-and-name';
import { assignColumns, headerCandidates, type HeaderCandidate } from './match-header';
import { cellText, isEmptyCell, memoText, normaliseHeader } from './normalise';
import type { Cell, ColumnMatch, Field, Grid, Layout, LayoutFailure } from './types';

export interface DetectOptions {
  /** Rows searched for the header (default 30). */
  maxHeaderRows?: number;
  /** 0-based grid rows that are hidden in the sheet. */
  hiddenRows?: readonly number[];
  lang?: Lang;
}

const INPUT_FIELDS: readonly Field[] = ['score', 'deduction', 'applicable', 'samples', 'nonconforming'];

type HeaderPart = Omit<Layout, 'subtotalRows' | 'categoryRows' | 'itemRows' | 'hiddenRows'>;

/**
 * What the header search of each layout depended on (the rows it looked at), so a later call on an
 * edited grid can tell whether it may reuse the header instead of searching again. Kept beside the
 * layout objects this module made, never on them (a Layout stays plain data).
 */
const HEADER_KEYS = new WeakMap<Layout, string>();

/**
 * Find the header row and the columns of a scoring sheet in a plain grid, then sort the rows below it
 * into indicator rows, category headings and subtotals. Works on Office.js Range.values as on an
 * exceljs sheet: merged cells are expected to hold their value in the top-left cell only.
 */
export function detectLayout(grid: Grid, options: DetectOptions = {}): Layout | LayoutFailure {
  const header = detectHeader(grid, options);
  if (!header.ok) return header;
  const layout = finishLayout(grid, header, options.hiddenRows);
  HEADER_KEYS.set(layout, headerKey(grid, options, layout.headerRow));
  return layout;
}

/**
 * detectLayout, reusing `previous` (a layout detectLayout returned for an earlier state of this sheet)
 * when the rows its header search looked at are unchanged: only the rows below are sorted again. The
 * result is the same as detectLayout(grid, options) would give; a live recompute just skips the search.
 */
export function detectLayoutReusing(
  grid: Grid,
  previous: Layout | LayoutFailure | undefined,
  options: DetectOptions = {},
): Layout | LayoutFailure {
  const key = previous?.ok ? HEADER_KEYS.get(previous) : undefined;
  if (!previous?.ok || key === undefined || key !== headerKey(grid, options, previous.headerRow))
    return detectLayout(grid, options);
  const { subtotalRows: _s, categoryRows: _c, itemRows: _i, hiddenRows: _h, ...header } = previous;
  const layout = finishLayout(grid, header, options.hiddenRows);
  HEADER_KEYS.set(layout, key);
  return layout;
}

/**
 * What the header search read: in the searched rows, the texts that name a column (it ignores numbers,
 * dates, blanks and other texts there, so a score or a note typed near the top keeps the key), and every
 * cell of the header row and the row below it (a possible second header row; also the extra columns).
 */
function headerKey(grid: Grid, options: DetectOptions, headerRow: number): string {
  const limit = Math.min(grid.length, options.maxHeaderRows ?? 30);
  const parts: string[] = [`${limit}/${headerRow}`];
  for (let r = 0; r < Math.min(grid.length, Math.max(limit, headerRow + 2)); r++) {
    const row = grid[r] ?? [];
    const full = r === headerRow || r === headerRow + 1;
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') {
        if (full || headerCandidates(v, c).length) cells.push(`${c}s${JSON.stringify(v)}`);
      } else if (full)
        cells.push(
          v === null || v === undefined
            ? `${c}`
            : v instanceof Date
              ? `${c}d${v.getTime()}`
              : `${c}${(typeof v)[0]}${String(v)}`,
        );
    }
    if (full) cells.push(`#${row.length}`);
    parts.push(cells.join('\u0001'));
  }
  return parts.join('\u0002');
}

function detectHeader(grid: Grid, options: DetectOptions): ({ ok: true } & HeaderPart) | LayoutFailure {
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
    // Every cell text, and the column names recognised: all of them, or at least two and most (a 签字 or
    // 说明 the synonyms do not know must not hide that 标准分 / 实得分 sit under a merged 评分).
    const known = nextFilled.filter((x) => recognised.has(x.col)).length;
    const isSubHeader =
      nextFilled.every((x) => typeof x.c === 'string') &&
      (known === nextFilled.length || (known >= 2 && known * 2 > nextFilled.length));
    if (isSubHeader) {
      const taken = new Set(Object.values(columns).map((m) => m!.col));
      // The lower row names the column more precisely; it replaces a field the upper (merged) cell claimed.
      const merged = assignColumns([
        ...nextCands.map((c) => ({ ...c, rank: c.rank - 1000 })),
        ...rowCandidates(grid[best.row] ?? []).filter((c) => !recognised.has(c.col) || !taken.has(c.col)),
      ]);
      columns = merged;
      subHeaderRow = best.row + 1;
      firstDataRow = best.row + 2;
    }
  }

  if (
    !columns.score &&
    !columns.deduction &&
    !columns.computed &&
    !(columns.samples && columns.nonconforming) &&
    !columns.applicable
  ) {
    return failure(lang, 'no-score-column', ['score'], searchedRows, columns, best.row);
  }

  const used = new Set(Object.values(columns).map((m) => m!.col));
  const headerCells = [grid[best.row] ?? [], subHeaderRow !== undefined ? (grid[subHeaderRow] ?? []) : []];
  const extraColumns: { col: number; header: string }[] = [];
  const width = Math.max(...headerCells.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    if (used.has(col)) continue;
    const header = headerCells
      .map((r) => cellText(r[col]))
      .filter(Boolean)
      .join(' / ');
    if (header) extraColumns.push({ col, header });
  }
  return {
    ok: true,
    headerRow: best.row,
    ...(subHeaderRow !== undefined ? { subHeaderRow } : {}),
    firstDataRow,
    columns,
    extraColumns,
  };
}

function finishLayout(grid: Grid, header: HeaderPart, hiddenRows: readonly number[] | undefined): Layout {
  const rows = classifyRows(grid, header.firstDataRow, header.columns);
  const hidden = new Set(hiddenRows ?? []);
  return {
    ok: true,
    headerRow: header.headerRow,
    ...(header.subHeaderRow !== undefined ? { subHeaderRow: header.subHeaderRow } : {}),
    firstDataRow: header.firstDataRow,
    columns: header.columns,
    extraColumns: header.extraColumns,
    ...rows,
    hiddenRows: [...hidden].filter((r) => r >= header.firstDataRow).sort((a, b) => a - b),
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
  for (const f of Object.keys(columns) as Field[])
    w += f === 'id' || f === 'name' || f === 'max' || f === 'score' ? 2 : 1;
  // A single recognised word is not a header (a title like "评分" above the table).
  return Object.keys(columns).length >= 2 ? w : 0;
}

const SUBTOTAL = SUBTOTAL_WORDS.map(normaliseHeader);

export const isSubtotalText: (s: string) => boolean = memoText((s) => {
  const h = normaliseHeader(s).replace(/^[一二三四五六七八九十\d.、]+/, '');
  return SUBTOTAL.some(
    (w) => h === w || h.startsWith(w) || (h.endsWith(w) && /[\u4e00-\u9fff]/.test(w) && h.length <= w.length + 8),
  );
});

/** A points cell: a number, numeric text, or "3分". */
export function readPoints(c: Cell | undefined): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const s = cellText(c)
    .replace(/分$/, '')
    .replace(/^points?:?/i, '');
  const n = readNumber(s);
  return n.kind === 'ok' ? n.value : null;
}

function classifyRows(grid: Grid, firstDataRow: number, columns: Partial<Record<Field, ColumnMatch>>) {
  const subtotalRows: number[] = [];
  const categoryRows: number[] = [];
  const itemRows: number[] = [];
  const col = (f: Field) => columns[f]?.col;
  const idCol = col('id');
  const nameCol = col('name');
  const categoryCol = col('category');
  const maxCol = col('max');
  const labelCols = [...new Set([idCol, nameCol, categoryCol, 0, 1, 2].filter((c): c is number => c !== undefined))];
  const inputCols = INPUT_FIELDS.map(col).filter((c): c is number => c !== undefined);
  // Each row's id, once; and every id that prefixes another row's id (5.1.1 above 5.1.1.1): those rows
  // are headings, not items. One pass over the ids instead of comparing every pair.
  const ids: string[] = [];
  const parentIds = new Set<string>();
  for (let r = firstDataRow; r < grid.length; r++) {
    const id = rowId(grid[r], idCol, nameCol);
    ids.push(id);
    for (let i = id.indexOf('.'); i >= 0; i = id.indexOf('.', i + 1)) parentIds.add(id.slice(0, i));
  }
  const isParentId = (id: string) => id !== '' && parentIds.has(id);

  for (let r = firstDataRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (!row.some((c) => !isEmptyCell(c))) continue;
    if (labelCols.some((c) => isSubtotalText(cellText(row[c])))) {
      subtotalRows.push(r);
      continue;
    }
    const id = ids[r - firstDataRow]!;
    const hasLabel =
      (idCol !== undefined && !isEmptyCell(row[idCol])) || (nameCol !== undefined && !isEmptyCell(row[nameCol]));
    const hasCategoryOnly = !hasLabel && categoryCol !== undefined && !isEmptyCell(row[categoryCol]);
    // Without a 分值 column the points may be in the name ("组织架构（6分）").
    const hasMax =
      maxCol !== undefined
        ? readPoints(row[maxCol]) !== null || EXCLUDED.has(cellText(row[maxCol])) // "/" as 分值: an item taken out
        : nameCol !== undefined && pointsInName(cellText(row[nameCol])).points !== null;
    const hasInput = inputCols.some((c) => !isEmptyCell(row[c]));
    if (hasCategoryOnly && !hasMax && !hasInput) {
      categoryRows.push(r);
      continue;
    }
    if (!hasLabel) continue;
    // "一、服务体系（40分）" with nothing to score is a heading, points in its name or not.
    if (!hasInput && !id && CATEGORY_HEADING.test(cellText(row[nameCol ?? idCol!]))) {
      categoryRows.push(r);
      continue;
    }
    if (isParentId(id) || (!hasMax && !hasInput && !(maxCol === undefined && id))) {
      categoryRows.push(r);
      continue;
    }
    itemRows.push(r);
  }
  return { subtotalRows, categoryRows, itemRows };
}

/** Heading texts that open a category: 一、 / 第二部分 / A. 服务体系. */
export const CATEGORY_HEADING = /^(第?[一二三四五六七八九十]+[、.．部分章]|[A-Z][、.．]\s*\S)/;

/**
 * A row's id: its id cell, or the number the id or name cell starts with ("5.1.1 组织架构"). '' when none.
 */
export function rowId(
  row: readonly Cell[] | undefined,
  idCol: number | undefined,
  nameCol: number | undefined,
): string {
  const idText = idCol !== undefined ? cellText(row?.[idCol]) : '';
  // A mere 序号 (1, 2, …) beside "5.1.1 组织架构": the name cell holds the id.
  const inName =
    !idText || /^\d+$/.test(idText) ? splitIdName(nameCol !== undefined ? cellText(row?.[nameCol]) : '') : null;
  return inName?.id ?? splitIdName(idText)?.id ?? normaliseId(idText);
}

/** "5.1.1.1." / "５.１" / " 5.1 " → "5.1.1.1" / "5.1"; numbers like 5.1 stay "5.1". */
export const normaliseId: (s: string) => string = memoText((s) =>
  normaliseHeader(s).replace(/^(\d+(?:\.\d+)*)\.?$/, '$1'),
);

function failure(
  lang: Lang,
  code: LayoutFailure['code'],
  missing: Field[],
  searchedRows: string,
  found: Partial<Record<Field, ColumnMatch>>,
  bestRow?: number,
): LayoutFailure {
  const synonyms: Partial<Record<Field, string[]>> = {};
  for (const f of missing) {
    const e = HEADER_SYNONYMS.find((x) => x.field === f);
    if (e) synonyms[f] = [...e.zh, ...(e.invertedZh ?? []), ...e.en];
  }
  const fieldNames = missing.map((f) => t(lang, `workbook.field.${f}`)).join(lang === 'en' ? ', ' : '、');
  const hints = missing
    .map((f) => `${t(lang, `workbook.field.${f}`)}: ${(synonyms[f] ?? []).slice(0, 8).join(' / ')}`)
    .join(lang === 'en' ? '; ' : '；');
  const message = t(lang, `workbook.layout.${code}`, {
    rows: searchedRows,
    fields: fieldNames,
    hints,
    row: bestRow !== undefined ? bestRow + 1 : '—',
  });
  return {
    ok: false,
    code,
    missing,
    searchedRows,
    synonyms,
    ...(bestRow !== undefined ? { bestRow } : {}),
    found,
    message,
  };
}
