import { RESULT_SHEET_MARKER, SHEET_NAMES, type Lang, type SheetGrid } from '../../../core/index';
import { ui } from '../messages';
import { decodeRegistry } from './flags';
import { queueProbes, type CellProbe } from './probe-cells';
import {
  queueProtection,
  queueSizeCheck,
  queueValues,
  sizeSheets,
  type ReadLimits,
  type SheetWindow,
} from './read-sheets';
import { syncWithin } from './sync-timeout';
import type { WorkbookView } from './workbook-view';
import { LEGACY_RESULT_MARKER, REGISTRY_COL } from './write-outputs';

export interface ReadSettings {
  lang: Lang;
  timeoutMs: number;
  limits: ReadLimits;
  notes: boolean;
}

export interface ReadOutcome {
  grids: SheetGrid[];
  /** Fill and note of the cells probed in the same batch (empty after a full read). */
  probes: Map<string, CellProbe>;
}

/**
 * Round trip 1 of a recompute. Steady state: values of the known windows, a size check, protection and
 * probes of `probeCells()` in one batch; a full read when the view asks for it or the sizes changed.
 */
export async function readBatch(
  ctx: Excel.RequestContext,
  view: WorkbookView,
  s: ReadSettings,
  probeCells: () => string[],
): Promise<ReadOutcome> {
  const windows = view.windows;
  if (view.needFull || !windows) return { grids: await fullRead(ctx, view, s), probes: new Map() };
  const read = queueValues(ctx, windows);
  const sameSize = queueSizeCheck(ctx, windows, s.limits);
  const probe = queueProbes(ctx, probeCells(), s.notes);
  const protection = queueProtection(
    ctx,
    windows.map((w) => w.name),
  );
  await syncWithin(ctx, s.timeoutMs);
  if (!sameSize()) return { grids: await fullRead(ctx, view, s), probes: new Map() }; // rows added or removed
  view.locked = protection();
  return { grids: read(), probes: probe() };
}

/**
 * Cold read: size every sheet first (never a blind load of a huge used range), then read capped windows,
 * find our own 结果 sheet (by its marker) and its flag registry.
 */
async function fullRead(ctx: Excel.RequestContext, view: WorkbookView, s: ReadSettings): Promise<SheetGrid[]> {
  const all = await sizeSheets(ctx, s.timeoutMs, s.limits);
  const names = all.map((w) => w.name);
  const candidates = [...new Set([SHEET_NAMES.result[s.lang], SHEET_NAMES.result['zh-CN'], SHEET_NAMES.result.en])];
  const alt = SHEET_NAMES.result[s.lang] + ui(s.lang, 'sheet.resultSuffix');
  const heads = [...candidates, alt]
    .filter((n) => names.includes(n))
    .map((n) =>
      queueResultHead(
        ctx,
        all.find((x) => x.name === n)!,
      ),
    );
  const inputWindows = all.filter((w) => w.rows > 0);
  const grids = queueValues(ctx, inputWindows);
  const protection = queueProtection(
    ctx,
    inputWindows.map((w) => w.name),
  );
  await syncWithin(ctx, s.timeoutMs);
  view.locked = protection();
  const ours = (h: (typeof heads)[number]) => !h.marker.isNullObject || h.a1.values[0]?.[0] === LEGACY_RESULT_MARKER;
  const mine = heads.find(ours);
  const registry: unknown[] = mine ? mine.r.values.map((row) => row[0]) : [];
  const name = mine?.w.name ?? (names.includes(candidates[0]!) ? alt : candidates[0]!);
  view.result = {
    name,
    exists: names.includes(name),
    rows: mine ? mine.w.rowIndex + mine.w.usedRows : 0,
    registryRows: registry.length,
    marked: mine ? !mine.marker.isNullObject : false,
    shape: '',
  };
  view.flags = mine ? decodeRegistry(registry.slice(1)) : new Map();
  view.windows = inputWindows.filter((w) => w.name !== name);
  view.needFull = false;
  return grids().filter((g) => g.name !== name);
}

/** Queue what tells whether a candidate 结果 sheet is ours, and its registry column. */
function queueResultHead(ctx: Excel.RequestContext, w: SheetWindow) {
  const ws = ctx.workbook.worksheets.getItem(w.name);
  const rows = Math.max(1, Math.min(w.rowIndex + w.usedRows, 20_000));
  const r = ws.getRangeByIndexes(0, REGISTRY_COL, rows, 1);
  const a1 = ws.getRange('A1');
  // Ours: the marker name core's layout defines (the CLI's scored copy carries it too), or the first cell
  // older versions of the add-in wrote.
  const marker = ws.names.getItemOrNullObject(RESULT_SHEET_MARKER);
  r.load('values');
  a1.load('values');
  marker.load('isNullObject');
  return { w, r, a1, marker };
}
