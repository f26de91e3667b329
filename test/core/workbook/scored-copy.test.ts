import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { gridsFromExcelJs, readAudit, writeScoredCopy } from '../../../core/workbook/index';

async function foreignWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分表');
  ws.addRow(['编号', '评价指标', '分值', '得分']);
  for (const it of gbt27922_2011.items)
    ws.addRow([
      it.id,
      it.name.zh,
      it.max,
      it.kind === 'binary' ? '符合' : it.kind === 'sampled' ? it.max / 2 : it.max - 1,
    ]);
  ws.getCell('F1').value = { formula: 'SUM(D2:D22)', result: 80 };
  ws.getCell('B2').font = { bold: true, color: { argb: 'FFFF0000' } };
  ws.mergeCells('G1:H1');
  ws.getCell('G1').value = '=不是公式';
  wb.addWorksheet('结果').getCell('A1').value = '审核员自己的结果页';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('writeScoredCopy', () => {
  it('adds a 结果 sheet and leaves the input sheets and bytes as they were', async () => {
    const input = await foreignWorkbook();
    const before = input.slice();
    const read = readAudit(gridsFromExcelJs(await new ExcelJS.Workbook().xlsx.load(input as never)), gbt27922_2011);
    const res = score(read.scheme, read);
    const out = await writeScoredCopy(input, res, { issues: read.issues });
    expect(input).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as never);
    // A sheet named 结果 that is not ours is kept; ours goes beside it.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分表', '结果', '结果 (2)']);
    const src = wb.getWorksheet('评分表')!;
    expect(src.getCell('F1').formula).toBe('SUM(D2:D22)');
    expect(src.getCell('B2').font?.color?.argb).toBe('FFFF0000');
    expect(src.getCell('G1').value).toBe('=不是公式');
    expect(wb.getWorksheet('结果')!.getCell('A1').value).toBe('审核员自己的结果页');

    const grid = gridsFromExcelJs(wb).find((g) => g.name === '结果 (2)')!.grid;
    const label = (l: string) => grid.find((r) => r[0] === l)?.[1];
    expect(label('最终得分')).toBe(res.score);
    expect(res.level).toBe('compliant');
    expect(label('等级')).toBe('达标');
    const text = grid.flat().join('\n');
    expect(text).toContain('gbt27922-2011 2011.1');
    expect(text).toContain('gbt27922-core');
    expect(text).toContain('售后服务体系');
    expect(text).toContain('评分表!D'); // points lost point at their cells
    expect(text).toContain('距下一等级');
  });

  it('replaces its own 结果 sheet when scoring a scored copy again, and lists problems with their cells', async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws = wb0.addWorksheet('评分表');
    ws.addRow(['编号', '评价指标', '分值', '得分']);
    ws.addRow(['5.2.1', '商品信息', 5, '很好']);
    const bytes = new Uint8Array(await wb0.xlsx.writeBuffer());
    const read = readAudit(gridsFromExcelJs(wb0), gbt27922_2011);
    const once = await writeScoredCopy(bytes, score(read.scheme, read), { issues: read.issues });
    const twice = await writeScoredCopy(once, score(read.scheme, read), { issues: read.issues, lang: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(twice as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分表', 'Result']);
    const text = gridsFromExcelJs(wb)
      .find((g) => g.name === 'Result')!
      .grid.flat()
      .join('\n');
    expect(text).toContain('Cannot be computed');
    expect(text).toContain('评分表!D2');
    expect(text).toContain('not-a-number');
  });
});
