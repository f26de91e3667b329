import { splitCellRef } from './address';
import { encodeRegistry, FLAG_FILL, NOTE_PREFIX, type FlagDiff, type FlagRecord } from './flags';
import type { CellProbe } from './probe-cells';
import { REGISTRY_COL, RESULT_WIDTH, type Block } from './result-block';
import { syncWithin } from './sync-timeout';

export interface WritePlan {
  sheet: string;
  createSheet: boolean;
  block: Block;
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
 * One write batch (more only when the payload would pass the budget): result block, flag fills and notes,
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

  // The result block, in row chunks under the budget. Formats go first so text lands as text.
  const { values, formats } = plan.block;
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = 0;
    while (end < values.length) {
      const b = bytesOf(values[end]) + bytesOf(formats[end]);
      if (end > start && bytes + b + budget > opts.maxRequestBytes) break;
      bytes += b;
      end++;
    }
    await spend(bytes);
    const range = sheet.getRangeByIndexes(start, 0, end - start, RESULT_WIDTH);
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    start = end;
  }

  const lines = encodeRegistry(plan.flags);
  const rows = Math.max(plan.registryRows, lines.length + 1);
  const reg = [[plan.registryHeader], ...lines.map((l) => [l])];
  while (reg.length < rows) reg.push(['']);
  await spend(bytesOf(reg) * 2);
  const regRange = sheet.getRangeByIndexes(0, REGISTRY_COL, rows, 1);
  regRange.numberFormat = reg.map(() => ['@']);
  regRange.values = reg;
  await flush(true);
  return syncs;
}

function cellRange(context: Excel.RequestContext, cell: string): Excel.Range {
  const ref = splitCellRef(cell)!;
  return context.workbook.worksheets.getItem(ref.sheet).getRange(ref.a1);
}
