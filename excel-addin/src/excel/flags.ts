import { splitCellRef } from './address';

/** Light red of Excel's "Bad" cell style. */
export const FLAG_FILL = '#FFC7CE';
export const NOTE_PREFIX = 'GB/T 27922: ';

/** One cell the add-in has flagged: the fill it had before, and whether the note on it is ours. */
export interface FlagRecord {
  fill: string | null;
  ownNote: boolean;
  message: string;
}

/** The registry lives in column H of our result sheet as text rows `Sheet!A1 \t #FFFFFF \t 1`, so a reload can undo flags. */
export function encodeRegistry(flags: ReadonlyMap<string, FlagRecord>): string[] {
  return [...flags].map(([cell, f]) => `${cell}\t${f.fill ?? ''}\t${f.ownNote ? 1 : 0}`);
}

export function decodeRegistry(lines: readonly unknown[]): Map<string, FlagRecord> {
  const out = new Map<string, FlagRecord>();
  for (const line of lines) {
    if (typeof line !== 'string' || !line.includes('\t')) continue;
    const [cell, fill, own] = line.split('\t');
    if (cell && splitCellRef(cell)) out.set(cell, { fill: fill || null, ownNote: own === '1', message: '' });
  }
  return out;
}

export interface FlagDiff {
  add: { cell: string; message: string }[];
  change: { cell: string; message: string }[];
  remove: string[];
}

export function diffFlags(now: ReadonlyMap<string, string>, was: ReadonlyMap<string, FlagRecord>): FlagDiff {
  const add: FlagDiff['add'] = [];
  const change: FlagDiff['change'] = [];
  for (const [cell, message] of now) {
    const prev = was.get(cell);
    if (!prev) add.push({ cell, message });
    else if (prev.message !== message) change.push({ cell, message });
  }
  const remove = [...was.keys()].filter((c) => !now.has(c));
  return { add, change, remove };
}
