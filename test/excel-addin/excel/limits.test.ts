import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../../core/index';
import { createSession } from '../../../excel-addin/src/excel/session';
import { createFakeExcel } from '../../support/fake-excel';
import { foreignWorkbook, fullMarks } from '../workbooks';

/** A sheet-rows workbook with many indicators (core builds an ad-hoc scheme from them). */
function bigWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分表');
  ws.addRow(['编号', '评价指标', '分值', '得分']);
  for (let i = 1; i <= rows; i++)
    ws.addRow([`9.${i}`, `自定义指标第 ${i} 项，较长的名称用来增加写入的字节数`, 2, i % 2 ? 2 : 1]);
  return wb;
}

describe('payload limits', () => {
  it('chunks the result write under the request limit instead of failing', async () => {
    const limit = 20_000;
    const fake = createFakeExcel(bigWorkbook(400), { payloadLimitBytes: 200_000 });
    const session = createSession({
      excel: fake.Excel as never,
      scheme: gbt27922_2011,
      lang: 'zh-CN',
      notes: true,
      maxRequestBytes: limit,
    });
    await session.start();
    expect(session.state.phase).toBe('ready');
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(limit + 2000);
    expect(fake.stats.roundTrips).toBeGreaterThan(4); // sizing, read, and several write chunks
    const sheet = fake.workbook.getWorksheet('结果')!;
    // core's layout landed whole: 200 indicators lost a point (the even ones), down to 9.400, then the foot.
    const first: string[] = [];
    sheet.eachRow((r) => void first.push(String(r.getCell(1).value)));
    expect(first).toContain('9.400');
    expect(first).toContain('失分指标（200 项，共失 200.0 分）');
    expect(first.at(-1)).toMatch(/^评分引擎 gbt27922-core/);
  });

  it('the fake rejects one oversized request and applies nothing (the failure chunking avoids)', async () => {
    const fake = createFakeExcel(new ExcelJS.Workbook(), { payloadLimitBytes: 10_000 });
    fake.workbook.addWorksheet('S');
    const big = Array.from({ length: 2000 }, (_, i) => [`row ${i}`]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A2000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('S', 'A1').value).toBe('');
  });

  it('sizes reads first: a stray value on row 1,000,000 is not loaded blindly', async () => {
    const wb = foreignWorkbook(fullMarks());
    wb.getWorksheet('评分表')!.getCell('J1000000').value = 'stray';
    const fake = createFakeExcel(wb);
    // What a blind whole-sheet load would do:
    await expect(
      fake.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('评分表').getUsedRange(true);
        r.load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const session = createSession({ excel: fake.Excel as never, scheme: gbt27922_2011, lang: 'zh-CN', notes: true });
    await session.start();
    const s = session.state;
    expect(s.phase).toBe('ready');
    if (s.phase === 'ready') {
      expect(s.computed.result!.score).toBe(100);
      expect(s.cappedSheets).toEqual(['评分表']);
    }
    expect(fake.stats.cellsRead).toBeLessThan(5000 * 64 + 1000);
  });
});

describe('fake strictness', () => {
  it('throws PropertyNotLoaded, ItemNotFound and InvalidArgument like Excel', async () => {
    const fake = createFakeExcel(foreignWorkbook());
    await expect(
      fake.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('评分表').getRange('A1');
        return r.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('nope').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('评分表').getRange('A1:B2').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('stores "=…" as a formula through values unless the cell is text-formatted', async () => {
    const fake = createFakeExcel(foreignWorkbook());
    await fake.Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('评分表');
      s.getRange('K1').values = [['=1+1']];
      const t = s.getRange('K2');
      t.numberFormat = [['@']];
      t.values = [['=1+1']];
      await ctx.sync();
    });
    expect(fake.cell('评分表', 'K1').raw).toEqual({ formula: '1+1' });
    expect(fake.cell('评分表', 'K2').raw).toBe('=1+1');
  });

  it("reads a formula's cached result even when it is 0, false or '' (exceljs drops falsy results from cell.value)", async () => {
    const wb = foreignWorkbook();
    const ws = wb.getWorksheet('评分表')!;
    ws.getCell('K1').value = { formula: '1-1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('K2').value = { formula: '1=2', result: false } as ExcelJS.CellFormulaValue;
    ws.getCell('K3').value = { formula: '""', result: '' } as ExcelJS.CellFormulaValue;
    ws.getCell('K4').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('K5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('K6').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue; // never calculated
    const fake = createFakeExcel(wb);
    const values = await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('评分表').getRange('K1:K6');
      r.load('values');
      await ctx.sync();
      return r.values.map((row) => row[0]);
    });
    expect(values).toEqual([0, false, '', 2, '#DIV/0!', '']);
    expect(fake.stats.uncalculatedFormulaReads).toBe(1); // only K6: K3's '' is a real result
    expect(fake.cell('评分表', 'K1').value).toBe(0);
  });
});
