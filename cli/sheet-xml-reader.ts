/*
 * Reads cell values straight from the sheet XML of an unzipped .xlsx: the CLI's fast reader (about
 * 7× exceljs, which parses styles and themes we never need), and the way to read files exceljs
 * throws on (element prefixes, odd styles.xml) that Excel and LibreOffice open. Values only: shared
 * and inline strings, numbers, booleans, cached formula results, error codes, merges, hidden rows.
 */

export type RawCell = string | number | boolean | null;

export interface RawSheet {
  name: string;
  hidden: boolean;
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
}

export interface FallbackOptions {
  maxRows: number;
}

const dec = new TextDecoder();

/** Drops namespace prefixes from element names (<x:row> → <row>): the OpenXML SDK writes them; Excel reads them. */
export function stripElementPrefixes(xml: string): string {
  return xml.indexOf(':') < 0 ? xml : xml.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1');
}

export function decodeXmlText(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
      switch (e) {
        case 'lt': return '<';
        case 'gt': return '>';
        case 'amp': return '&';
        case 'quot': return '"';
        case 'apos': return "'";
        default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      }
    })
    // OOXML escapes control characters as _xHHHH_ (ECMA-376 §22.9.2.19).
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag) ?? new RegExp(`\\s${name}='([^']*)'`).exec(tag);
  return m ? decodeXmlText(m[1]!) : undefined;
}

/** Text of an <si> or <is>: plain <t> or rich-text runs <r><t>, without phonetic <rPh> runs. */
function richText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ? decodeXmlText(m[1]) : '';
  return out;
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] ? richText(m[1]) : '');
  return out;
}

/** "BC12" → [11 (row), 54 (col)], 0-based. */
export function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): RawCell {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? richText(is[1]!) : null;
  }
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner);
  if (!v) return null;
  const text = decodeXmlText(v[1]!);
  switch (type) {
    case 's': return shared[Number(text)] ?? null;
    case 'b': return text === '1' || text === 'true';
    case 'str':
    case 'e': return text;
    default: {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
  }
}

export function parseSheetXml(xml: string, shared: readonly string[], opts: FallbackOptions): Omit<RawSheet, 'name' | 'hidden'> {
  const rows: RawCell[][] = [];
  const hiddenRows: number[] = [];
  const dim = /<dimension\s+ref="([^"]+)"/.exec(xml);
  const declaredRows = dim ? parseRef(dim[1]!.split(':').pop()!)?.[0] : undefined;
  let truncatedAt: number | undefined;
  let nextRow = 0;
  const rowRe = /<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g;
  for (let m = rowRe.exec(xml); m; m = rowRe.exec(xml)) {
    const r = attr(m[1]!, 'r');
    const rowIndex = r ? Number(r) - 1 : nextRow;
    nextRow = rowIndex + 1;
    if (rowIndex >= opts.maxRows) {
      truncatedAt = opts.maxRows;
      break;
    }
    const hidden = attr(m[1]!, 'hidden');
    if (hidden === '1' || hidden === 'true') hiddenRows.push(rowIndex);
    if (!m[3]) continue;
    const row: RawCell[] = [];
    let nextCol = 0;
    for (const c of m[3].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(c[1]!, 'r');
      const col = ref ? (parseRef(ref)?.[1] ?? nextCol) : nextCol;
      nextCol = col + 1;
      const value = c[2] === undefined ? null : cellValue(attr(c[1]!, 't'), c[2], shared);
      if (value === null) continue;
      while (row.length < col) row.push(null);
      row[col] = value;
    }
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = row;
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const merges = [...xml.matchAll(/<mergeCell\s+ref="([^"]+)"/g)].map((x) => x[1]!);
  return { grid: rows, hiddenRows, merges, ...(truncatedAt !== undefined ? { truncatedAt } : {}), ...(declaredRows !== undefined ? { declaredRows: declaredRows + 1 } : {}) };
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
    return b ? stripElementPrefixes(dec.decode(b)) : undefined;
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
  const sheets: RawSheet[] = [];
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const rid = attr(m[0], 'r:id') ?? /\s[\w]+:id="([^"]+)"/.exec(m[0])?.[1];
    // Without the relationships part, fall back to the conventional part name (sheet1.xml, sheet2.xml…).
    const path = (rid ? rels.get(rid) : undefined) ?? (rels.size ? undefined : `xl/worksheets/sheet${sheets.length + 1}.xml`);
    const xml = path ? text(path) : undefined;
    // Chart sheets and dialog sheets have no cells; skip them like a missing part.
    if (xml === undefined || !path!.includes('worksheets/')) continue;
    const state = attr(m[0], 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', ...parseSheetXml(xml, shared, opts) });
  }
  return sheets;
}

/** Rows of the biggest sheet, by a cheap scan, to decide whether a file is safe to hand to exceljs. */
export function countRowsUpTo(xmlBytes: Uint8Array, limit: number): number {
  // Search bytes for "<row" without decoding the whole part.
  let n = 0;
  for (let i = xmlBytes.indexOf(0x3c); i >= 0 && i < xmlBytes.length - 4; i = xmlBytes.indexOf(0x3c, i + 1)) {
    if (xmlBytes[i + 1] === 0x72 && xmlBytes[i + 2] === 0x6f && xmlBytes[i + 3] === 0x77 && (xmlBytes[i + 4] === 0x20 || xmlBytes[i + 4] === 0x3e || xmlBytes[i + 4] === 0x2f)) {
      if (++n > limit) return n;
    }
  }
  return n;
}
