/*
 * A seeded corpus of hostile and broken workbooks, written into a folder for the fuzz test
 * (test/cli/fuzz/fuzz.test.ts): the classes a consultant's inbox (or an attacker) sends — files that
 * are not zips, truncated and damaged zips, zip bombs with honest and lying sizes, many parts each
 * under the per-part check, zip-in-zip, DTDs (billion laughs, external entities), path-traversal
 * entry names, renamed .ods/.csv/.html/.pdf, OLE2, 100,000-entry zips, deep nesting, a sheet
 * declaring 1,048,576 rows, a 30 MB shared string, decoy sheets, date/boolean/error cells, 32,767
 * digits — plus seeded mutations of a good workbook (bit flips, truncations, central-directory
 * damage). Same seed, same bytes. Non-regular files (a FIFO, a symlink loop, a folder) are made by
 * the test itself.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import { strToU8 } from 'fflate';
import { rng } from '../../support/seeded-random';

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  /** The class it belongs to, for the figures. */
  kind: string;
}

// ---- a zip writer of our own, so entries can lie, repeat, be huge or be stored pre-deflated ----

export interface RawZipEntry {
  name: string;
  /** Inflated bytes (deflated here), or the deflated data with the sizes to declare. */
  data?: Uint8Array;
  deflated?: { data: Uint8Array; size: number; crc: number };
  method?: number;
  flags?: number;
  /** Declare another uncompressed size than the real one. */
  declaredSize?: number;
}

export function buildZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let data: Uint8Array;
    let size: number;
    let crc: number;
    const method = e.method ?? 8;
    if (e.deflated) ({ data, size, crc } = e.deflated);
    else {
      const raw = e.data ?? new Uint8Array(0);
      data = method === 8 ? deflateRawSync(raw, { level: 1 }) : raw;
      size = raw.length;
      crc = crc32(raw);
    }
    const declared = e.declaredSize ?? size;
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, eocd]);
}

// ---- minimal workbook parts ----

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export type CellSpec = string | number | boolean | { v: number; s: number } | { e: string } | { raw: string };

function cellXml(v: CellSpec, ref: string): string {
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  if ('e' in v) return `<c r="${ref}" t="e"><v>${esc(v.e)}</v></c>`;
  if ('raw' in v) return `<c r="${ref}"><v>${v.raw}</v></c>`;
  return `<c r="${ref}" s="${v.s}"><v>${v.v}</v></c>`;
}

export function sheetXml(rows: readonly (readonly CellSpec[])[], extra = ''): string {
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, c) => cellXml(v, `${String.fromCharCode(65 + c)}${i + 1}`)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

export interface SheetSpec {
  name: string;
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

/** A workbook package from sheets (in order), with an optional styles.xml. */
export function workbookParts(sheets: readonly SheetSpec[], styles?: string): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  if (styles) parts['xl/styles.xml'] = strToU8(styles);
  return parts;
}

/** A zip of these parts, deflated by native zlib (fflate's JS deflate takes seconds on the big ones). */
export const zipParts = (parts: Record<string, Uint8Array>) =>
  buildZip(Object.entries(parts).map(([name, data]) => ({ name, data })));

/** styles.xml whose cellXfs are: 0 General, 1 built-in date (14), 2 custom yyyy-mm-dd (164), 3 "0.0". */
export const STYLES_WITH_DATES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0&quot; 分&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** A small foreign scoring sheet: 编号 / 指标 / 满分 / 得分, rows given as [id, name, max, score]. */
export function scoringRows(rows: readonly (readonly CellSpec[])[]): CellSpec[][] {
  return [['编号', '指标', '满分', '得分'], ...rows.map((r) => [...r])];
}

// ---- mutations of a good workbook ----

function flipBits(good: Uint8Array, r: () => number, flips: number): Uint8Array {
  const b = good.slice();
  for (let i = 0; i < flips; i++) b[Math.floor(r() * b.length)]! ^= 1 << Math.floor(r() * 8);
  return b;
}

function eocdAt(b: Uint8Array): number {
  for (let o = b.length - 22; o >= 0; o--)
    if (b[o] === 0x50 && b[o + 1] === 0x4b && b[o + 2] === 0x05 && b[o + 3] === 0x06) return o;
  return -1;
}

/** Damages the central directory: a field of one record, or the end record's count/offset/size. */
function damageDirectory(good: Uint8Array, r: () => number, variant: number): Uint8Array {
  const b = Buffer.from(good);
  const eocd = eocdAt(b);
  const cd = b.readUInt32LE(eocd + 16);
  const entries: number[] = [];
  for (
    let o = cd;
    o < eocd && b.readUInt32LE(o) === 0x02014b50;
    o += 46 + b.readUInt16LE(o + 28) + b.readUInt16LE(o + 30) + b.readUInt16LE(o + 32)
  )
    entries.push(o);
  const at = entries[Math.floor(r() * entries.length)]!;
  switch (variant % 8) {
    case 0:
      b.writeUInt32LE(0x12345678, at); // signature
      break;
    case 1:
      b.writeUInt32LE(b.length + 1000, at + 42); // local header offset outside the file
      break;
    case 2:
      b.writeUInt32LE(b.readUInt32LE(at + 20) * 7 + 13, at + 20); // compressed size
      break;
    case 3:
      b.writeUInt32LE(Math.floor(r() * 1000), at + 24); // uncompressed size
      break;
    case 4:
      b.writeUInt16LE(0xffff, eocd + 10); // entry count (zip64 marker)
      break;
    case 5:
      b.writeUInt32LE(b.length * 2, eocd + 16); // directory offset
      break;
    case 6:
      b.writeUInt16LE(b.readUInt16LE(at + 28) + 200, at + 28); // name length
      break;
    default:
      b.writeUInt16LE(99, at + 10); // compression method
  }
  return new Uint8Array(b);
}

/** Every hostile file, named by class and index; `good` is a real filled audit workbook. */
export function hostileCorpus(good: Uint8Array, seed: number): CorpusFile[] {
  const r = rng(seed);
  const out: CorpusFile[] = [];
  const add = (kind: string, name: string, bytes: Uint8Array) =>
    out.push({ kind, name: `${String(out.length).padStart(3, '0')}-${name}`, bytes });

  // Not zips at all.
  add('not-zip', 'empty.xlsx', new Uint8Array(0));
  add('not-zip', 'csv.xlsx', strToU8('编号,指标,得分\n5.1.1.1,专门售后部门,3\n'));
  add('not-zip', 'html.xlsx', strToU8('<!DOCTYPE html><html><body><table><tr><td>3</td></tr></table></body></html>'));
  add('not-zip', 'pdf.xlsx', strToU8('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'));
  add(
    'not-zip',
    'xml.xlsx',
    strToU8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'),
  );
  add('not-zip', 'gzip.xlsx', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  add('not-zip', 'ole2-encrypted.xlsx', ole);
  for (let i = 0; i < 4; i++) {
    const noise = new Uint8Array(200 + Math.floor(r() * 5000));
    for (let j = 0; j < noise.length; j++) noise[j] = Math.floor(r() * 256);
    if (i % 2) noise.set([0x50, 0x4b, 0x03, 0x04]);
    add('not-zip', `noise-${i}.xlsx`, noise);
  }
  add('not-zip', 'eocd-only.xlsx', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));

  // Other formats renamed.
  add(
    'renamed',
    'ods-renamed.xlsx',
    buildZip([
      { name: 'mimetype', data: strToU8('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
      { name: 'content.xml', data: strToU8('<office:document-content/>') },
    ]),
  );
  add(
    'renamed',
    'docx-renamed.xlsx',
    zipParts({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }),
  );
  add(
    'renamed',
    'macro.xlsm',
    zipParts(workbookParts([{ name: '评分表', xml: sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, 3]])) }])),
  );

  // Mutations of the good workbook.
  for (let i = 0; i < 24; i++) add('bit-flip', `flip-${i}.xlsx`, flipBits(good, r, 1 + Math.floor(r() * 40)));
  for (let i = 0; i < 12; i++)
    add('truncated', `cut-${i}.xlsx`, good.slice(0, Math.floor(good.length * (0.02 + 0.96 * r()))));
  for (let i = 0; i < 16; i++) add('cd-damage', `cd-${i}.xlsx`, damageDirectory(good, r, i));

  // Zip bombs.
  const zeros5 = new Uint8Array(5 * 1024 * 1024);
  const zeros5Deflated = { data: deflateRawSync(zeros5), size: zeros5.length, crc: crc32(zeros5) };
  const baseParts = workbookParts([
    { name: '评分表', xml: sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, 3]])) },
  ]);
  const asEntries = (parts: Record<string, Uint8Array>): RawZipEntry[] =>
    Object.entries(parts).map(([name, data]) => ({ name, data }));
  add(
    'zip-bomb',
    'fifty-parts-of-5MiB.xlsx',
    buildZip([
      ...asEntries(baseParts),
      ...Array.from({ length: 50 }, (_, i) => ({ name: `xl/media/image${i}.bin`, deflated: zeros5Deflated })),
    ]),
  );
  add(
    'zip-bomb',
    'fifty-sheets-of-5MiB.xlsx',
    buildZip([
      ...asEntries(baseParts).filter((e) => e.name !== 'xl/worksheets/sheet1.xml'),
      ...Array.from({ length: 50 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, deflated: zeros5Deflated })),
    ]),
  );
  const zeros64 = new Uint8Array(64 * 1024 * 1024);
  add(
    'zip-bomb',
    'ratio-64MiB.xlsx',
    buildZip([
      ...asEntries(baseParts),
      {
        name: 'xl/media/big.bin',
        deflated: { data: deflateRawSync(zeros64), size: zeros64.length, crc: crc32(zeros64) },
      },
    ]),
  );
  add(
    'zip-bomb',
    'lying-size.xlsx',
    buildZip([
      ...asEntries(baseParts).filter((e) => e.name !== 'xl/worksheets/sheet1.xml'),
      { name: 'xl/worksheets/sheet1.xml', deflated: { ...zeros5Deflated, size: 1024 } },
    ]),
  );
  add(
    'zip-bomb',
    '100000-entries.xlsx',
    buildZip([...asEntries(baseParts), ...Array.from({ length: 100_000 }, (_, i) => ({ name: `x/${i}`, method: 0 }))]),
  );
  const inner = zipParts(baseParts);
  add(
    'zip-bomb',
    'zip-in-zip.xlsx',
    zipParts({ ...baseParts, 'xl/embeddings/inner.xlsx': inner, 'xl/worksheets/sheet1.xml': inner }),
  );

  // Zip oddities.
  add('zip-odd', 'encrypted-entry.xlsx', buildZip(asEntries(baseParts).map((e) => ({ ...e, flags: 1 }))));
  add('zip-odd', 'bzip2-method.xlsx', buildZip(asEntries(baseParts).map((e) => ({ ...e, method: 12 }))));
  add(
    'zip-odd',
    'duplicate-entries.xlsx',
    buildZip([
      ...asEntries(baseParts),
      { name: 'xl/worksheets/sheet1.xml', data: strToU8(sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, 0]]))) },
    ]),
  );
  add(
    'zip-odd',
    'path-traversal.xlsx',
    buildZip([
      ...asEntries(baseParts),
      { name: '../../evil.txt', data: strToU8('outside') },
      { name: '/tmp/evil-absolute.txt', data: strToU8('outside') },
      { name: '..\\..\\evil-win.txt', data: strToU8('outside') },
    ]),
  );
  add('zip-odd', 'no-workbook.xlsx', zipParts({ 'hello.txt': strToU8('hi') }));
  add(
    'zip-odd',
    'no-sheets.xlsx',
    zipParts({ ...baseParts, 'xl/workbook.xml': strToU8(`<workbook xmlns="${NS}"><sheets/></workbook>`) }),
  );

  // Hostile XML.
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>`;
  add(
    'xml',
    'billion-laughs-sheet.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': strToU8(
        `${laughs}<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`,
      ),
    }),
  );
  add(
    'xml',
    'xxe-shared-strings.xlsx',
    zipParts({
      ...baseParts,
      'xl/sharedStrings.xml': strToU8(
        `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="${NS}"><si><t>&xxe;</t></si></sst>`,
      ),
    }),
  );
  add(
    'xml',
    'dtd-in-styles.xlsx',
    zipParts({
      ...baseParts,
      'xl/styles.xml': strToU8(
        `<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><styleSheet xmlns="${NS}"/>`,
      ),
    }),
  );
  add(
    'xml',
    'dtd-in-media-xml.xlsx',
    zipParts({
      ...baseParts,
      'xl/drawings/drawing1.xml': strToU8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>`),
    }),
  );
  add(
    'xml',
    'deep-nesting.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${NS}"><sheetData>${'<row>'.repeat(100_000)}${'</row>'.repeat(100_000)}</sheetData></worksheet>`,
      ),
    }),
  );
  add(
    'xml',
    'deep-nesting-cells.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${NS}"><sheetData><row r="1">${'<c><is>'.repeat(50_000)}</row></sheetData></worksheet>`,
      ),
    }),
  );
  add(
    'xml',
    'unclosed-tags.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>99999999`),
    }),
  );
  add(
    'xml',
    'invalid-utf8.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': new Uint8Array([
        ...strToU8(`<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`),
        0xff,
        0xfe,
        0xc0,
        0x00,
        ...strToU8('</t></is></c></row></sheetData></worksheet>'),
      ]),
    }),
  );
  add(
    'xml',
    'huge-refs.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': strToU8(
        sheetXml([]).replace(
          '<sheetData>',
          `<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c><c r="ZZZZZ9"><v>2</v></c></row><row r="4294967295"><c r="A1"><v>3</v></c></row>`,
        ),
      ),
    }),
  );
  add(
    'xml',
    'bad-shared-index.xlsx',
    zipParts({
      ...baseParts,
      'xl/worksheets/sheet1.xml': strToU8(
        sheetXml([]).replace(
          '<sheetData>',
          `<sheetData><row r="1"><c r="A1" t="s"><v>99999999999</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>__proto__</v></c></row>`,
        ),
      ),
    }),
  );
  add(
    'xml',
    'rels-loop.xlsx',
    zipParts({
      ...baseParts,
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="../../../../etc/passwd"/></Relationships>`,
      ),
    }),
  );
  add(
    'xml',
    'sheet-name-formula.xlsx',
    zipParts(
      workbookParts([
        { name: '=HYPERLINK("http://x","y")', xml: sheetXml(scoringRows([['5.1.1.1', "=cmd|' /C calc'!A0", 3, 3]])) },
      ]),
    ),
  );

  // Big but honest.
  const million: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><dimension ref="A1:C1048576"/><sheetData>`,
  ];
  million.push(
    sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, 3]])).replace(/^.*<sheetData>|<\/sheetData>.*$/g, ''),
  );
  for (let i = 3; i <= 200_001; i++) million.push(`<row r="${i}"><c r="E${i}"><v>${i}</v></c></row>`);
  million.push('</sheetData></worksheet>');
  add(
    'big',
    'declares-1048576-rows.xlsx',
    zipParts({ ...baseParts, 'xl/worksheets/sheet1.xml': strToU8(million.join('')) }),
  );
  // One shared string of 30 MB UTF-8 (10 million CJK characters, seeded: it compresses like text, not like a bomb).
  const cjk = new Uint16Array(10_000_000);
  for (let j = 0; j < cjk.length; j++) cjk[j] = 0x4e00 + Math.floor(r() * 20_000);
  const longString = Buffer.from(cjk.buffer).toString('utf16le');
  add(
    'big',
    'shared-string-30MB.xlsx',
    zipParts({
      ...baseParts,
      'xl/sharedStrings.xml': strToU8(`<sst xmlns="${NS}"><si><t>${longString}</t></si></sst>`),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml([[{ raw: '0' }]]).replace('<c r="A1">', '<c r="A1" t="s">')),
    }),
  );
  add(
    'big',
    'digits-32767.xlsx',
    zipParts(
      workbookParts([
        { name: '评分表', xml: sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, { raw: '9'.repeat(32_767) }]])) },
      ]),
    ),
  );
  add(
    'big',
    'wide-row.xlsx',
    zipParts(workbookParts([{ name: '评分表', xml: sheetXml([Array.from({ length: 16_000 }, (_, i) => i)]) }])),
  );

  // At the edge of the budgets: the heaviest a worker may be asked to hold (64 MiB file cap, 64 MiB
  // unpacked per file), to measure peak memory for "any mix" of files.
  const block = new Uint8Array(1024 * 1024);
  for (let j = 0; j < block.length; j++) block[j] = Math.floor(r() * 256);
  const noise60 = new Uint8Array(60 * 1024 * 1024);
  for (let o = 0; o < noise60.length; o += block.length) noise60.set(block, o);
  add('budget-edge', 'noise-60MiB.xlsx', noise60);
  const textRows: string[] = [`<worksheet xmlns="${NS}"><sheetData>`];
  const units = new Uint16Array(2_000);
  for (let i = 1; i <= 9_000; i++) {
    for (let j = 0; j < units.length; j++) units[j] = 0x4e00 + Math.floor(r() * 20_000);
    const t = Buffer.from(units.buffer).toString('utf16le');
    textRows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>${t}</t></is></c></row>`);
  }
  textRows.push('</sheetData></worksheet>');
  add('budget-edge', 'cjk-text-54MiB.xlsx', zipParts(workbookParts([{ name: '评分表', xml: textRows.join('') }])));
  const numberRows: string[] = [`<worksheet xmlns="${NS}"><sheetData>`];
  let bytes = 0;
  for (let i = 1; bytes < 60 * 1024 * 1024; i++) {
    let row = `<row r="${i}">`;
    for (let c = 0; c < 20; c++) row += `<c r="${String.fromCharCode(65 + c)}${i}"><v>${Math.floor(r() * 1e9)}</v></c>`;
    row += '</row>';
    numberRows.push(row);
    bytes += row.length;
  }
  numberRows.push('</sheetData></worksheet>');
  add('budget-edge', 'numbers-60MiB.xlsx', zipParts(workbookParts([{ name: '评分表', xml: numberRows.join('') }])));

  // Decoys and cell formats.
  const sheetA = sheetXml(
    scoringRows([
      ['5.1.1.1', '专门售后部门', 3, 3],
      ['5.1.1.2', '服务网点', 3, 2],
    ]),
  );
  const sheetB = sheetXml(
    scoringRows([
      ['5.1.1.1', '专门售后部门', 3, 1],
      ['5.1.1.2', '服务网点', 3, 1],
    ]),
  );
  add(
    'decoy',
    'same-name-twice.xlsx',
    zipParts(
      workbookParts([
        { name: '评分表', xml: sheetA },
        { name: '评分表', xml: sheetB },
      ]),
    ),
  );
  add(
    'decoy',
    'two-scoring-sheets.xlsx',
    zipParts(
      workbookParts([
        { name: '评分表', xml: sheetA },
        { name: '评分表（复核）', xml: sheetB },
      ]),
    ),
  );
  add(
    'decoy',
    'hidden-scoring-sheet.xlsx',
    zipParts(
      workbookParts([
        { name: '说明', xml: sheetXml([['说明']]) },
        { name: '评分表', xml: sheetA, state: 'hidden' },
      ]),
    ),
  );
  add(
    'decoy',
    'very-hidden-scoring-sheet.xlsx',
    zipParts(
      workbookParts([
        { name: '说明', xml: sheetXml([['说明']]) },
        { name: '评分表', xml: sheetB, state: 'veryHidden' },
      ]),
    ),
  );
  add(
    'cells',
    'date-in-score.xlsx',
    zipParts(
      workbookParts(
        [
          {
            name: '评分表',
            xml: sheetXml(
              scoringRows([
                ['5.1.1.1', '专门售后部门', 3, { v: 2, s: 1 }],
                ['5.1.1.2', '服务网点', 3, { v: 1, s: 2 }],
                ['5.1.1.3', '服务人员', 3, { v: 2, s: 3 }],
              ]),
            ),
          },
        ],
        STYLES_WITH_DATES,
      ),
    ),
  );
  add(
    'cells',
    'bool-error-in-score.xlsx',
    zipParts(
      workbookParts([
        {
          name: '评分表',
          xml: sheetXml(
            scoringRows([
              ['5.1.1.1', '专门售后部门', 3, true],
              ['5.1.1.2', '服务网点', 3, { e: '#DIV/0!' }],
              ['5.1.1.3', '服务人员', 3, { raw: 'NaN' }],
            ]),
          ),
        },
      ]),
    ),
  );
  add(
    'cells',
    'bad-styles.xlsx',
    zipParts(
      workbookParts(
        [{ name: '评分表', xml: sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, { v: 2, s: 99999 }]])) }],
        `<styleSheet xmlns="${NS}"><numFmts><numFmt numFmtId="x" formatCode="&quot;unterminated"/></numFmts><cellXfs><xf numFmtId="__proto__"/><xf`,
      ),
    ),
  );
  return out;
}
