/*
 * Real broken and hostile files, generated (not committed: a zip bomb in git is nobody's friend).
 * Each is what a consultant's inbox really gets: a CSV renamed .xlsx, a truncated download, a
 * password-protected workbook (OLE2 container), zip bombs, a sheet with a million rows, and a valid
 * workbook whose XML uses namespace prefixes (as the OpenXML SDK writes), which exceljs throws on.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Rewrites <a><b/></a> as <x:a><x:b/></x:a> with xmlns:x: still valid SpreadsheetML. */
export function prefixElements(xml: string): string {
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z][\w.-]*)(?=[\s/>])/g, (whole, slash: string, name: string) =>
      name.includes(':') ? whole : `<${slash}x:${name}`,
    )
    .replace(/\sxmlns="/, ' xmlns:x="');
}

/** The same workbook with one part's elements prefixed (exceljs reads neither styles.xml nor workbook.xml like that). */
export function withPrefixedPart(xlsx: Uint8Array, part: 'xl/styles.xml' | 'xl/workbook.xml'): Uint8Array {
  const files = unzipSync(xlsx);
  files[part] = strToU8(prefixElements(strFromU8(files[part]!)));
  return zipSync(files as Zippable);
}

export const notZip = (): Uint8Array => strToU8('编号,指标,得分\n5.1.1.1,专门售后部门,3\n');

export const truncated = (xlsx: Uint8Array): Uint8Array => xlsx.slice(0, Math.floor(xlsx.length * 0.6));

/** What Excel writes for a password-protected .xlsx: an OLE2 compound file, not a zip. */
export function ole2(): Uint8Array {
  const b = new Uint8Array(1536);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  b.set(strToU8('EncryptionInfo'), 600);
  return b;
}

function minimalParts(sheetXml: Uint8Array | string): Zippable {
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="评分表" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': typeof sheetXml === 'string' ? strToU8(sheetXml) : sheetXml,
  };
}

/** 50 MiB of one byte: deflates ~1000×, which the central-directory check refuses before inflating. */
export function zipBombRatio(): Uint8Array {
  const parts = minimalParts('<worksheet/>');
  parts['xl/media/image1.png'] = [new Uint8Array(50 * 1024 * 1024).fill(0x41), { level: 6 }];
  return zipSync(parts);
}

/** A bomb that lies: the directory declares 1 KiB for the sheet, its data inflates to 20 MiB; the running cap stops it. */
export function zipBombLying(): Uint8Array {
  const parts = minimalParts('');
  parts['xl/worksheets/sheet1.xml'] = [new Uint8Array(20 * 1024 * 1024).fill(0x20), { level: 6 }];
  const zip = zipSync(parts);
  const name = strToU8('xl/worksheets/sheet1.xml');
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // Patch the uncompressed size in the local header (offset 22) and the central directory (offset 24).
  for (let o = 0; o < zip.length - 46; o++) {
    const sig = view.getUint32(o, true);
    if (sig === 0x04034b50 && nameAt(zip, o + 30, view.getUint16(o + 26, true), name))
      view.setUint32(o + 22, 1024, true);
    if (sig === 0x02014b50 && nameAt(zip, o + 46, view.getUint16(o + 28, true), name))
      view.setUint32(o + 24, 1024, true);
  }
  return zip;
}

function nameAt(b: Uint8Array, at: number, len: number, name: Uint8Array): boolean {
  return len === name.length && name.every((x, i) => b[at + i] === x);
}

/** 6,000 empty entries: more than any workbook has. */
export function zipManyEntries(): Uint8Array {
  const parts = minimalParts('<worksheet/>');
  for (let i = 0; i < 6000; i++) parts[`xl/junk/${i}.xml`] = new Uint8Array(0);
  return zipSync(parts, { level: 0 });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A 1,000,000-row sheet as raw XML: an audit table at the top (header + the given rows), then a
 * million rows of filler below. The top is readable; the rest must be cut, and the cut reported.
 */
export function millionRows(top: readonly (readonly (string | number)[])[], rows = 1_000_000): Uint8Array {
  const cell = (v: string | number, ref: string) =>
    typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C${rows}"/><sheetData>`,
  ];
  top.forEach((r, i) =>
    out.push(`<row r="${i + 1}">${r.map((v, c) => cell(v, `${String.fromCharCode(65 + c)}${i + 1}`)).join('')}</row>`),
  );
  for (let i = top.length + 1; i <= rows; i++) out.push(`<row r="${i}"><c r="E${i}"><v>${i}</v></c></row>`);
  out.push('</sheetData></worksheet>');
  return zipSync(minimalParts(out.join('')), { level: 1 });
}

/** A minimal valid xlsx with these rows on sheet 评分表 (inline strings), for reader tests. */
export function plainXlsx(rows: readonly (readonly (string | number | boolean)[])[], extraSheetXml = ''): Uint8Array {
  const cell = (v: string | number | boolean, ref: string) =>
    typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : typeof v === 'boolean'
        ? `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, c) => cell(v, `${String.fromCharCode(65 + c)}${i + 1}`)).join('')}</row>`,
    )
    .join('');
  return zipSync(
    minimalParts(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${extraSheetXml}</worksheet>`,
    ),
  );
}
