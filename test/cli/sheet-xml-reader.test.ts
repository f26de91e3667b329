import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeXmlText,
  isDateFormatCode,
  parseSharedStrings,
  parseSheetXml,
  readCellStyles,
  readSheetsFromEntries,
  serialToDate,
} from '../../cli/sheet-xml-reader';
import { millionRows, withPrefixedPart } from './support/hostile-files';

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('封面');
  cover.getCell('A1').value = '受评单位';
  cover.getCell('B1').value = '示例 & <公司>';
  const ws = wb.addWorksheet('评分表');
  ws.addRow(['编号', '指标', '满分', '得分', '适用']);
  ws.addRow(['5.1.1.1', '专门售后部门', 3, 2.5, true]);
  ws.addRow([
    '5.1.1.2',
    { richText: [{ text: '服务网点' }, { text: '覆盖', font: { bold: true } }] },
    3,
    { formula: 'C3-1', result: 2 },
    false,
  ]);
  ws.addRow(['合计', '', { formula: 'SUM(C2:C3)', result: 6 }, { formula: 'SUM(D2:D3)' }, '']);
  ws.mergeCells('A5:C5');
  ws.getCell('A5').value = '说明_x000D_行';
  ws.getRow(3).hidden = true;
  wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('C2').value = 42;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('sheet XML reader', () => {
  it('reads what exceljs wrote: shared and rich strings, numbers, booleans, cached formula results, merges, hidden rows', async () => {
    const sheets = readSheetsFromEntries(new Map(Object.entries(unzipSync(await sample()))), { maxRows: 100 });
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['封面', 'visible'],
      ['评分表', 'visible'],
      ['隐藏', 'hidden'],
    ]);
    expect(sheets[0]!.grid).toEqual([['受评单位', '示例 & <公司>']]);
    const g = sheets[1]!.grid;
    expect(g[0]).toEqual(['编号', '指标', '满分', '得分', '适用']);
    expect(g[1]).toEqual(['5.1.1.1', '专门售后部门', 3, 2.5, true]);
    expect(g[2]).toEqual(['5.1.1.2', '服务网点覆盖', 3, 2, false]);
    // A formula without a cached result reads as empty, never as 0.
    expect(g[3]!.slice(0, 4)).toEqual(['合计', '', 6, null]);
    expect(g[4]![0]).toBe('说明\r行');
    expect(sheets[1]!.merges).toEqual(['A5:C5']);
    expect(sheets[1]!.hiddenRows).toEqual([2]);
    expect(sheets[2]!.grid[1]).toEqual([null, null, 42]);
  });

  it('reads the same values when the XML uses namespace prefixes (as the OpenXML SDK writes)', async () => {
    const plain = readSheetsFromEntries(new Map(Object.entries(unzipSync(await sample()))), { maxRows: 100 });
    const prefixed = readSheetsFromEntries(
      new Map(Object.entries(unzipSync(withPrefixedPart(await sample(), 'xl/workbook.xml')))),
      { maxRows: 100 },
    );
    expect(prefixed.map((s) => s.grid)).toEqual(plain.map((s) => s.grid));
  });

  it('cuts a sheet at maxRows and says where', () => {
    const zip = unzipSync(
      millionRows([
        ['编号', '得分'],
        ['5.1.1.1', 3],
      ]),
    );
    const sheets = readSheetsFromEntries(new Map(Object.entries(zip)), { maxRows: 1000 });
    expect(sheets[0]!.truncatedAt).toBe(1000);
    expect(sheets[0]!.declaredRows).toBe(1_000_000);
    expect(sheets[0]!.grid.length).toBe(1000);
    expect(sheets[0]!.grid[1]).toEqual(['5.1.1.1', 3]);
  });

  it('handles cells without r attributes, error cells and self-closing rows', () => {
    const xml =
      '<worksheet><sheetData><row><c t="str"><v>a</v></c><c><v>1.5</v></c></row><row r="3"/><row r="4"><c r="B4" t="e"><v>#DIV/0!</v></c></row></sheetData></worksheet>';
    expect(parseSheetXml(xml, [], { maxRows: 10 }).grid).toEqual([['a', 1.5], [], [], [null, '#DIV/0!']]);
  });

  it('scans quoted attributes either way, inline strings, phonetic runs, look-alike tags and prefixed parts', () => {
    const xml =
      "<worksheet><dimension ref='A1:C3'/><cols><col min='1'/></cols><sheetData>" +
      "<row r='1' spans='1:3'><c r='A1' t='inlineStr'><is><r><t>售后</t></r><rPh><t>しょう</t></rPh><r><t xml:space='preserve'> 服务</t></r></is></c>" +
      '<c r="C1" t = "s"><v>1</v></c></row>' +
      '<row r="3" hidden="true"><c r="B3"><f>A1</f><v/></c><c r="C3" s="2"><v>  </v></c></row></sheetData>' +
      '<rowBreaks count="1"/><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells></worksheet>';
    const plain = parseSheetXml(
      xml,
      parseSharedStrings('<sst><si><t>a</t></si><si><r><t>b&amp;</t></r><r><t>c</t></r></si><si/></sst>'),
      { maxRows: 10 },
    );
    expect(plain).toEqual({
      grid: [['售后 服务', null, 'b&c'], [], [null, null, '  ']],
      hiddenRows: [2],
      merges: ['A3:B3'],
      // B3's <f> has a <v/> (saved, empty): not a formula without a result.
      formulasWithoutResult: [],
      declaredRows: 3,
      // Two <row> elements (1 and 3), whatever <dimension> says.
      rowsPresent: 2,
    });
    const prefixed = new Map([
      [
        'xl/workbook.xml',
        new TextEncoder().encode(
          '<x:workbook xmlns:x="m" xmlns:r="r"><x:sheets><x:sheet name="评分表" r:id="rId1"/></x:sheets></x:workbook>',
        ),
      ],
      [
        'xl/_rels/workbook.xml.rels',
        new TextEncoder().encode(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
      ],
      [
        'xl/worksheets/sheet1.xml',
        new TextEncoder().encode(
          '<?xml version="1.0"?><x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="B1" t="str"><x:v>5.1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        ),
      ],
    ]);
    expect(readSheetsFromEntries(prefixed, { maxRows: 10 })[0]).toMatchObject({
      name: '评分表',
      grid: [[null, '5.1']],
    });
  });

  it('decodes XML entities and OOXML _xHHHH_ escapes', () => {
    expect(decodeXmlText('&lt;&#20320;&#x597D;&gt;_x0009_&amp;')).toBe('<你好>\t&');
  });

  it('knows date formats from number formats: y m d h s outside quotes, brackets and escapes', () => {
    for (const code of [
      'yyyy-mm-dd',
      'yyyy\\-mm\\-dd',
      'm/d/yy',
      '[h]:mm:ss',
      'yyyy"年"m"月"d"日"',
      '[$-404]e/m/d',
      'h:mm AM/PM',
    ])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0', '0.00', '0.0" 分"', '#,##0_);[Red](#,##0)', '0%', '0.00E+00', '@', '"days"0'])
      expect(isDateFormatCode(code), code).toBe(false);
  });

  it('reads which cell styles are dates (built-in 14, custom 164) and the 1904 flag; serials as Excel shows them', () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"><alignment/></xf><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>';
    expect(readCellStyles(styles, '<workbook><workbookPr date1904="1"/></workbook>')).toEqual({
      isDate: [false, true, true, false],
      date1904: true,
    });
    // Serial 2 is 1900-01-02 (Excel counts a 29 February 1900), 61 is 1900-03-01, 45658 is 2025-01-01; 0 in 1904 is 1904-01-01.
    expect([2, 61, 45658].map((n) => serialToDate(n, false).toISOString().slice(0, 10))).toEqual([
      '1900-01-02',
      '1900-03-01',
      '2025-01-01',
    ]);
    expect(serialToDate(0, true).toISOString().slice(0, 10)).toBe('1904-01-01');
  });

  it('a long sheet is cut at maxRows on the bytes: rows present counted, merged cells after the data still read', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`);
    const xml = `<worksheet><dimension ref="A1:A1048576"/><sheetData>${rows.join('')}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    const [sheet] = readSheetsFromEntries(
      new Map([
        [
          'xl/workbook.xml',
          new TextEncoder().encode('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
        ],
        ['xl/worksheets/sheet1.xml', new TextEncoder().encode(xml)],
      ]),
      { maxRows: 10 },
    );
    expect(sheet!.grid.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([sheet!.truncatedAt, sheet!.rowsPresent, sheet!.declaredRows]).toEqual([10, 30, 1_048_576]);
    expect(sheet!.merges).toEqual(['A1:B1']);
  });
});
