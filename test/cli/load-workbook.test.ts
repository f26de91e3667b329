import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadWorkbookBytes } from '../../cli/load-workbook';
import {
  millionRows,
  notZip,
  ole2,
  truncated,
  withPrefixedPart,
  zipBombLying,
  zipBombRatio,
  zipManyEntries,
} from './support/hostile-files';

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('封面').addRows([
    ['受评单位', '示例电器服务有限公司'],
    ['审核日期', '2025-03-01'],
  ]);
  const ws = wb.addWorksheet('评分表');
  ws.addRows([
    ['编号', '指标', '满分', '得分'],
    ['5.1.1.1', '专门售后部门', 3, 3],
    ['5.1.1.2', '服务网点', 3, 2.5],
  ]);
  ws.getCell('D4').value = { formula: 'SUM(D2:D3)', result: 5.5 };
  ws.mergeCells('A6:D6');
  ws.getCell('A6').value = '备注';
  ws.getRow(3).hidden = true;
  ws.getCell('A1').font = { bold: true };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('loadWorkbookBytes', () => {
  it('both readers give the very same sheets for a good workbook', async () => {
    const bytes = await sample();
    const direct = await loadWorkbookBytes(bytes);
    const viaExcelJs = await loadWorkbookBytes(bytes, undefined, 'exceljs');
    expect(direct.ok && direct.reader).toBe('direct');
    expect(viaExcelJs.ok && viaExcelJs.reader).toBe('exceljs');
    if (!direct.ok || !viaExcelJs.ok) return;
    expect(direct.notes).toEqual([]);
    expect(viaExcelJs.notes).toEqual([]);
    expect(direct.sheets).toEqual(viaExcelJs.sheets);
    expect(direct.sheets[1]!.merges).toEqual(['A6:D6']);
    expect(direct.sheets[1]!.hiddenRows).toEqual([2]);
  });

  it.each([
    ['xl/styles.xml', /styles/],
    ['xl/workbook.xml', /sheets/],
  ] as const)('reads the sheet XML directly when exceljs throws on a prefixed %s, and says so', async (part, why) => {
    const good = await loadWorkbookBytes(await sample());
    const r = await loadWorkbookBytes(withPrefixedPart(await sample(), part), undefined, 'exceljs');
    expect(r.ok).toBe(true);
    if (!r.ok || !good.ok) return;
    expect(r.reader).toBe('direct');
    expect(r.notes[0]!.code).toBe('fallback-used');
    expect(String(r.notes[0]!.params.detail)).toMatch(why);
    expect(r.sheets).toEqual(good.sheets);
  });

  it.each([
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['a CSV renamed .xlsx', notZip, 'not-zip'],
    ['a password-protected workbook (OLE2)', ole2, 'encrypted-or-xls'],
    ['a zip bomb (ratio)', zipBombRatio, 'zip-bomb'],
    ['a zip bomb (lying sizes)', zipBombLying, 'zip-bomb'],
    ['a zip with 6,000 entries', zipManyEntries, 'zip-bomb'],
  ] as const)('refuses %s with one reason', async (_, make, code) => {
    const r = await loadWorkbookBytes(make());
    expect(r.ok ? 'ok' : r.failure.code).toBe(code);
  });

  it('reads a workbook whose relationships part is missing by the conventional sheet names', async () => {
    const parts = unzipSync(await sample());
    delete parts['xl/_rels/workbook.xml.rels'];
    const r = await loadWorkbookBytes(zipSync(parts));
    expect(r.ok && r.reader).toBe('direct');
    if (r.ok) expect(r.sheets.map((s) => s.name)).toEqual(['封面', '评分表']);
  });

  it('says truncated for a cut-off download', async () => {
    const r = await loadWorkbookBytes(truncated(await sample()));
    expect(r.ok ? 'ok' : r.failure.code).toBe('truncated');
  });

  it('reads the top of a 1,000,000-row sheet without exceljs, and reports the cut', async () => {
    const r = await loadWorkbookBytes(
      millionRows([
        ['编号', '指标', '得分'],
        ['5.1.1.1', '专门售后部门', 3],
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reader).toBe('direct');
    expect(r.notes).toEqual([{ code: 'too-many-rows', params: { sheet: '评分表', limit: 10_000, rows: 1_000_000 } }]);
    expect(r.sheets[0]!.grid.length).toBe(10_000);
    expect(r.sheets[0]!.grid[1]).toEqual(['5.1.1.1', '专门售后部门', 3]);
  });
});
