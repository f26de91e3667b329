import {
  RESULT_COLUMNS,
  RESULT_SHEET_MARKER,
  RESULT_STYLES,
  type ResultCell,
  type ResultSheetLayout,
} from '../../../core/index';
import { splitCellRef } from './address';
import { encodeRegistry, FLAG_FILL, NOTE_PREFIX, type FlagDiff, type FlagRecord } from './flags';
import type { CellProbe } from './probe-cells';
import { syncWithin } from './sync-timeout';

/** Column H (0-based 7) of our result sheet holds the flag registry, outside the layout's A..F and its print area. */
export const REGISTRY_COL = 7;
/** First cell of result sheets written by add-in versions before the marker name; still recognised as ours. */
export const LEGACY_RESULT_MARKER = 'GB/T 27922 评分结果 · Scoring result';

export interface WritePlan {
  sheet: string;
  createSheet: boolean;
  /** Add the marker name that says the sheet is ours (a new sheet, or one an older version wrote). */
  mark: boolean;
  /** core's 结果 layout (the same sheet the CLI's scored copy carries). */
  layout: ResultSheetLayout;
  /** Rows written last time: rows below the new layout are cleared. */
  previousRows: number;
  /** Write formats, merges, widths, heights and print setup too (first write, or the layout's shape changed). */
  format: boolean;
  /** Page layout API (ExcelApi 1.9) available. */
  pageLayout: boolean;
  /** Registry rows to write (≥ current entries, padded to clear old ones). */
  registryRows: number;
  /** Text of the registry's first cell (H1), in the workbook's language. */
  registryHeader: string;
  diff: FlagDiff;
  /** Registry before this write; updated in place to the registry after it. */
  flags: Map<string, FlagRecord>;
  probes: ReadonlyMap<string, CellProbe>;
  notes: boolean;
}

export interface WriteOptions {
  timeoutMs: number;
  /** Budget per request; Excel on the web rejects requests over 5 MB. */
  maxRequestBytes: number;
}

const enc = new TextEncoder();
const bytesOf = (x: unknown) => 64 + enc.encode(JSON.stringify(x)).length;

/**
 * One write batch (more only when the payload would pass the budget): flag fills and notes, core's 结果 layout,
 * flag registry. Calculation is suspended until each sync. Only our own sheet and the fill/note of problem
 * cells are touched; an input cell's value is never written.
 */
export async function writeOutputs(
  context: Excel.RequestContext,
  plan: WritePlan,
  opts: WriteOptions,
): Promise<number> {
  const wb = context.workbook;
  let syncs = 0;
  let budget = 0;
  const flush = async (force = false) => {
    if (!force && budget === 0) return;
    await syncWithin(context, opts.timeoutMs);
    syncs++;
    budget = 0;
  };
  const spend = async (bytes: number) => {
    if (budget > 0 && budget + bytes > opts.maxRequestBytes) await flush();
    if (budget === 0) wb.application.suspendApiCalculationUntilNextSync();
    budget += bytes + 64;
  };

  if (plan.createSheet) {
    await spend(bytesOf(plan.sheet));
    wb.worksheets.add(plan.sheet);
  }
  const sheet = wb.worksheets.getItem(plan.sheet);

  // Flags first: small, and they must land even when the result block needs several chunks.
  const note = (cell: string, message: string) => wb.notes.add(cell, NOTE_PREFIX + message);
  for (const cell of plan.diff.remove) {
    const rec = plan.flags.get(cell)!;
    await spend(bytesOf(cell));
    const range = cellRange(context, cell);
    if (!rec.fill || rec.fill.toUpperCase() === '#FFFFFF') range.format.fill.clear();
    else range.format.fill.color = rec.fill;
    if (plan.notes && rec.ownNote) wb.notes.getItemOrNullObject(cell).delete();
    plan.flags.delete(cell);
  }
  for (const { cell, message } of plan.diff.change) {
    const rec = plan.flags.get(cell)!;
    await spend(bytesOf([cell, message]));
    if (plan.notes && rec.ownNote) {
      wb.notes.getItemOrNullObject(cell).delete();
      note(cell, message);
    }
    rec.message = message;
  }
  for (const { cell, message } of plan.diff.add) {
    const probe = plan.probes.get(cell);
    await spend(bytesOf([cell, message]));
    cellRange(context, cell).format.fill.color = FLAG_FILL;
    const ownNote = plan.notes && !!probe && !probe.hasNote;
    if (ownNote) note(cell, message);
    plan.flags.set(cell, { fill: probe?.fill ?? null, ownNote, message });
  }

  // core's layout: formats first (text cells must be '@' before their values land), then values in row chunks
  // under the budget, then styles. Values are never formulas: strings go to text-formatted cells.
  const { layout } = plan;
  const rows = Math.max(layout.rows.length, plan.previousRows);
  const width = RESULT_COLUMNS;
  const formatOf = (c: ResultCell | null) =>
    !c ? 'General' : typeof c.value === 'string' ? '@' : (c.format ?? 'General');
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: width }, (_, c) => layout.rows[r]?.[c]?.value ?? ''),
  );
  const formats = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: width }, (_, c) => formatOf(layout.rows[r]?.[c] ?? null)),
  );
  if (plan.format) {
    await spend(bytesOf('clear'));
    const block = sheet.getRangeByIndexes(0, 0, rows, width);
    block.unmerge();
    block.clear('Formats');
  }
  let start = 0;
  while (start < rows) {
    let end = start;
    let bytes = 0;
    while (end < rows) {
      const b = bytesOf(values[end]) + bytesOf(formats[end]);
      if (end > start && bytes + b + budget > opts.maxRequestBytes) break;
      bytes += b;
      end++;
    }
    await spend(bytes);
    const range = sheet.getRangeByIndexes(start, 0, end - start, width);
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    start = end;
  }
  if (plan.format) await writeStyles(sheet, layout, plan.pageLayout, spend);
  if (plan.mark) {
    await spend(bytesOf(RESULT_SHEET_MARKER));
    sheet.names.add(RESULT_SHEET_MARKER, sheet.getRange('A1'));
  }

  const lines = encodeRegistry(plan.flags);
  const regRows = Math.max(plan.registryRows, lines.length + 1);
  const reg = [[plan.registryHeader], ...lines.map((l) => [l])];
  while (reg.length < regRows) reg.push(['']);
  await spend(bytesOf(reg) * 2);
  const regRange = sheet.getRangeByIndexes(0, REGISTRY_COL, regRows, 1);
  regRange.numberFormat = reg.map(() => ['@']);
  regRange.values = reg;
  await flush(true);
  return syncs;
}

function cellRange(context: Excel.RequestContext, cell: string): Excel.Range {
  const ref = splitCellRef(cell)!;
  return context.workbook.worksheets.getItem(ref.sheet).getRange(ref.a1);
}

/** Excel column width in points for a width in characters of the default font (7 px each + 5 px padding). */
const widthPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * Fonts, fills and alignment in runs of equal style along each row, merges, column widths, row heights and
 * (ExcelApi 1.9) A4 portrait, one page wide, print area A..F and the title row repeated.
 */
async function writeStyles(
  sheet: Excel.Worksheet,
  layout: ResultSheetLayout,
  pageLayout: boolean,
  spend: (bytes: number) => Promise<void>,
): Promise<void> {
  for (let r = 0; r < layout.rows.length; r++) {
    const row = layout.rows[r]!;
    let c = 0;
    while (c < RESULT_COLUMNS) {
      const style = row[c]?.style;
      let end = c + 1;
      while (end < RESULT_COLUMNS && row[end]?.style === style && style) end++;
      if (style) {
        const st = RESULT_STYLES[style];
        await spend(200);
        const f = sheet.getRangeByIndexes(r, c, 1, end - c).format;
        f.font.size = st.size;
        if (st.bold) f.font.bold = true;
        if (st.color) f.font.color = `#${st.color}`;
        if (st.fill) f.fill.color = `#${st.fill}`;
        f.horizontalAlignment = st.align === 'right' ? 'Right' : 'Left';
        f.verticalAlignment = 'Center';
        if (st.wrap) f.wrapText = true;
      }
      c = end;
    }
  }
  for (const m of layout.merges) {
    await spend(64);
    sheet.getRangeByIndexes(m.row, m.col, 1, m.cols).merge(false);
  }
  for (let c = 0; c < RESULT_COLUMNS; c++) {
    await spend(64);
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(layout.widths[c]!);
  }
  for (let r = 0; r < layout.heights.length; r++) {
    const h = layout.heights[r];
    if (!h) continue;
    await spend(64);
    sheet.getRangeByIndexes(r, 0, 1, RESULT_COLUMNS).format.rowHeight = h;
  }
  if (pageLayout) {
    await spend(256);
    const p = sheet.pageLayout;
    p.orientation = 'Portrait';
    p.paperSize = 'A4';
    p.zoom = { horizontalFitToPages: layout.print.fitToWidth, verticalFitToPages: layout.print.fitToHeight };
    p.setPrintArea(sheet.getRangeByIndexes(0, 0, Math.max(1, layout.print.rows), RESULT_COLUMNS));
    const t = layout.print.titleRows;
    p.setPrintTitleRows(sheet.getRangeByIndexes(t.first, 0, t.last - t.first + 1, RESULT_COLUMNS));
  }
}
