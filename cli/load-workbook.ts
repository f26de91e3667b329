/*
 * Opens one workbook file without trusting it. Every way a file can be hostile or broken ends in one
 * reason code (never a crash, never a hang): too large, empty, encrypted / old .xls, not a zip,
 * truncated, zip bomb, not a workbook. Two readers (sheet XML read directly, and exceljs) back each
 * other up; the result says which one read the file. Sheets with too many rows are cut and flagged.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { SheetGrid } from './core-api';
import { countRowsUpTo, readSheetsFromEntries, type SheetState } from './sheet-xml-reader';
import {
  DEFAULT_ZIP_LIMITS,
  hasDtd,
  inflateBudget,
  safeUnzip,
  ZipProblem,
  type InflateBudget,
  type ZipLimits,
} from './zip-guard';

export interface LoadLimits {
  maxFileBytes: number;
  /** Rows read per sheet; an audit sheet has ~50, a certification body's own sheet a few hundred. */
  maxRows: number;
  zip: ZipLimits;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxRows: 10_000,
  zip: DEFAULT_ZIP_LIMITS,
};

/** Message keys live in cli/messages.ts under `read.<code>`. */
export type LoadFailureCode =
  | 'not-found'
  | 'permission-denied'
  | 'symlink-loop'
  | 'not-a-file'
  | 'not-regular'
  | 'too-large'
  | 'empty'
  | 'encrypted-or-xls'
  | 'not-zip'
  | 'truncated'
  | 'zip-bomb'
  | 'too-large-unpacked'
  | 'zip-encrypted'
  | 'zip-unsupported'
  | 'corrupt'
  | 'dtd'
  | 'not-xlsx'
  | 'unreadable'
  /** direct-only mode: the direct reader failed and exceljs was not allowed to try. */
  | 'needs-exceljs';
export type LoadNoteCode = 'fallback-used' | 'direct-failed' | 'too-many-rows';

export interface LoadNote<C extends string = string> {
  code: C;
  params: Record<string, string | number>;
}

export type LoadResult =
  | {
      ok: true;
      bytes: Uint8Array;
      sheets: SheetGrid[];
      /** Visibility of each sheet, in the order of `sheets`. */
      states: SheetState[];
      reader: 'direct' | 'exceljs';
      notes: LoadNote<LoadNoteCode>[];
      /** This file's inflation budget, already charged with what the reader unpacked; the copy writer goes on with it. */
      budget: InflateBudget;
    }
  | { ok: false; failure: LoadNote<LoadFailureCode> };

const fail = (code: LoadFailureCode, params: LoadNote['params'] = {}): LoadResult => ({
  ok: false,
  failure: { code, params },
});

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** First line of an error, without exceljs's stack noise: for --debug only, never a user's message. */
export function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return (s.split('\n')[0] ?? '').slice(0, 200);
}

/** Why a path cannot be opened, from the system's error code: each its own words. */
function openFailure(e: unknown): LoadResult {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return fail('permission-denied');
    case 'ELOOP':
      return fail('symlink-loop');
    case 'EISDIR':
      return fail('not-a-file');
    default:
      // ENOENT, ENOTDIR (a file used as a folder in the path), ENAMETOOLONG: nothing there to read.
      return fail('not-found');
  }
}

/** What a non-regular file is, for its message (read.not-regular {kind}). */
function specialKind(st: Stats): string | null {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'char-device';
  if (st.isBlockDevice()) return 'block-device';
  return null;
}

/**
 * Reads a file up to the cap. stat first: a FIFO, a device or a socket is refused before any open
 * (opening a FIFO waits for a writer, forever). The open itself is non-blocking and the descriptor
 * checked again, so a path swapped for a FIFO in between cannot block either; the size checked is
 * the size of what is read. Synchronous on purpose: a pool worker scores one file at a time.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number,
): Promise<{ bytes?: Uint8Array; failure?: LoadResult }> {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return { failure: openFailure(e) };
  }
  if (st.isDirectory()) return { failure: fail('not-a-file') };
  const kind = specialKind(st);
  if (kind) return { failure: fail('not-regular', { kind }) };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { failure: openFailure(e) };
  }
  try {
    const fst = fstatSync(fd);
    const swapped = specialKind(fst);
    if (swapped) return { failure: fail('not-regular', { kind: swapped }) };
    if (!fst.isFile()) return { failure: fail('not-a-file') };
    if (fst.size > maxBytes)
      return {
        failure: fail('too-large', {
          size: Math.round(fst.size / 1024 / 1024),
          limit: Math.round(maxBytes / 1024 / 1024),
        }),
      };
    const buf = new Uint8Array(fst.size);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (!n) break;
      got += n;
    }
    return { bytes: got === buf.length ? buf : buf.subarray(0, got) };
  } catch (e) {
    return { failure: openFailure(e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * auto: direct, then exceljs if that fails; exceljs: the reverse; direct-only: never exceljs, a direct-reader
 * failure is `needs-exceljs` (the CLI's in-thread lane hands such a file to a budgeted worker instead).
 */
export type ReaderMode = 'auto' | 'exceljs' | 'direct-only';

export async function loadWorkbookFile(
  path: string,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  mode: ReaderMode = 'auto',
): Promise<LoadResult> {
  const read = await readFileCapped(path, limits.maxFileBytes);
  if (read.failure) return read.failure;
  return loadWorkbookBytes(read.bytes!, limits, mode);
}

/** The parts that hold cell values; the direct reader inflates only these. */
const isValuePart = (name: string) =>
  name === 'xl/workbook.xml' ||
  name === 'xl/_rels/workbook.xml.rels' ||
  name === 'xl/sharedStrings.xml' ||
  // Number formats: a date-formatted cell is a date, not a number of points.
  name === 'xl/styles.xml' ||
  (name.startsWith('xl/worksheets/') && name.endsWith('.xml'));

const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name);

/** The first XML part with a DTD, if any. */
function partWithDtd(entries: ReadonlyMap<string, Uint8Array>): string | undefined {
  for (const [name, b] of entries) if (isXmlPart(name) && hasDtd(b)) return name;
  return undefined;
}

/**
 * Inflates every entry under the guard (within the file's one budget), before anything that unpacks
 * the whole zip (exceljs) is given the bytes; a DTD in any XML part is refused too. Null when safe.
 */
export function guardWholeZip(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  budget: InflateBudget = inflateBudget(limits.zip),
): LoadNote<LoadFailureCode> | null {
  try {
    const part = partWithDtd(safeUnzip(bytes, { limits: limits.zip, budget }));
    return part ? { code: 'dtd', params: { part } } : null;
  } catch (e) {
    if (e instanceof ZipProblem) return { code: e.code, params: { ...e.params, why: e.why } };
    return { code: 'corrupt', params: { why: 'unknown', detail: oneLine(e) } };
  }
}

/**
 * Two readers give the same grids (test/cli/load-workbook.test.ts checks it on real files):
 *  - direct: the sheet XML parsed here, ~7× faster than exceljs (the CLI's speed goal needs it);
 *  - exceljs: the library the rest of the project writes with.
 * `auto` reads directly and asks exceljs when the direct reader fails; `exceljs` does the reverse.
 * Either way, a file one of them throws on is still read, and the record says which reader did.
 */
export async function loadWorkbookBytes(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS,
  mode: ReaderMode = 'auto',
): Promise<LoadResult> {
  if (bytes.length === 0) return fail('empty');
  // Password-protected .xlsx is an OLE2 compound file (MS-OFFCRYPTO), like the old binary .xls.
  if (startsWith(bytes, OLE2)) return fail('encrypted-or-xls');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return fail('not-zip', { kind: sniffKind(bytes) });
  }

  let entries: Map<string, Uint8Array>;
  const budget = inflateBudget(limits.zip);
  try {
    // The central directory is checked for every entry; only the value parts are inflated.
    entries = safeUnzip(bytes, { limits: limits.zip, filter: (e) => isValuePart(e.name), budget });
  } catch (e) {
    if (e instanceof ZipProblem) return fail(e.code, { ...e.params, why: e.why });
    return fail('corrupt', { why: 'unknown', detail: oneLine(e) });
  }
  if (!entries.has('xl/workbook.xml')) return fail('not-xlsx');
  const dtdPart = partWithDtd(entries);
  if (dtdPart) return fail('dtd', { part: dtdPart });

  const notes: LoadNote<LoadNoteCode>[] = [];
  // exceljs reads a whole sheet into memory: never give it one with more rows than we read.
  // (Counted only when exceljs is about to be asked: the direct reader cuts long sheets itself.)
  const isTooLong = () =>
    [...entries].some(
      ([name, b]) => name.startsWith('xl/worksheets/') && countRowsUpTo(b, limits.maxRows) > limits.maxRows,
    );

  const viaExcelJs = async (): Promise<LoadResult> => {
    const unsafe = guardWholeZip(bytes, limits, budget);
    if (unsafe) return { ok: false, failure: unsafe };
    const [{ default: ExcelJS }, { gridsFromExcelJs }] = await Promise.all([
      import('exceljs'),
      import('./core-writers'),
    ]);
    const wb = new ExcelJS.Workbook();
    // exceljs's typings want a Node Buffer; a view over the same memory, no copy.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    const states: SheetState[] = [];
    wb.eachSheet((ws) => states.push(ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible'));
    const sheets = gridsFromExcelJs(wb, { maxRows: limits.maxRows });
    return { ok: true, bytes, sheets, states, reader: 'exceljs', notes, budget };
  };
  const direct = (): LoadResult => {
    const raw = readSheetsFromEntries(entries, { maxRows: limits.maxRows });
    if (!raw.length) throw new Error('no worksheet found');
    for (const s of raw) {
      if (s.truncatedAt !== undefined)
        notes.push({
          code: 'too-many-rows',
          params: { sheet: s.name, limit: s.truncatedAt, rows: s.rowsPresent },
        });
    }
    // Same shape as gridsFromExcelJs gives (optional fields only when non-empty).
    const sheets: SheetGrid[] = raw.map((s) => ({
      name: s.name,
      grid: s.grid,
      ...(s.hiddenRows.length ? { hiddenRows: s.hiddenRows } : {}),
      ...(s.merges.length ? { merges: s.merges } : {}),
      ...(s.formulasWithoutResult.length ? { formulasWithoutResult: s.formulasWithoutResult } : {}),
    }));
    return { ok: true, bytes, sheets, states: raw.map((s) => s.state), reader: 'direct', notes, budget };
  };

  const exceljsFirst = mode === 'exceljs' && !isTooLong();
  const first = exceljsFirst ? viaExcelJs : direct;
  let firstError: unknown;
  try {
    return await first();
  } catch (e) {
    firstError = e;
  }
  if (mode === 'direct-only') return fail('needs-exceljs', { detail: oneLine(firstError) });
  const second = exceljsFirst ? direct : isTooLong() ? null : viaExcelJs;
  if (!second) return fail('unreadable', { detail: oneLine(firstError) });
  notes.push({ code: first === direct ? 'direct-failed' : 'fallback-used', params: { detail: oneLine(firstError) } });
  try {
    return await second();
  } catch (e) {
    return fail('unreadable', { detail: `${oneLine(firstError)}; ${oneLine(e)}` });
  }
}
/** What a non-zip file looks like, for the one-line reason. */
function sniffKind(b: Uint8Array): string {
  const head = new TextDecoder().decode(b.subarray(0, 256)).trimStart().toLowerCase();
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (head.startsWith('<?xml')) return 'xml';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21])) return 'rar';
  // eslint-disable-next-line no-control-regex -- CSV is text: no control characters other than tab and line ends
  if (/^[^\x00-\x08\x0e-\x1f]*$/.test(head) && head.includes(',')) return 'csv';
  return 'unknown';
}
