import { addressOf, sheetRef } from '../../../core/index';
import { cellKey, splitCellRef } from './address';
import type { Computed } from './compute';
import { diffFlags, type FlagDiff } from './flags';
import { queueProbes, type CellProbe } from './probe-cells';
import { syncWithin } from './sync-timeout';
import type { WorkbookView } from './workbook-view';

/** Cells probed per batch at most (a paste over a whole column must not probe a million cells). */
const MAX_PROBES = 200;

/** `Sheet\u0000A1:B3` (as the change events record them) → the sheet and the range's corners. */
function cornersOf(edit: string) {
  const [sheet, local] = edit.split('\u0000') as [string, string];
  const [p, q = p] = local.split(':');
  const top = splitCellRef(`x!${p}`),
    bottom = splitCellRef(`x!${q}`);
  return top && bottom ? { sheet, top, bottom } : null;
}

/**
 * Cells whose fill and note the read batch probes ahead, so painting a new problem needs no extra round
 * trip: the edited cells themselves, and the answer cells of the edited rows. Cells already flagged
 * (their fill is in the registry) and cells on protected sheets are left out.
 */
export function cellsToProbe(edits: Iterable<string>, last: Computed | null, view: WorkbookView): string[] {
  if (!last) return [];
  const { flags, locked } = view;
  const rows = new Set<string>();
  const out: string[] = [];
  for (const e of edits) {
    const c = cornersOf(e);
    if (!c) continue;
    if (c.bottom.row - c.top.row <= MAX_PROBES)
      for (let r = c.top.row; r <= c.bottom.row; r++) rows.add(`${c.sheet}\u0000${r}`);
    // A flag core puts on a non-answer cell (分值 not a number, a duplicate 编号, an unknown special-item
    // type) lands on the cell just typed into.
    if (locked.has(c.sheet)) continue;
    if ((c.bottom.row - c.top.row + 1) * (c.bottom.col - c.top.col + 1) > MAX_PROBES) continue;
    for (let r = c.top.row; r <= c.bottom.row; r++) {
      for (let col = c.top.col; col <= c.bottom.col; col++) {
        const key = sheetRef(c.sheet, addressOf(r, col));
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

/**
 * Which problem cells to paint, repaint or restore after a compute. Cells on protected sheets are not
 * painted. A new problem cell not probed in the read batch is probed now (an extra round trip), so its
 * fill can be restored and an auditor's own note is never replaced.
 */
export async function planProblemCells(
  ctx: Excel.RequestContext,
  computed: Computed,
  view: WorkbookView,
  probes: Map<string, CellProbe>,
  o: { notes: boolean; timeoutMs: number },
): Promise<FlagDiff> {
  const paintable = new Map([...computed.flags].filter(([cell]) => !view.locked.has(splitCellRef(cell)?.sheet ?? '')));
  const diff = diffFlags(paintable, view.flags);
  const unknown = diff.add.map((a) => a.cell).filter((c) => !probes.has(c));
  if (unknown.length) {
    const more = queueProbes(ctx, unknown, o.notes);
    await syncWithin(ctx, o.timeoutMs);
    for (const [k, v] of more()) probes.set(k, v);
  }
  return diff;
}
