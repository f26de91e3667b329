import type { Lang, ResultSheetLayout } from '../../../core/index';
import { ui } from '../messages';
import type { FlagDiff } from './flags';
import type { CellProbe } from './probe-cells';
import type { WorkbookView } from './workbook-view';
import { writeOutputs } from './write-outputs';

export interface WriteSettings {
  lang: Lang;
  timeoutMs: number;
  maxRequestBytes: number;
  notes: boolean;
  pageLayout: boolean;
}

/**
 * The last round trip of a recompute: core's 结果 layout onto our own sheet, problem cells painted or
 * restored (write-outputs.ts), then the view updated to what the workbook now holds.
 */
export async function writeBatch(
  ctx: Excel.RequestContext,
  view: WorkbookView,
  layout: ResultSheetLayout,
  paint: { diff: FlagDiff; probes: ReadonlyMap<string, CellProbe> },
  s: WriteSettings,
): Promise<void> {
  const result = view.result;
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
      pageLayout: s.pageLayout,
      registryRows: result.registryRows,
      registryHeader: ui(s.lang, 'result.registryHeader'),
      diff: paint.diff,
      flags: view.flags,
      probes: paint.probes,
      notes: s.notes,
    },
    { timeoutMs: s.timeoutMs, maxRequestBytes: s.maxRequestBytes },
  );
  result.exists = true;
  result.marked = true;
  result.shape = shape;
  result.rows = layout.rows.length;
  result.registryRows = Math.max(result.registryRows, view.flags.size + 1);
}

/** What decides the formats of the result sheet: every cell's style and number format, merges, widths, heights. */
function shapeOf(layout: ResultSheetLayout): string {
  return JSON.stringify([
    layout.rows.map((r) => r.map((c) => (c ? `${c.style}:${typeof c.value}:${c.format ?? ''}` : ''))),
    layout.merges,
    layout.widths,
    layout.heights,
  ]);
}
