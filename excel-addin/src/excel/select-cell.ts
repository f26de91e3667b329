import { splitCellRef } from './address';
import type { ExcelHost } from './host';
import { syncWithin } from './sync-timeout';

/** Select a `Sheet!A1` cell (activating its sheet) for a click in the pane. One round trip. */
export async function selectCell(excel: ExcelHost, cell: string, timeoutMs = 10_000): Promise<void> {
  const ref = splitCellRef(cell);
  if (!ref) return;
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.a1).select();
    await syncWithin(ctx, timeoutMs);
  });
}
