import type { FlagRecord } from './flags';
import type { SheetWindow } from './read-sheets';

/** Our own 结果 sheet as the session last saw it. */
export interface ResultSheetInfo {
  name: string;
  exists: boolean;
  /** Rows written last time (rows below a shorter layout are cleared). */
  rows: number;
  /** Rows of the flag registry in column H. */
  registryRows: number;
  /** Carries the marker name that says the sheet is ours. */
  marked: boolean;
  /** The layout's shape at the last format write (see shapeOf in write-batch.ts). */
  shape: string;
}

/**
 * What the session knows of the workbook between recomputes. The read batch fills it, the write batch
 * updates what it wrote; nothing else changes it.
 */
export interface WorkbookView {
  /** Windows of the input sheets; null until the first full read. */
  windows: SheetWindow[] | null;
  result: ResultSheetInfo;
  /** The flag registry: problem cells we have painted, with what to restore. */
  flags: Map<string, FlagRecord>;
  /** Sheets whose protection refuses fills and notes. */
  locked: Set<string>;
  /** Size every sheet again on the next read (first load, retry, after an error). */
  needFull: boolean;
}

export const emptyView = (): WorkbookView => ({
  windows: null,
  result: { name: '', exists: false, rows: 0, registryRows: 0, marked: false, shape: '' },
  flags: new Map(),
  locked: new Set(),
  needFull: true,
});
