import { splitCellRef } from './address';

export interface CellProbe {
  fill: string | null;
  hasNote: boolean;
}

/**
 * Queue, for each cell, its fill colour and whether it has a note (notes API: ExcelApi 1.18), without syncing:
 * the caller puts this in its read batch. Knowing both before flagging lets us restore the fill and never
 * replace an auditor's own note.
 */
export function queueProbes(
  context: Excel.RequestContext,
  cells: readonly string[],
  notes: boolean,
): () => Map<string, CellProbe> {
  const probes = cells.flatMap((cell) => {
    const ref = splitCellRef(cell);
    if (!ref) return [];
    const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.a1);
    range.load('format/fill/color');
    const note = notes ? context.workbook.notes.getItemOrNullObject(cell) : null;
    note?.load('isNullObject');
    return [{ cell, range, note }];
  });
  return () =>
    new Map(
      probes.map((p) => [
        p.cell,
        { fill: p.range.format.fill.color ?? null, hasNote: p.note ? !p.note.isNullObject : false },
      ]),
    );
}
