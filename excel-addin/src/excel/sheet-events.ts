import type { ExcelHost } from './host';
import { syncWithin } from './sync-timeout';

interface ChangedArgs {
  triggerSource?: string;
  address?: string;
}

/**
 * The `onChanged` handlers of the input sheets. A user's edit reaches `onEdit` as `Sheet\u0000A1:B2`
 * (the address may be absent); our own writes come back as events too and are dropped here, since
 * reacting to them would loop forever.
 */
export function createSheetEvents(o: {
  excel: ExcelHost;
  timeoutMs: number;
  /** Our own 结果 sheet: its changes are never edits. */
  ownSheet: () => string;
  onEdit: (edit: string | null) => void;
}) {
  const handlers: { sheet: string; remove: () => void; context: Excel.RequestContext }[] = [];
  let disposed = false;

  function onChanged(sheet: string, e: ChangedArgs): void {
    if (disposed || e.triggerSource === 'ThisLocalAddin' || sheet === o.ownSheet()) return;
    o.onEdit(e.address ? `${sheet}\u0000${e.address}` : null);
  }

  return {
    get disposed() {
      return disposed;
    },
    /** Add handlers to the sheets that have none yet (a task-pane reload registers them again). */
    async register(sheets: readonly string[]): Promise<void> {
      const want = sheets.filter((n) => !handlers.some((h) => h.sheet === n));
      if (!want.length) return;
      await o.excel.run(async (ctx) => {
        for (const name of want) {
          const res = ctx.workbook.worksheets.getItem(name).onChanged.add(async (e: ChangedArgs) => onChanged(name, e));
          handlers.push({ sheet: name, remove: () => res.remove(), context: res.context as Excel.RequestContext });
        }
        await syncWithin(ctx, o.timeoutMs);
      });
    },
    /** Remove every handler; a handler that cannot be removed (workbook closed) is skipped. */
    async dispose(): Promise<void> {
      disposed = true;
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
