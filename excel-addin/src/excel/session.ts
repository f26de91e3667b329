import {
  addressOf,
  RESULT_SHEET_MARKER,
  resultSheet,
  sheetRef,
  SHEET_NAMES,
  type Lang,
  type ResultSheetLayout,
  type Scheme,
  type SheetGrid,
} from '../../../core/index';
import { cellKey, splitCellRef } from './address';
import { compute, type Computed } from './compute';
import { decodeRegistry, diffFlags, type FlagRecord } from './flags';
import { excelApiSupported, type ExcelHost } from './host';
import { queueProbes, type CellProbe } from './probe-cells';
import {
  capped,
  DEFAULT_LIMITS,
  queueProtection,
  queueSizeCheck,
  queueValues,
  sizeSheets,
  type ReadLimits,
  type SheetWindow,
} from './read-sheets';
import { SyncTimeoutError, syncWithin } from './sync-timeout';
import { LEGACY_RESULT_MARKER, REGISTRY_COL, writeOutputs } from './write-outputs';
import { ui } from '../messages';

export interface SessionOptions {
  excel: ExcelHost;
  scheme: Scheme;
  lang: Lang;
  timeoutMs?: number;
  debounceMs?: number;
  maxRequestBytes?: number;
  limits?: ReadLimits;
  /** Notes API (ExcelApi 1.18); default: ask Office. Without it, problem cells get the fill only. */
  notes?: boolean;
  /** Page layout API (ExcelApi 1.9) for the 结果 sheet's print setup; default: ask Office. */
  pageLayout?: boolean;
  onUpdate?: (state: SessionState) => void;
}

export type SessionState =
  | { phase: 'loading' }
  | { phase: 'ready'; computed: Computed; resultSheet: string; cappedSheets: string[]; revision: number }
  | {
      phase: 'error';
      message: string;
      timeout: boolean;
      /** The sync timeout in force, for the message. */ timeoutMs: number;
    };

interface ChangedArgs {
  triggerSource?: string;
  address?: string;
}

const MAX_PROBES = 200;

/**
 * The live calculator: read grids → core computes → write our outputs, once per (debounced) edit.
 * Steady state is two round trips: one read batch (values of the known windows, a size check, probes of the
 * edited cells and of the edited rows' answer cells) and one write batch. A third comes only when core flags a
 * cell outside those (then its fill and note are probed first), or when the write passes the request budget.
 */
export function createSession(o: SessionOptions) {
  const timeoutMs = o.timeoutMs ?? 10_000;
  const debounceMs = o.debounceMs ?? 200;
  const limits = o.limits ?? DEFAULT_LIMITS;
  const maxRequestBytes = o.maxRequestBytes ?? 4_500_000;
  const notes = o.notes ?? excelApiSupported(18);
  const pageLayout = o.pageLayout ?? excelApiSupported(9);
  let scheme = o.scheme;

  let windows: SheetWindow[] | null = null;
  let result = { name: '', exists: false, rows: 0, registryRows: 0, marked: false, shape: '' };
  let flags = new Map<string, FlagRecord>();
  let last: Computed | null = null;
  /** Sheets whose protection refuses fills and notes. */
  let locked = new Set<string>();
  let revision = 0;
  let state: SessionState = { phase: 'loading' };
  const handlers: { sheet: string; remove: () => void; context: Excel.RequestContext }[] = [];
  const edited = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let dirty = false;
  let disposed = false;
  let needFull = true;

  const set = (s: SessionState) => {
    state = s;
    o.onUpdate?.(s);
  };

  /** Cold read: size every sheet first (never a blind load of a huge used range), then read capped windows. */
  async function fullRead(ctx: Excel.RequestContext): Promise<SheetGrid[]> {
    const all = await sizeSheets(ctx, timeoutMs, limits);
    const names = all.map((w) => w.name);
    const candidates = [...new Set([SHEET_NAMES.result[o.lang], SHEET_NAMES.result['zh-CN'], SHEET_NAMES.result.en])];
    const alt = SHEET_NAMES.result[o.lang] + ui(o.lang, 'sheet.resultSuffix');
    const heads = [...candidates, alt]
      .filter((n) => names.includes(n))
      .map((n) => {
        const w = all.find((x) => x.name === n)!;
        const rows = Math.max(1, Math.min(w.rowIndex + w.usedRows, 20_000));
        const r = ctx.workbook.worksheets.getItem(n).getRangeByIndexes(0, REGISTRY_COL, rows, 1);
        const a1 = ctx.workbook.worksheets.getItem(n).getRange('A1');
        // Ours: the marker name core's layout defines (the CLI's scored copy carries it too), or the first cell
        // older versions of the add-in wrote.
        const marker = ctx.workbook.worksheets.getItem(n).names.getItemOrNullObject(RESULT_SHEET_MARKER);
        r.load('values');
        a1.load('values');
        marker.load('isNullObject');
        return { n, w, r, a1, marker };
      });
    const own = (h: (typeof heads)[number]) => !h.marker.isNullObject || h.a1.values[0]?.[0] === LEGACY_RESULT_MARKER;
    const inputWindows = all.filter((w) => w.rows > 0);
    const grids = queueValues(ctx, inputWindows);
    const protection = queueProtection(
      ctx,
      inputWindows.map((w) => w.name),
    );
    await syncWithin(ctx, timeoutMs);
    locked = protection();
    const mine = heads.find(own);
    const name = mine?.n ?? (names.includes(candidates[0]!) ? alt : candidates[0]!);
    result = {
      name,
      exists: names.includes(name),
      rows: mine ? mine.w.rowIndex + mine.w.usedRows : 0,
      registryRows: mine ? mine.r.values.length : 0,
      marked: mine ? !mine.marker.isNullObject : false,
      shape: '',
    };
    flags = mine ? decodeRegistry(mine.r.values.slice(1).map((r) => r[0])) : new Map();
    windows = inputWindows.filter((w) => w.name !== name);
    needFull = false;
    return grids().filter((g) => g.name !== name);
  }

  function probeCellsFor(addresses: Iterable<string>): string[] {
    if (!last) return [];
    const rows = new Set<string>();
    for (const a of addresses) {
      const [sheet, local] = a.split('\u0000') as [string, string];
      const [p, q = p] = local.split(':');
      const top = splitCellRef(`x!${p}`),
        bottom = splitCellRef(`x!${q}`);
      if (!top || !bottom) continue;
      if (bottom.row - top.row > MAX_PROBES) continue;
      for (let r = top.row; r <= bottom.row; r++) rows.add(`${sheet}\u0000${r}`);
    }
    const out: string[] = [];
    // The edited cells themselves: a flag core puts on a non-answer cell (分值 not a number, a duplicate 编号,
    // an unknown special-item type) lands on the cell just typed into, so it is probed in the same read batch.
    for (const a of addresses) {
      const [sheet, local] = a.split('\u0000') as [string, string];
      const [p, q = p] = local.split(':');
      const top = splitCellRef(`x!${p}`),
        bottom = splitCellRef(`x!${q}`);
      if (!top || !bottom || locked.has(sheet)) continue;
      if ((bottom.row - top.row + 1) * (bottom.col - top.col + 1) > MAX_PROBES) continue;
      for (let r = top.row; r <= bottom.row; r++) {
        for (let c = top.col; c <= bottom.col; c++) {
          const key = sheetRef(sheet, addressOf(r, c));
          if (!flags.has(key)) out.push(key);
        }
      }
    }
    for (const resp of last.audit.input.responses) {
      for (const k of ['value', 'samples', 'nonconforming', 'applicable'] as const) {
        const key = resp.where?.[k] ? cellKey(resp.where[k]!) : null;
        const ref = key ? splitCellRef(key) : null;
        if (key && ref && !locked.has(ref.sheet) && rows.has(`${ref.sheet}\u0000${ref.row}`) && !flags.has(key))
          out.push(key);
      }
    }
    return [...new Set(out)].slice(0, MAX_PROBES);
  }

  async function recomputeOnce(): Promise<void> {
    const editedNow = [...edited];
    edited.clear();
    await o.excel.run(async (ctx) => {
      let grids: SheetGrid[];
      let probes = new Map<string, CellProbe>();
      if (needFull || !windows) {
        grids = await fullRead(ctx);
      } else {
        // Steady state, round trip 1: values of known windows + size check + probes of the edited rows.
        const read = queueValues(ctx, windows);
        const sameSize = queueSizeCheck(ctx, windows, limits);
        const probe = queueProbes(ctx, probeCellsFor(editedNow), notes);
        const protection = queueProtection(
          ctx,
          windows.map((w) => w.name),
        );
        await syncWithin(ctx, timeoutMs);
        if (sameSize()) {
          grids = read();
          probes = probe();
          locked = protection();
        } else {
          grids = await fullRead(ctx); // rows added or removed: size again (not steady state)
        }
      }
      // Core checks that the header rows are unchanged before reusing the last layout's header (edits to
      // the header, inserted or deleted rows make it search again), so passing it is always safe.
      const computed = compute(grids, scheme, o.lang, last?.audit.layout);
      const flaggable = new Map([...computed.flags].filter(([cell]) => !locked.has(splitCellRef(cell)?.sheet ?? '')));
      const diff = diffFlags(flaggable, flags);
      const unknown = diff.add.map((a) => a.cell).filter((c) => !probes.has(c));
      if (unknown.length) {
        const more = queueProbes(ctx, unknown, notes);
        await syncWithin(ctx, timeoutMs);
        for (const [k, v] of more()) probes.set(k, v);
      }
      const layout = computed.result
        ? resultSheet(computed.result, {
            lang: o.lang,
            facts: computed.audit.facts,
            schemeName: computed.audit.scheme.name,
            decimals: computed.audit.scheme.rules.rounding.decimals,
            problems: computed.audit.issues,
          })
        : null;
      if (layout) {
        // Formats are written when the layout's shape changes (rows, styles, merges), not on every edit.
        const shape = shapeOf(layout);
        await writeOutputs(
          ctx,
          {
            sheet: result.name,
            createSheet: !result.exists,
            mark: !result.marked,
            layout,
            previousRows: result.rows,
            format: shape !== result.shape,
            pageLayout,
            registryRows: result.registryRows,
            registryHeader: ui(o.lang, 'result.registryHeader'),
            diff,
            flags,
            probes,
            notes,
          },
          { timeoutMs, maxRequestBytes },
        );
        result.exists = true;
        result.marked = true;
        result.shape = shape;
        result.rows = layout.rows.length;
        result.registryRows = Math.max(result.registryRows, flags.size + 1);
      }
      last = computed;
    });
    revision++;
    set({
      phase: 'ready',
      computed: last!,
      resultSheet: result.name,
      cappedSheets: (windows ?? []).filter(capped).map((w) => w.name),
      revision,
    });
  }

  async function register(): Promise<void> {
    const want = (windows ?? []).map((w) => w.name).filter((n) => !handlers.some((h) => h.sheet === n));
    if (!want.length) return;
    await o.excel.run(async (ctx) => {
      for (const name of want) {
        const res = ctx.workbook.worksheets.getItem(name).onChanged.add(async (e: ChangedArgs) => onChanged(name, e));
        handlers.push({ sheet: name, remove: () => res.remove(), context: res.context as Excel.RequestContext });
      }
      await syncWithin(ctx, timeoutMs);
    });
  }

  function onChanged(sheet: string, e: ChangedArgs): void {
    // Our own writes come back as events; reacting to them would loop forever.
    if (disposed || e.triggerSource === 'ThisLocalAddin' || sheet === result.name) return;
    if (e.address) edited.add(`${sheet}\u0000${e.address}`);
    schedule();
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void kick();
    }, debounceMs);
  }

  /** One recompute at a time; edits that arrive meanwhile cause exactly one more. */
  function kick(): Promise<void> {
    if (running) {
      dirty = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          dirty = false;
          await recomputeOnce();
          await register();
        } while (dirty && !disposed);
      } catch (err) {
        needFull = true;
        const timeout = err instanceof SyncTimeoutError;
        set({
          phase: 'error',
          message: err instanceof Error ? err.message : String(err),
          timeout,
          timeoutMs: timeout ? err.ms : timeoutMs,
        });
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    get state() {
      return state;
    },
    get resultSheet() {
      return result.name;
    },
    /** First load (also after a task-pane reload: handlers are registered again). */
    start(): Promise<void> {
      set({ phase: 'loading' });
      needFull = true;
      return kick();
    },
    /** After a timeout or error: read everything again. */
    retry(): Promise<void> {
      needFull = true;
      set({ phase: 'loading' });
      return kick();
    },
    /** Scheme changed in the pane: recompute with it. */
    setScheme(next: Scheme): Promise<void> {
      scheme = next;
      return kick();
    },
    /** Resolves when no recompute is pending or running. */
    async idle(): Promise<void> {
      while (timer || running) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, debounceMs + 1));
      }
    },
    async dispose(): Promise<void> {
      disposed = true;
      if (timer) clearTimeout(timer);
      for (const h of handlers.splice(0)) {
        await o.excel
          .run(h.context, async (ctx) => {
            h.remove();
            await ctx.sync();
          })
          .catch(() => undefined);
      }
    },
  };
}

export type Session = ReturnType<typeof createSession>;

/** What decides the formats of the result sheet: every cell's style and number format, merges, widths, heights. */
function shapeOf(layout: ResultSheetLayout): string {
  return JSON.stringify([
    layout.rows.map((r) => r.map((c) => (c ? `${c.style}:${typeof c.value}:${c.format ?? ''}` : ''))),
    layout.merges,
    layout.widths,
    layout.heights,
  ]);
}
