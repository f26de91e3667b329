import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gridsFromExcelJs } from '../../../core/workbook/index';

describe('gridsFromExcelJs', () => {
  it('gives values as Office.js would: cached formula results, plain rich text, merged text in the top cell only, hidden rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评分表');
    ws.getCell('A1').value = '类别';
    ws.getCell('B1').value = { richText: [{ text: '得' }, { font: { bold: true }, text: '分' }] };
    ws.getCell('A2').value = '售后服务体系';
    ws.mergeCells('A2:A3');
    ws.getCell('B2').value = 3;
    ws.getCell('B3').value = { formula: 'B2*2', result: 6 };
    ws.getCell('C3').value = { formula: 'B2/0', result: { error: '#DIV/0!' } };
    ws.getCell('D3').value = { text: '链接', hyperlink: 'https://example.com' };
    ws.getCell('E3').value = { formula: 'B2+1' } as ExcelJS.CellFormulaValue;
    ws.getRow(3).hidden = true;
    const buf = await wb.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buf);
    const [g] = gridsFromExcelJs(back);
    expect(g!.name).toBe('评分表');
    expect(g!.grid).toEqual([
      ['类别', '得分'],
      ['售后服务体系', 3],
      [null, 6, '#DIV/0!', '链接'],
    ]);
    expect(g!.hiddenRows).toEqual([2]);
    expect(g!.merges).toEqual(['A2:A3']);
    // E3's formula has no saved result: null in the grid, listed with its place and formula.
    expect(g!.formulasWithoutResult).toEqual([{ row: 2, col: 4, formula: 'B2+1' }]);
  });
});
