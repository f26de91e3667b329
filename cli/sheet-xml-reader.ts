/*
 * Reads cell values straight from the sheet XML of an unzipped .xlsx: the CLI's fast reader (about
 * 7× exceljs, which parses styles and themes we never need), and the way to read files exceljs
 * throws on (element prefixes, odd styles.xml) that Excel and LibreOffice open. Values only: shared
 * and inline strings, numbers, booleans, cached formula results, error codes, merges, hidden rows,
 * and, from styles.xml, which numbers are dates (a date-formatted cell is a Date, as exceljs gives it:
 * 1900-01-02 is not 2 points).
 */
import { parseAddress } from './core-api';

export type RawCell = string | number | boolean | Date | null;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface RawSheet {
  name: string;
  state: SheetState;
  /** grid[r][c], 0-based from A1, ragged (trailing empties omitted); the shape of core's SheetGrid. */
  grid: RawCell[][];
  /** 0-based indices of rows marked hidden. */
  hiddenRows: number[];
  /** A1 ranges, e.g. "A1:C1". */
  merges: string[];
  /** Set when the sheet had more rows than maxRows; only the first maxRows were read. */
  truncatedAt?: number;
  /** Last row number from <dimension>, when the sheet declares one. */
  declaredRows?: number;
  /** <row> elements actually present (counted to the end even when the reading stopped at maxRows). */
  rowsPresent: number;
  /** Formula cells with no cached result (`<f>` and no `<v>`), 0-based; null in the grid (core's SheetGrid field). */
  formulasWithoutResult: { row: number; col: number; formula: string }[];
}

export interface FallbackOptions {
  maxRows: number;
}

/** How numbers are shown: which cell style indices (the `s` attribute) are date or time formats. */
export interface CellStyles {
  isDate: readonly boolean[];
  /** workbookPr date1904: serial 0 is 1904-01-01. */
  date1904: boolean;
}

const NO_STYLES: CellStyles = { isDate: [], date1904: false };

// Built-in number formats that show a date or a time (ECMA-376 Part 1 §18.8.30, and the East Asian
// ids 27–36 and 50–58 Excel shows as 年/月/日 dates in zh-CN).
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a format code shows a date or time: y m d h s (or b, Buddhist year) outside quotes, brackets and escapes, as exceljs decides. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\\[^]/g, '')
    .replace(/[_*][^]/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare.replace(/general/gi, ''));
}

/** Date styles from styles.xml (cellXfs in order, custom numFmts by id) and the 1904 flag from workbook.xml. */
export function readCellStyles(stylesXml: string | undefined, workbookXml: string): CellStyles {
  const pr = nextTag(workbookXml, 'workbookPr', 0, workbookXml.length);
  const d1904 = pr >= 0 ? attr(workbookXml.slice(pr, workbookXml.indexOf('>', pr)), 'date1904') : undefined;
  const date1904 = d1904 === '1' || d1904 === 'true';
  if (!stylesXml) return { isDate: [], date1904 };
  const custom = new Map<number, boolean>();
  for (let i = nextTag(stylesXml, 'numFmt', 0, stylesXml.length); i >= 0;) {
    const gt = stylesXml.indexOf('>', i);
    if (gt < 0) break;
    const tag = stylesXml.slice(i, gt);
    const id = Number(attr(tag, 'numFmtId'));
    const code = attr(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, isDateFormatCode(code));
    i = nextTag(stylesXml, 'numFmt', gt, stylesXml.length);
  }
  const isDate: boolean[] = [];
  const from = nextTag(stylesXml, 'cellXfs', 0, stylesXml.length);
  if (from < 0) return { isDate, date1904 };
  let to = stylesXml.indexOf('</cellXfs>', from);
  if (to < 0) to = stylesXml.length;
  for (let i = nextTag(stylesXml, 'xf', from, to); i >= 0;) {
    const gt = stylesXml.indexOf('>', i);
    if (gt < 0) break;
    const id = Number(attr(stylesXml.slice(i, gt), 'numFmtId') ?? 0);
    isDate.push(custom.get(id) ?? BUILTIN_DATE_IDS.has(id));
    // Skip the xf's children (<alignment>, <protection>) so only xf start tags are counted.
    const close = stylesXml.charCodeAt(gt - 1) === 0x2f ? gt : stylesXml.indexOf('</xf>', gt);
    i = close < 0 ? -1 : nextTag(stylesXml, 'xf', close, to);
  }
  return { isDate, date1904 };
}

/**
 * An Excel serial day number as a Date (UTC), as Excel shows it: serial 25569 is 1970-01-01. Below 61
 * the 1900 system counts a 29 February 1900 that never was (kept by Excel for Lotus 1-2-3), so serial 1
 * is 1900-01-01 and 2 is 1900-01-02 (exceljs shows those one day early).
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * 86_400_000));
}

/** UTF-8 bytes → string; Node's Buffer decoder is several times faster than TextDecoder on these parts. */
export function utf8(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
}

/** Drops namespace prefixes from element names (<x:row> → <row>): the OpenXML SDK writes them; Excel reads them. */
export function stripElementPrefixes(xml: string): string {
  return xml.indexOf(':') < 0 ? xml : xml.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1');
}

/**
 * Whether the part's root element carries a prefix (<x:worksheet>): then every element does, and the
 * part is stripped before scanning. Unprefixed parts (Excel, WPS, LibreOffice, exceljs) skip that pass.
 */
function rootIsPrefixed(xml: string): boolean {
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x3f /* ? */ || next === 0x21 /* ! */) continue;
    for (let j = i + 1; j < xml.length; j++) {
      const c = xml.charCodeAt(j);
      if (c === 0x3a /* : */) return true;
      if (c === 0x3e || c === 0x2f || c <= 0x20) return false;
    }
    return false;
  }
  return false;
}

/** The part as text, with prefixes stripped only when it uses them. */
export function partText(b: Uint8Array): string {
  const xml = utf8(b);
  return rootIsPrefixed(xml) ? stripElementPrefixes(xml) : xml;
}

export function decodeXmlText(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return (
    s
      .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
        switch (e) {
          case 'lt':
            return '<';
          case 'gt':
            return '>';
          case 'amp':
            return '&';
          case 'quot':
            return '"';
          case 'apos':
            return "'";
          default:
            return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
        }
      })
      // OOXML escapes control characters as _xHHHH_ (ECMA-376 §22.9.2.19).
      .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  );
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** An attribute of a start tag (the text from "<" to ">"), by exact name ("r", "t", "r:id"). */
function attr(tag: string, name: string): string | undefined {
  for (let i = tag.indexOf(name, 1); i >= 0; i = tag.indexOf(name, i + 1)) {
    if (!isSpace(tag.charCodeAt(i - 1))) continue;
    let j = i + name.length;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag.charCodeAt(j) !== 0x3d /* = */) continue;
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const end = tag.indexOf(q, j + 1);
    if (end < 0) return undefined;
    return decodeXmlText(tag.slice(j + 1, end));
  }
  return undefined;
}

/** Index of the next start tag `<name` (followed by a space, ">" or "/") at or after `from`, before `to`; -1 if none. */
function nextTag(xml: string, name: string, from: number, to: number): number {
  const open = `<${name}`;
  for (let i = xml.indexOf(open, from); i >= 0 && i < to; i = xml.indexOf(open, i + 1)) {
    const c = xml.charCodeAt(i + open.length);
    if (c === 0x3e || c === 0x2f || isSpace(c)) return i;
  }
  return -1;
}

/** Text of an <si> or <is> body: plain <t> or rich-text runs <r><t>, without phonetic <rPh> runs. */
function richText(xml: string, from = 0, to = xml.length): string {
  let out = '';
  for (let i = xml.indexOf('<', from); i >= 0 && i < to; i = xml.indexOf('<', i + 1)) {
    const c1 = xml.charCodeAt(i + 1);
    if (c1 === 0x72 /* r */ && xml.startsWith('rPh', i + 1)) {
      const end = xml.indexOf('</rPh>', i);
      if (end < 0 || end >= to) break;
      i = end;
      continue;
    }
    if (c1 !== 0x74 /* t */) continue;
    const c2 = xml.charCodeAt(i + 2);
    if (c2 !== 0x3e && c2 !== 0x2f && !isSpace(c2)) continue;
    const gt = xml.indexOf('>', i);
    if (gt < 0 || gt >= to) break;
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      i = gt;
      continue;
    }
    const end = xml.indexOf('</t>', gt);
    if (end < 0 || end > to) break;
    out += decodeXmlText(xml.slice(gt + 1, end));
    i = end;
  }
  return out;
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let i = nextTag(xml, 'si', 0, xml.length); i >= 0; i = nextTag(xml, 'si', i + 1, xml.length)) {
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      out.push('');
      i = gt;
      continue;
    }
    const end = xml.indexOf('</si>', gt);
    if (end < 0) break;
    out.push(richText(xml, gt + 1, end));
    i = end;
  }
  return out;
}

/** The value of a <c> element whose body is xml[from, to). */
function cellValue(
  type: string | undefined,
  xml: string,
  from: number,
  to: number,
  shared: readonly string[],
  dateStyle: boolean,
  date1904: boolean,
): RawCell {
  if (type === 'inlineStr') {
    const is = nextTag(xml, 'is', from, to);
    if (is < 0) return null;
    const gt = xml.indexOf('>', is);
    if (xml.charCodeAt(gt - 1) === 0x2f) return '';
    const end = xml.indexOf('</is>', gt);
    return end < 0 || end > to ? null : richText(xml, gt + 1, end);
  }
  const v = nextTag(xml, 'v', from, to);
  if (v < 0) return null;
  const gt = xml.indexOf('>', v);
  if (gt < 0 || xml.charCodeAt(gt - 1) === 0x2f) return null;
  const end = xml.indexOf('</v>', gt);
  if (end < 0 || end > to) return null;
  const text = decodeXmlText(xml.slice(gt + 1, end));
  switch (type) {
    case 's':
      return shared[Number(text)] ?? null;
    case 'b':
      return text === '1' || text === 'true';
    case 'str':
    case 'e':
      return text;
    default: {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) return text;
      if (!dateStyle) return n;
      // A serial no calendar holds (1e20) stays the number it is.
      const d = serialToDate(n, date1904);
      return Number.isNaN(d.getTime()) ? n : d;
    }
  }
}

/**
 * One pass over the sheet XML with indexOf (no regular expression per row or cell): rows, cells,
 * hidden rows, merges. Assumes ">" never appears inside the attributes of <row>, <c>, <v>, <t>
 * (true of every writer: their attributes are references, numbers and type codes).
 */
export function parseSheetXml(
  xml: string,
  shared: readonly string[],
  opts: FallbackOptions,
  styles: CellStyles = NO_STYLES,
): Omit<RawSheet, 'name' | 'state'> {
  const rows: RawCell[][] = [];
  const hiddenRows: number[] = [];
  const formulasWithoutResult: RawSheet['formulasWithoutResult'] = [];
  const dimAt = nextTag(xml, 'dimension', 0, xml.length);
  const dimRef = dimAt >= 0 ? attr(xml.slice(dimAt, xml.indexOf('>', dimAt) + 1), 'ref') : undefined;
  const declaredRows = dimRef ? parseAddress(dimRef.split(':').pop()!)?.row : undefined;
  let truncatedAt: number | undefined;
  let rowsPresent = 0;
  let nextRow = 0;
  const len = xml.length;
  let p = nextTag(xml, 'row', 0, len);
  while (p >= 0) {
    const gt = xml.indexOf('>', p);
    if (gt < 0) break;
    const tag = xml.slice(p, gt);
    const r = attr(tag, 'r');
    const rowIndex = r ? Number(r) - 1 : nextRow;
    nextRow = rowIndex + 1;
    if (rowIndex >= opts.maxRows) {
      truncatedAt = opts.maxRows;
      // The real number of rows, for the message (a <dimension> can claim 1,048,576).
      for (let q = p; q >= 0; q = nextTag(xml, 'row', q + 4, len)) rowsPresent++;
      break;
    }
    rowsPresent++;
    const hidden = attr(tag, 'hidden');
    if (hidden === '1' || hidden === 'true') hiddenRows.push(rowIndex);
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      p = nextTag(xml, 'row', gt, len);
      continue;
    }
    let rowEnd = xml.indexOf('</row>', gt);
    if (rowEnd < 0) rowEnd = len;
    const row: RawCell[] = [];
    let nextCol = 0;
    for (let c = nextTag(xml, 'c', gt, rowEnd); c >= 0;) {
      const cgt = xml.indexOf('>', c);
      if (cgt < 0 || cgt > rowEnd) break;
      const ctag = xml.slice(c, cgt);
      const ref = attr(ctag, 'r');
      const col = ref ? (parseAddress(ref)?.col ?? nextCol) : nextCol;
      nextCol = col + 1;
      let after = cgt + 1;
      if (xml.charCodeAt(cgt - 1) !== 0x2f) {
        let cEnd = xml.indexOf('</c>', cgt);
        if (cEnd < 0 || cEnd > rowEnd) cEnd = rowEnd;
        const style = styles.isDate.length ? Number(attr(ctag, 's') ?? 0) : 0;
        const value = cellValue(
          attr(ctag, 't'),
          xml,
          cgt + 1,
          cEnd,
          shared,
          styles.isDate[style] === true,
          styles.date1904,
        );
        after = cEnd;
        if (value === null) {
          const formula = formulaWithoutValue(xml, cgt + 1, cEnd);
          if (formula !== undefined) formulasWithoutResult.push({ row: rowIndex, col, formula });
        }
        if (value !== null) {
          while (row.length < col) row.push(null);
          row[col] = value;
        }
      }
      c = nextTag(xml, 'c', after, rowEnd);
    }
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = row;
    p = nextTag(xml, 'row', rowEnd, len);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const merges: string[] = [];
  for (let i = nextTag(xml, 'mergeCell', 0, len); i >= 0; i = nextTag(xml, 'mergeCell', i + 1, len)) {
    const ref = attr(xml.slice(i, xml.indexOf('>', i)), 'ref');
    if (ref) merges.push(ref);
  }
  return {
    grid: rows,
    hiddenRows,
    merges,
    formulasWithoutResult,
    ...(truncatedAt !== undefined ? { truncatedAt } : {}),
    ...(declaredRows !== undefined ? { declaredRows: declaredRows + 1 } : {}),
    rowsPresent,
  };
}

/**
 * The formula of a <c> body xml[from, to) that has an <f> and no <v> (saved without its result), or
 * undefined. A shared formula's dependent cell (<f t="shared" si="0"/>) gives ''.
 */
function formulaWithoutValue(xml: string, from: number, to: number): string | undefined {
  const f = nextTag(xml, 'f', from, to);
  if (f < 0 || nextTag(xml, 'v', from, to) >= 0) return undefined;
  const gt = xml.indexOf('>', f);
  if (gt < 0 || gt >= to || xml.charCodeAt(gt - 1) === 0x2f) return '';
  const end = xml.indexOf('</f>', gt);
  return end < 0 || end > to ? '' : decodeXmlText(xml.slice(gt + 1, end));
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  // Targets are relative to xl/; normalise "../" and "./".
  const parts = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Sheets in workbook order, from unzipped entries. Throws when the workbook part itself is missing. */
export function readSheetsFromEntries(entries: ReadonlyMap<string, Uint8Array>, opts: FallbackOptions): RawSheet[] {
  const text = (name: string) => {
    const b = entries.get(name);
    return b ? partText(b) : undefined;
  };
  const wb = text('xl/workbook.xml');
  if (wb === undefined) throw new Error('xl/workbook.xml missing');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) rels.set(id, resolveTarget(target));
  }
  const shared = parseSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const styles = readCellStyles(text('xl/styles.xml'), wb);
  const sheets: RawSheet[] = [];
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const rid = attr(m[0], 'r:id') ?? /\s[\w]+:id="([^"]+)"/.exec(m[0])?.[1];
    // Without the relationships part, fall back to the conventional part name (sheet1.xml, sheet2.xml…).
    const path =
      (rid ? rels.get(rid) : undefined) ?? (rels.size ? undefined : `xl/worksheets/sheet${sheets.length + 1}.xml`);
    const bytes = path ? entries.get(path) : undefined;
    // Chart sheets and dialog sheets have no cells; skip them like a missing part.
    if (bytes === undefined || !path!.includes('worksheets/')) continue;
    const state = attr(m[0], 'state');
    sheets.push({
      name,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      ...parseSheetBytes(bytes, shared, opts, styles),
    });
  }
  return sheets;
}

/**
 * A sheet part read up to maxRows: a long sheet is decoded only up to its (maxRows + 1)-th <row>,
 * plus what follows </sheetData> (merged cells), so 200,000 rows never become one huge string; its
 * rows are counted on the bytes. (Element k has a row index ≥ k, so nothing before the cut is lost.)
 */
function parseSheetBytes(
  bytes: Uint8Array,
  shared: readonly string[],
  opts: FallbackOptions,
  styles: CellStyles,
): Omit<RawSheet, 'name' | 'state'> {
  const cut = rowTagOffset(bytes, opts.maxRows + 1);
  if (cut < 0) return parseSheetXml(partText(bytes), shared, opts, styles);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.lastIndexOf('</sheetData>');
  const tail = end > cut ? utf8(bytes.subarray(end)) : '</sheetData></worksheet>';
  const parsed = parseSheetXml(utf8(bytes.subarray(0, cut)) + tail, shared, opts, styles);
  return { ...parsed, truncatedAt: opts.maxRows, rowsPresent: countRowsUpTo(bytes, Infinity) };
}

/** Byte offset of the n-th (1-based) <row start tag, or -1 when there are fewer. Unprefixed parts only. */
function rowTagOffset(b: Uint8Array, n: number): number {
  let seen = 0;
  for (let i = b.indexOf(0x3c); i >= 0 && i < b.length - 4; i = b.indexOf(0x3c, i + 1)) {
    if (
      b[i + 1] === 0x72 &&
      b[i + 2] === 0x6f &&
      b[i + 3] === 0x77 &&
      (b[i + 4] === 0x20 || b[i + 4] === 0x3e || b[i + 4] === 0x2f)
    ) {
      if (++seen === n) return i;
    }
  }
  return -1;
}

/** Rows of the biggest sheet, by a cheap scan, to decide whether a file is safe to hand to exceljs. */
export function countRowsUpTo(xmlBytes: Uint8Array, limit: number): number {
  // Search bytes for "<row" without decoding the whole part.
  let n = 0;
  for (let i = xmlBytes.indexOf(0x3c); i >= 0 && i < xmlBytes.length - 4; i = xmlBytes.indexOf(0x3c, i + 1)) {
    if (
      xmlBytes[i + 1] === 0x72 &&
      xmlBytes[i + 2] === 0x6f &&
      xmlBytes[i + 3] === 0x77 &&
      (xmlBytes[i + 4] === 0x20 || xmlBytes[i + 4] === 0x3e || xmlBytes[i + 4] === 0x2f)
    ) {
      if (++n > limit) return n;
    }
  }
  return n;
}
