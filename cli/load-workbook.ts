/*
 * Opens one workbook file without trusting it. Every way a file can be hostile or broken ends in one
 * reason code (never a crash, never a hang): too large, empty, encrypted / old .xls, not a zip,
 * truncated, zip bomb, not a workbook. exceljs reads the good ones; when it throws, the sheet XML is
 * read directly (fallback) and the result says so. Sheets with too many rows are cut and flagged.
 */
import { open, stat } from 'node:fs/promises';
import type { SheetGrid } from './core-api';
import { gridsFromExcelJs } from './core-api';
import { countRowsUpTo, readSheetsFromEntries, type RawSheet } from './fallback-reader';
import { DEFAULT_ZIP_LIMITS, safeUnzip, ZipProblem, type ZipLimits } from './zip-guard';

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
  | 'not-found' | 'not-a-file' | 'too-large' | 'empty' | 'encrypted-or-xls' | 'not-zip'
  | 'truncated' | 'zip-bomb' | 'zip-encrypted' | 'zip-unsupported' | 'corrupt' | 'not-xlsx' | 'unreadable';
export type LoadNoteCode = 'fallback-used' | 'too-many-rows';

export interface LoadNote<C extends string = string> {
  code: C;
  params: Record<string, string | number>;
}

export type LoadResult =
  | { ok: true; bytes: Uint8Array; sheets: SheetGrid[]; reader: 'exceljs' | 'fallback'; notes: LoadNote<LoadNoteCode>[] }
  | { ok: false; failure: LoadNote<LoadFailureCode> };

const fail = (code: LoadFailureCode, params: LoadNote['params'] = {}): LoadResult => ({ ok: false, failure: { code, params } });

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** First line of an error, without exceljs's stack noise. */
export function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return (s.split('\n')[0] ?? '').slice(0, 200);
}

export async function readFileCapped(path: string, maxBytes: number): Promise<{ bytes?: Uint8Array; failure?: LoadResult }> {
  let st;
  try {
    st = await stat(path);
  } catch {
    return { failure: fail('not-found') };
  }
  if (!st.isFile()) return { failure: fail('not-a-file') };
  if (st.size > maxBytes) return { failure: fail('too-large', { size: Math.round(st.size / 1024 / 1024), limit: Math.round(maxBytes / 1024 / 1024) }) };
  // Read through one handle and only up to the cap, in case the file grows meanwhile. Opened read-only.
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(st.size);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (!bytesRead) break;
      got += bytesRead;
    }
    return { bytes: got === buf.length ? buf : buf.subarray(0, got) };
  } finally {
    await fh.close();
  }
}

export async function loadWorkbookFile(path: string, limits: LoadLimits = DEFAULT_LOAD_LIMITS): Promise<LoadResult> {
  const read = await readFileCapped(path, limits.maxFileBytes);
  if (read.failure) return read.failure;
  return loadWorkbookBytes(read.bytes!, limits);
}

export async function loadWorkbookBytes(bytes: Uint8Array, limits: LoadLimits = DEFAULT_LOAD_LIMITS): Promise<LoadResult> {
  if (bytes.length === 0) return fail('empty');
  // Password-protected .xlsx is an OLE2 compound file (MS-OFFCRYPTO), like the old binary .xls.
  if (startsWith(bytes, OLE2)) return fail('encrypted-or-xls');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return fail('not-zip', { kind: sniffKind(bytes) });
  }

  let entries: Map<string, Uint8Array>;
  try {
    entries = safeUnzip(bytes, { limits: limits.zip });
  } catch (e) {
    if (e instanceof ZipProblem) return fail(e.code, e.params);
    return fail('corrupt', { detail: oneLine(e) });
  }
  if (!entries.has('xl/workbook.xml')) return fail('not-xlsx');

  const notes: LoadNote<LoadNoteCode>[] = [];
  const tooLong = [...entries].some(([name, b]) => name.startsWith('xl/worksheets/') && name.endsWith('.xml') && countRowsUpTo(b, limits.maxRows) > limits.maxRows);

  if (!tooLong) {
    try {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      // exceljs's typings want a Node Buffer; a view over the same memory, no copy.
      await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
      return { ok: true, bytes, sheets: gridsFromExcelJs(wb), reader: 'exceljs', notes };
    } catch (e) {
      notes.push({ code: 'fallback-used', params: { detail: oneLine(e) } });
    }
  }

  let raw: RawSheet[];
  try {
    raw = readSheetsFromEntries(entries, { maxRows: limits.maxRows });
  } catch (e) {
    return fail('unreadable', { detail: notes[0]?.params.detail ?? oneLine(e) });
  }
  for (const s of raw) {
    if (s.truncatedAt !== undefined) notes.push({ code: 'too-many-rows', params: { sheet: s.name, limit: s.truncatedAt, rows: s.declaredRows ?? `>${s.truncatedAt}` } });
  }
  const sheets: SheetGrid[] = raw.map((s) => ({ name: s.name, grid: s.grid, hiddenRows: s.hiddenRows, merges: s.merges }));
  return { ok: true, bytes, sheets, reader: 'fallback', notes };
}

/** What a non-zip file looks like, for the one-line reason. */
function sniffKind(b: Uint8Array): string {
  const head = new TextDecoder().decode(b.subarray(0, 256)).trimStart().toLowerCase();
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (head.startsWith('<?xml')) return 'xml';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21])) return 'rar';
  if (/^[^\x00-\x08\x0e-\x1f]*$/.test(head) && head.includes(',')) return 'csv';
  return 'unknown';
}
