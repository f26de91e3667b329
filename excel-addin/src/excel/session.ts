import type { Lang, Scheme } from '../../../core/index';
import { compute, resultLayout, type Computed } from './compute';
import { excelApiSupported, type ExcelHost } from './host';
import { cellsToProbe, planProblemCells } from './problem-cells';
import { readBatch } from './read-batch';
import { capped, DEFAULT_LIMITS, type ReadLimits } from './read-sheets';
import { createScheduler } from './recompute-scheduler';
import { createSheetEvents } from './sheet-events';
import { SyncTimeoutError } from './sync-timeout';
import { emptyView } from './workbook-view';
import { writeBatch } from './write-batch';

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

/**
 * The live calculator: read grids → core computes → write our outputs, once per (debounced) edit.
 * Steady state is two round trips: one read batch (values of the known windows, a size check, probes of the
 * edited cells and of the edited rows' answer cells) and one write batch. A third comes only when core flags a
 * cell outside those (then its fill and note are probed first), or when the write passes the request budget.
 *
 * One file per step: sheet-events.ts (edits in), recompute-scheduler.ts (debounce, one run at a time),
 * read-batch.ts (grids and probes), compute.ts (core), problem-cells.ts (which cells to paint),
 * write-batch.ts (结果 sheet and paint out); workbook-view.ts is what they share between runs.
 */
export function createSession(o: SessionOptions) {
  const timeoutMs = o.timeoutMs ?? 10_000;
  const settings = {
    lang: o.lang,
    timeoutMs,
    limits: o.limits ?? DEFAULT_LIMITS,
    maxRequestBytes: o.maxRequestBytes ?? 4_500_000,
    notes: o.notes ?? excelApiSupported(18),
    pageLayout: o.pageLayout ?? excelApiSupported(9),
  };
  let scheme = o.scheme;
  const view = emptyView();
  let last: Computed | null = null;
  let revision = 0;
  let state: SessionState = { phase: 'loading' };
  const edited = new Set<string>();

  const set = (s: SessionState) => {
    state = s;
    o.onUpdate?.(s);
  };

  async function recomputeOnce(): Promise<void> {
    const edits = [...edited];
    edited.clear();
    await o.excel.run(async (ctx) => {
      const { grids, probes } = await readBatch(ctx, view, settings, () => cellsToProbe(edits, last, view));
      // Core checks that the header rows are unchanged before reusing the last layout's header (edits to
      // the header, inserted or deleted rows make it search again), so passing it is always safe.
      const computed = compute(grids, scheme, o.lang, last?.audit.layout);
      const diff = await planProblemCells(ctx, computed, view, probes, settings);
      const layout = resultLayout(computed, o.lang);
      if (layout) await writeBatch(ctx, view, layout, { diff, probes }, settings);
      last = computed;
    });
    revision++;
    set({
      phase: 'ready',
      computed: last!,
      resultSheet: view.result.name,
      cappedSheets: (view.windows ?? []).filter(capped).map((w) => w.name),
      revision,
    });
  }

  const events = createSheetEvents({
    excel: o.excel,
    timeoutMs,
    ownSheet: () => view.result.name,
    onEdit: (edit) => {
      if (edit) edited.add(edit);
      scheduler.schedule();
    },
  });

  const scheduler = createScheduler({
    debounceMs: o.debounceMs ?? 200,
    run: async () => {
      await recomputeOnce();
      await events.register((view.windows ?? []).map((w) => w.name));
    },
    onError: (err) => {
      view.needFull = true;
      const timeout = err instanceof SyncTimeoutError;
      set({
        phase: 'error',
        message: err instanceof Error ? err.message : String(err),
        timeout,
        timeoutMs: timeout ? err.ms : timeoutMs,
      });
    },
    stopped: () => events.disposed,
  });

  return {
    get state() {
      return state;
    },
    get resultSheet() {
      return view.result.name;
    },
    /** First load (also after a task-pane reload: handlers are registered again). */
    start(): Promise<void> {
      set({ phase: 'loading' });
      view.needFull = true;
      return scheduler.kick();
    },
    /** After a timeout or error: read everything again. */
    retry(): Promise<void> {
      view.needFull = true;
      set({ phase: 'loading' });
      return scheduler.kick();
    },
    /** Scheme changed in the pane: recompute with it. */
    setScheme(next: Scheme): Promise<void> {
      scheme = next;
      return scheduler.kick();
    },
    /** Resolves when no recompute is pending or running. */
    idle: () => scheduler.idle(),
    async dispose(): Promise<void> {
      scheduler.cancel();
      await events.dispose();
    },
  };
}

export type Session = ReturnType<typeof createSession>;
