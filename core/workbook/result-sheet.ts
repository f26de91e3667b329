/*
 * The one 结果 (result) sheet: a grid of values with a style per cell, merges, column widths, row heights
 * and print settings. Pure data: the CLI's scored copy turns it into a worksheet part, the Excel add-in
 * writes it through Office.js, so both show the same sheet. Values are never formulas: every string is
 * written as text by both writers.
 */
import type { Lang } from '../i18n/index';
import type { AuditResult } from '../scoring/types';
import { formatPoints, SHOWN_FORMAT } from '../scoring/display-number';
import { isWideChar } from './char-width';
import { resultContent, type ResultContentOptions } from './result-content';

/** Columns A..F. The add-in keeps its flag registry in column H, outside the print area. */
export const RESULT_COLUMNS = 6;

/**
 * How our own result sheet is recognised (never by its name: a body's own sheet may be called 结果 too):
 * a hidden defined name scoped to the sheet, in the package (scored copy) or through Office.js (add-in).
 */
export const RESULT_SHEET_MARKER = '_gbt27922_result';

/**
 * Cell styles. Alignment is part of the style: numbers and the headers above them are right-aligned, text
 * and its headers left-aligned; `wrap` text wraps within its (merged) cell.
 */
export type ResultStyle =
  | 'title'
  | 'label'
  | 'text'
  | 'wrap'
  | 'headline'
  | 'headlineNumber'
  | 'section'
  | 'head'
  | 'headNumber'
  | 'number'
  | 'error'
  | 'stamp';

export const RESULT_STYLES: Record<
  ResultStyle,
  { bold?: boolean; size: number; color?: string; fill?: string; align: 'left' | 'right'; wrap?: boolean }
> = {
  title: { bold: true, size: 14, align: 'left' },
  label: { bold: true, size: 10, color: '595959', align: 'left', wrap: true },
  text: { size: 10, align: 'left' },
  wrap: { size: 10, align: 'left', wrap: true },
  headline: { bold: true, size: 16, color: '1F4E79', align: 'left' },
  headlineNumber: { bold: true, size: 16, color: '1F4E79', align: 'right' },
  section: { bold: true, size: 12, align: 'left' },
  head: { bold: true, size: 10, fill: 'DCE6F1', align: 'left' },
  headNumber: { bold: true, size: 10, fill: 'DCE6F1', align: 'right' },
  number: { size: 10, align: 'right' },
  error: { size: 10, color: 'C00000', align: 'left', wrap: true },
  stamp: { size: 8, color: '808080', align: 'left' },
};

export interface ResultCell {
  value: string | number;
  style: ResultStyle;
  /** Number format for a number ('0.0', '0.00', 'General'); text is always '@'. */
  format?: string;
}

export interface ResultMerge {
  row: number;
  col: number;
  cols: number;
}

export interface ResultSheetLayout {
  lang: Lang;
  /** rows[r][c], 0-based, every row RESULT_COLUMNS long; null = empty cell. */
  rows: (ResultCell | null)[][];
  /** Column widths in Excel character units (width of '0' in the default font). */
  widths: number[];
  /** Row heights in points; null = the default. */
  heights: (number | null)[];
  merges: ResultMerge[];
  print: {
    paperSize: 9; // A4
    orientation: 'portrait';
    fitToWidth: 1;
    fitToHeight: 0;
    /** Rows repeated at the top of every printed page, 0-based inclusive. */
    titleRows: { first: number; last: number };
    /** Print area: rows 0..rows-1, columns 0..RESULT_COLUMNS-1. */
    rows: number;
  };
  /** The category table, for a chart: header row and last row (0-based); name, earned, applicable in B..D. */
  categoryTable: { headerRow: number; lastRow: number };
}

export type ResultSheetOptions = ResultContentOptions;

/** Display width in '0' units: CJK and full-width characters count double. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWideChar(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/** The number as a formatted cell shows it (for widths). */
function shown(v: string | number, format?: string): string {
  if (typeof v === 'string') return v;
  if (format === SHOWN_FORMAT.points) return formatPoints(v);
  const m = /^0\.(0+)$/.exec(format ?? '');
  return m ? v.toFixed(m[1]!.length) : String(v);
}

// Widths: no column narrower than MIN; a text column capped at MAX_TEXT (it wraps beyond); the sheet about one
// A4 portrait page wide at 100 % (≈ 95 units with the default margins), so fit-to-width barely shrinks it.
const MIN_WIDTH = 7;
const MAX_TEXT = 42;
const MAX_LABEL = 18;
const PAGE_WIDTH = 95;
const LINE_POINTS = 14;

export function resultSheet(result: AuditResult, options: ResultSheetOptions = {}): ResultSheetLayout {
  const c = resultContent(result, options);
  const rows: (ResultCell | null)[][] = [];
  const heights: (number | null)[] = [];
  const merges: ResultMerge[] = [];
  const txt = (value: string, style: ResultStyle = 'text'): ResultCell | null =>
    value === '' ? null : { value, style };
  const num = (value: number, format = c.pointsFormat, style: ResultStyle = 'number'): ResultCell => ({
    value,
    style,
    format,
  });
  const val = (v: number | string) => (typeof v === 'number' ? num(v) : txt(v));
  const add = (cells: (ResultCell | null)[], height: number | null = null) => {
    const row = [...cells];
    while (row.length < RESULT_COLUMNS) row.push(null);
    rows.push(row);
    heights.push(height);
    return rows.length - 1;
  };
  // An empty merged range is pointless, and some readers (exceljs) trip over one.
  const merge = (row: number, col: number) => {
    if (rows[row]![col]) merges.push({ row, col, cols: RESULT_COLUMNS - col });
  };
  /** One cell spanning columns col..F (a line of text, wrapped). */
  const line = (value: string, style: ResultStyle, col = 0) => {
    const cells: (ResultCell | null)[] = Array(col).fill(null);
    cells.push({ value, style });
    const r = add(cells);
    merge(r, col);
    return r;
  };
  const blank = () => add([]);
  /** Header row: numbers' headers right-aligned like the numbers under them. */
  const head = (labels: string[], numeric: boolean[]) =>
    add(labels.map((l, i) => txt(l, numeric[i] ? 'headNumber' : 'head')));

  // Title and header block.
  line(c.title, 'title');
  heights[0] = 22;
  blank();
  for (const f of c.facts) merge(add([txt(f.label, 'label'), txt(f.value, 'wrap')]), 1);
  blank();

  // Score and level, large.
  const headline = add(
    [
      txt(c.scoreLabel, 'label'),
      c.score === null ? txt(c.scoreText, 'headline') : num(c.score, c.scoreFormat, 'headlineNumber'),
      txt(c.levelLabel, 'label'),
      txt(c.level, 'headline'),
    ],
    24,
  );
  merge(headline, 3);
  for (const n of c.notes) line(n.text, n.error ? 'error' : 'wrap');
  const [earned, applicable, scored, special] = c.totals;
  add([txt(earned!.label, 'label'), val(earned!.value), txt(applicable!.label, 'label'), val(applicable!.value)]);
  merge(add([txt(scored!.label, 'label'), val(scored!.value), txt(special!.label, 'label'), val(special!.value)]), 3);
  blank();

  // Categories: id, name, earned, applicable (B..D feed the add-in's chart), lost, percent.
  line(c.categories.title, 'section');
  const catHead = head(c.categories.head, [false, false, true, true, true, true]);
  for (const r of c.categories.rows)
    add(
      r.computed
        ? [
            txt(r.id),
            txt(r.name, 'wrap'),
            num(r.earned),
            num(r.applicable),
            num(r.lost),
            r.percent === null ? null : num(r.percent, c.percentFormat),
          ]
        : [txt(r.id), txt(r.name, 'wrap'), txt(c.categories.notComputed), num(r.applicable), null, null],
    );
  const catLast = rows.length - 1;
  blank();

  line(c.lost.title, 'section');
  if (!c.lost.rows.length) line(c.lost.empty, 'text');
  else {
    head(c.lost.head, [false, false, true, true, true, false]);
    for (const r of c.lost.rows)
      add([txt(r.id), txt(r.name, 'wrap'), num(r.max), num(r.earned), num(r.lost), txt(r.note, 'wrap')]);
  }
  blank();

  // Items the sheet takes out (删减), with the mark and its cell: only when there are any.
  if (c.exclusions.rows.length) {
    line(c.exclusions.title, 'section');
    head(c.exclusions.head, [false, false, false, false]);
    for (const x of c.exclusions.rows) add([txt(x.id), txt(x.name, 'wrap'), txt(x.where), txt(x.mark)]);
    blank();
  }

  line(c.next.title, 'section');
  line(c.next.line, 'wrap');
  if (c.next.rows.length) {
    head(c.next.head, [false, false, true]);
    for (const r of c.next.rows) add([txt(r.id), txt(r.name, 'wrap'), num(r.gain)]);
  }
  blank();

  line(c.problems.title, 'section');
  if (!c.problems.rows.length) line(c.problems.empty, 'text');
  else {
    merge(head(c.problems.head, [false, false, false]), 2);
    for (const p of c.problems.rows)
      merge(add([txt(p.where), txt(p.indicator, 'wrap'), txt(p.message, p.error ? 'error' : 'wrap')]), 2);
  }

  const el = c.eligibility;
  if (el) {
    blank();
    line(el.title, 'section');
    line(el.summary, 'wrap');
    if (!el.rows.length) line(el.empty, 'text');
    else {
      merge(head(el.head, [false, false, false, false]), 3);
      for (const g of el.rows) merge(add([txt(g.id), txt(g.name, 'wrap'), txt(g.status), txt(g.reason, 'wrap')]), 3);
    }
  }

  blank();
  line(c.stamp, 'stamp');

  const widths = columnWidths(rows, merges);
  fitHeights(rows, heights, merges, widths);
  return {
    lang: c.lang,
    rows,
    widths,
    heights,
    merges,
    print: {
      paperSize: 9,
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: 0 },
      rows: rows.length,
    },
    categoryTable: { headerRow: catHead, lastRow: catLast },
  };
}

/** Widths from the content of unmerged cells (CJK counts double), then shrunk to about one A4 page. */
function columnWidths(rows: readonly (ResultCell | null)[][], merges: readonly ResultMerge[]): number[] {
  const merged = new Set(merges.map((m) => `${m.row}:${m.col}`));
  const widths = Array<number>(RESULT_COLUMNS).fill(MIN_WIDTH);
  const wraps = Array<boolean>(RESULT_COLUMNS).fill(false);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || merged.has(`${r}:${c}`)) return;
      const big = cell.style === 'headline' || cell.style === 'headlineNumber' ? 1.5 : 1;
      // A label wraps rather than widen its column past MAX_LABEL ("Unified social credit code").
      const cap = cell.style === 'label' ? MAX_LABEL : MAX_TEXT;
      widths[c] = Math.max(
        widths[c]!,
        Math.min(cap, Math.ceil(displayWidth(shown(cell.value, cell.format)) * big) + 2),
      );
      if (cell.style === 'wrap') wraps[c] = true;
    }),
  );
  // Over a page: narrow the widest column whose text wraps (names, notes) one unit at a time, so several
  // wrapping columns end up alike; then, if still needed, any widest column.
  let total = widths.reduce((a, b) => a + b, 0);
  for (const [canWrap, floor] of [
    [true, 14],
    [false, MIN_WIDTH],
  ] as const) {
    while (total > PAGE_WIDTH) {
      const candidates = widths.map((w, i) => ((canWrap && !wraps[i]) || w <= floor ? -1 : w));
      const top = Math.max(...candidates);
      if (top < 0) break;
      widths[candidates.indexOf(top)]!--;
      total--;
    }
  }
  return widths;
}

/** Row heights that show wrapped text whole (Excel never grows a merged cell's row by itself). */
function fitHeights(
  rows: readonly (ResultCell | null)[][],
  heights: (number | null)[],
  merges: readonly ResultMerge[],
  widths: readonly number[],
): void {
  const span = new Map(merges.map((m) => [`${m.row}:${m.col}`, m.cols]));
  rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell || typeof cell.value !== 'string' || !RESULT_STYLES[cell.style].wrap) return;
      const cols = span.get(`${r}:${c}`) ?? 1;
      const room = widths.slice(c, c + cols).reduce((a, b) => a + b, 0) - 1;
      const size = RESULT_STYLES[cell.style].size / 10;
      lines = Math.max(lines, Math.ceil((displayWidth(cell.value) * size) / Math.max(1, room)));
    });
    if (lines > 1) heights[r] = Math.max(heights[r] ?? 0, lines * LINE_POINTS);
  });
}
