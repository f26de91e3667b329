/*
 * The one 结果 (result) sheet: a grid of values with a style per cell, merges, column widths, row heights
 * and print settings. Pure data: the CLI's scored copy turns it into a worksheet part, the Excel add-in
 * writes it through Office.js, so both show the same sheet. Values are never formulas: every string is
 * written as text by both writers.
 */
import type { EligibilityResult } from '../eligibility/types';
import { t, type Lang } from '../i18n/index';
import type { Text } from '../scheme/schema';
import { roundTo } from '../scoring/final-score';
import type { AuditResult, ItemResult } from '../scoring/types';
import type { AuditFacts } from './types';

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
  label: { bold: true, size: 10, color: '595959', align: 'left' },
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

/** A reading problem (from readAudit / the CLI's loader) shown beside the result's own issues. */
export interface ResultProblem {
  code: string;
  severity: 'error' | 'warning';
  where: string;
  message: string;
  indicatorId?: string;
}

export interface ResultSheetOptions {
  lang?: Lang;
  /** Organisation, credit code, audit date and auditor as read from the workbook. */
  facts?: AuditFacts;
  /** The scheme's name (the result carries only its id and version). */
  schemeName?: Text;
  /** Decimals of shown scores (the scheme's rounding.decimals); default 1. */
  decimals?: number;
  /** Reading problems, listed before the result's own. */
  problems?: readonly ResultProblem[];
  /** checkEligibility's result for the workbook's filled 自查 sheet. */
  eligibility?: EligibilityResult;
}

// Sums of half points carry float noise (23.200000000000003); two places is exact for them.
const points = (x: number) => roundTo(x, 2);

/** Display width in '0' units: CJK and full-width characters count double. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

/** The number as a formatted cell shows it (for widths). */
function shown(v: string | number, format?: string): string {
  if (typeof v === 'string') return v;
  const m = /^0\.(0+)$/.exec(format ?? '');
  return m ? v.toFixed(m[1]!.length) : String(v);
}

/** Drops a leading "sheet!cell：" from a message shown beside its own 位置 column. */
function withoutWhere(message: string, where: string): string {
  if (!where) return message;
  for (const sep of ['：', ': ', ':'])
    if (message.startsWith(where + sep)) return message.slice(where.length + sep.length);
  return message;
}

// Widths: no column narrower than MIN; a text column capped at MAX_TEXT (it wraps beyond); the sheet about one
// A4 portrait page wide at 100 % (≈ 95 units with the default margins), so fit-to-width barely shrinks it.
const MIN_WIDTH = 7;
const MAX_TEXT = 42;
const PAGE_WIDTH = 95;
const LINE_POINTS = 14;

export function resultSheet(result: AuditResult, options: ResultSheetOptions = {}): ResultSheetLayout {
  const lang: Lang = options.lang ?? 'zh-CN';
  const tt = (k: string, p = {}) => t(lang, `result-sheet.${k}`, p);
  const nameOf = (n: Text) => (lang === 'en' ? n.en : n.zh);
  const levelOf = (id: string | null) => (id ? t(lang, `level.${id}`) : '');
  const decimals = options.decimals ?? 1;
  const scoreFormat = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  const facts = options.facts ?? {};

  const rows: (ResultCell | null)[][] = [];
  const heights: (number | null)[] = [];
  const merges: ResultMerge[] = [];
  const txt = (value: string, style: ResultStyle = 'text'): ResultCell | null =>
    value === '' ? null : { value, style };
  const num = (value: number, format = 'General', style: ResultStyle = 'number'): ResultCell => ({
    value,
    style,
    format,
  });
  const add = (cells: (ResultCell | null)[], height: number | null = null) => {
    const row = [...cells];
    while (row.length < RESULT_COLUMNS) row.push(null);
    rows.push(row);
    heights.push(height);
    return rows.length - 1;
  };
  /** One cell spanning columns col..F (a line of text, wrapped). */
  const line = (value: string, style: ResultStyle, col = 0) => {
    const cells: (ResultCell | null)[] = Array(col).fill(null);
    cells.push({ value, style });
    const r = add(cells);
    merges.push({ row: r, col, cols: RESULT_COLUMNS - col });
    return r;
  };
  const blank = () => add([]);

  // Title and header block.
  line(facts.organisation ? tt('titleOf', { organisation: facts.organisation }) : tt('title'), 'title');
  heights[0] = 22;
  blank();
  const scheme = options.schemeName
    ? tt('schemeValue', { name: nameOf(options.schemeName), version: result.scheme.version })
    : `${result.scheme.id} ${result.scheme.version}`;
  for (const [key, value] of [
    ['organisation', facts.organisation ?? ''],
    ['uscc', facts.uscc ?? ''],
    ['date', facts.date ?? ''],
    ['auditor', facts.auditor ?? ''],
    ['scheme', scheme],
  ] as const) {
    const r = add([txt(tt(key), 'label'), txt(value, 'wrap')]);
    merges.push({ row: r, col: 1, cols: RESULT_COLUMNS - 1 });
  }
  blank();

  // Score and level, large.
  const level =
    result.level === null
      ? ''
      : result.provisional
        ? tt('levelProvisional', { level: levelOf(result.level) })
        : levelOf(result.level);
  const headline = add(
    [
      txt(tt('score'), 'label'),
      result.score === null ? txt(tt('noScore'), 'headline') : num(result.score, scoreFormat, 'headlineNumber'),
      txt(tt('level'), 'label'),
      txt(level, 'headline'),
    ],
    24,
  );
  merges.push({ row: headline, col: 3, cols: RESULT_COLUMNS - 3 });
  if (result.score === null) line(tt('noScoreLine'), 'error');
  else if (result.provisional && result.scoreIfRemainingConform !== null)
    line(
      tt('provisionalLine', {
        count: result.unscored,
        ifConform: result.scoreIfRemainingConform.toFixed(decimals),
        levelIfConform: levelOf(result.levelIfRemainingConform),
      }),
      'wrap',
    );
  if (result.vetoed && result.vetoReason) line(tt('vetoLine', { reason: result.vetoReason.message }), 'error');
  const scoredItems = result.items.filter((i) => i.applicable);
  add([
    txt(tt('earned'), 'label'),
    num(points(result.earned)),
    txt(tt('applicable'), 'label'),
    num(points(result.applicableTotal)),
  ]);
  const scoredCount = scoredItems.filter((i) => i.earned !== null).length;
  const r1 = add([
    txt(tt('scored'), 'label'),
    txt(tt('scoredValue', { scored: scoredCount, total: scoredItems.length })),
    txt(tt('special'), 'label'),
    txt(tt('specialValue', { deductions: result.specialDeductions, bonus: result.bonus })),
  ]);
  merges.push({ row: r1, col: 3, cols: RESULT_COLUMNS - 3 });
  blank();

  // Categories: id, name, earned, applicable (B..D feed the add-in's chart), lost, percent.
  line(tt('categories'), 'section');
  const catHead = add([
    txt(tt('col.id'), 'head'),
    txt(tt('col.category'), 'head'),
    txt(tt('col.earned'), 'headNumber'),
    txt(tt('col.applicable'), 'headNumber'),
    txt(tt('col.lost'), 'headNumber'),
    txt(tt('col.percent'), 'headNumber'),
  ]);
  for (const c of result.categories)
    add([
      txt(c.id),
      txt(nameOf(c.name), 'wrap'),
      num(points(c.earned)),
      num(points(c.applicable)),
      num(points(c.lost)),
      c.percent === null ? null : num(c.percent, '0.0'),
    ]);
  const catLast = rows.length - 1;
  blank();

  // Points lost, largest first. 不符合 only for a yes/no item answered so, or nonconforming samples.
  const lost = result.items
    .filter((i) => i.applicable && i.earned !== null && i.lost > 1e-9)
    .sort((a, b) => b.lost - a.lost || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const lostTotal = points(lost.reduce((s, i) => s + i.lost, 0));
  line(lost.length ? tt('lostCount', { count: lost.length, points: lostTotal }) : tt('lost'), 'section');
  if (!lost.length) line(tt('noneLost'), 'text');
  else {
    add([
      txt(tt('col.id'), 'head'),
      txt(tt('col.indicator'), 'head'),
      txt(tt('col.max'), 'headNumber'),
      txt(tt('col.earned'), 'headNumber'),
      txt(tt('col.lost'), 'headNumber'),
      txt(tt('col.note'), 'head'),
    ]);
    for (const i of lost)
      add([
        txt(i.id),
        txt(nameOf(i.name), 'wrap'),
        num(i.max),
        num(points(i.earned!)),
        num(points(i.lost)),
        txt(noteOf(i)),
      ]);
  }
  blank();

  // Next level and the cheapest items to get there.
  line(tt('next'), 'section');
  const n = result.nextLevel;
  if (result.score === null) line(tt('nextUnknown'), 'text');
  else if (!n) line(tt('top'), 'text');
  else {
    const lv = levelOf(n.level);
    if (n.blockedBy)
      line(tt('nextBlocked', { level: lv, threshold: n.threshold, reason: tt(`blocked.${n.blockedBy}`) }), 'wrap');
    else {
      const p = {
        level: lv,
        threshold: n.threshold,
        points: n.pointsNeeded,
        raw: n.rawPointsNeeded,
        count: n.improvements.length,
      };
      line(n.improvements.length ? tt('nextLine', p) : tt('nextLineNoItems', p), 'wrap');
    }
    if (n.improvements.length) {
      add([txt(tt('col.id'), 'head'), txt(tt('col.indicator'), 'head'), txt(tt('col.gain'), 'headNumber')]);
      for (const i of n.improvements) add([txt(i.id), txt(nameOf(i.name), 'wrap'), num(points(i.gain))]);
    }
  }
  blank();

  // Problems: where, which indicator (id and name), what to do. Errors first.
  const byId = new Map(result.items.map((i) => [i.id, i]));
  const problems: ResultProblem[] = [...(options.problems ?? []), ...result.issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  line(tt('problems', { count: problems.length }), 'section');
  if (!problems.length) line(tt('noProblems'), 'text');
  else {
    const h = add([txt(tt('col.where'), 'head'), txt(tt('col.indicator'), 'head'), txt(tt('col.note'), 'head')]);
    merges.push({ row: h, col: 2, cols: RESULT_COLUMNS - 2 });
    for (const p of problems) {
      const item = p.indicatorId ? byId.get(p.indicatorId) : undefined;
      const indicator = item ? `${item.id} ${nameOf(item.name)}` : (p.indicatorId ?? '');
      const message = `${tt(p.severity)}${lang === 'en' ? ': ' : '：'}${withoutWhere(p.message, p.where)}`;
      const r = add([txt(p.where), txt(indicator, 'wrap'), txt(message, p.severity === 'error' ? 'error' : 'wrap')]);
      merges.push({ row: r, col: 2, cols: RESULT_COLUMNS - 2 });
    }
  }

  const el = options.eligibility;
  if (el) {
    blank();
    line(tt('eligibility', { asOf: el.asOf }), 'section');
    line(el.summary, 'wrap');
    if (!el.gaps.length) line(tt('noGaps'), 'text');
    else {
      const h = add([
        txt(tt('col.condition'), 'head'),
        txt(tt('col.indicator'), 'head'),
        txt(tt('col.status'), 'head'),
        txt(tt('col.note'), 'head'),
      ]);
      merges.push({ row: h, col: 3, cols: RESULT_COLUMNS - 3 });
      for (const g of el.gaps) {
        const r = add([txt(g.id), txt(g.title, 'wrap'), txt(g.statusText), txt(g.reason, 'wrap')]);
        merges.push({ row: r, col: 3, cols: RESULT_COLUMNS - 3 });
      }
    }
  }

  blank();
  line(
    tt('stamp', {
      engine: result.engine.name,
      engineVersion: result.engine.version,
      scheme: result.scheme.id,
      version: result.scheme.version,
    }),
    'stamp',
  );

  const widths = columnWidths(rows, merges);
  fitHeights(rows, heights, merges, widths);
  return {
    lang,
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

  function noteOf(i: ItemResult): string {
    if (i.kind === 'binary' && i.status === 'nonconform') return tt('nonconform');
    if (i.kind === 'sampled' && (i.nonconforming ?? 0) > 0)
      return tt('sampledNonconform', { n: i.samples ?? '', k: i.nonconforming! });
    return '';
  }
}

/** Widths from the content of unmerged cells (CJK counts double), then shrunk to about one A4 page. */
function columnWidths(rows: readonly (ResultCell | null)[][], merges: readonly ResultMerge[]): number[] {
  const merged = new Set(merges.map((m) => `${m.row}:${m.col}`));
  const widths = Array<number>(RESULT_COLUMNS).fill(MIN_WIDTH);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || merged.has(`${r}:${c}`)) return;
      const big = cell.style === 'headline' || cell.style === 'headlineNumber' ? 1.5 : 1;
      widths[c] = Math.max(
        widths[c]!,
        Math.min(MAX_TEXT, Math.ceil(displayWidth(shown(cell.value, cell.format)) * big) + 2),
      );
    }),
  );
  // Over a page: take it from the widest column (the names), which wraps.
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > PAGE_WIDTH) {
    const i = widths.indexOf(Math.max(...widths));
    const cut = Math.min(total - PAGE_WIDTH, widths[i]! - 16);
    if (cut <= 0) break;
    widths[i] = widths[i]! - cut;
    total -= cut;
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
      if (!cell || typeof cell.value !== 'string') return;
      const cols = span.get(`${r}:${c}`) ?? 1;
      const room = widths.slice(c, c + cols).reduce((a, b) => a + b, 0) - 1;
      const size = RESULT_STYLES[cell.style].size / 10;
      lines = Math.max(lines, Math.ceil((displayWidth(cell.value) * size) / Math.max(1, room)));
    });
    if (lines > 1) heights[r] = Math.max(heights[r] ?? 0, lines * LINE_POINTS);
  });
}
