/*
 * The scored copy at package level, on foreign workbooks written by openpyxl and LibreOffice (chart, image,
 * comments + VML, data validation, conditional format, defined names, a hidden sheet, a pivot table, an
 * .xlsm with vbaProject.bin): part by part, the original is intact and only the parts that register a sheet
 * changed. Expected files are written by hand (test/fixtures/foreign-packages/*.expected.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RESULT_SHEET_MARKER } from '../../../core/index';
import { FIXTURES, fixtureNames, gridsOf, scoredCopyOf, type Expected } from './support';

describe.each(fixtureNames)('scored copy of %s', (name) => {
  const input = new Uint8Array(readFileSync(join(FIXTURES, name)));
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, name.replace(/\.xls[xm]$/, '.expected.json')), 'utf8'),
  ) as Expected;

  it('keeps every part byte for byte except the ones that register the new sheet', async () => {
    const before = input.slice();
    const { result, copy } = await scoredCopyOf(input);
    expect(input).toEqual(before); // the input bytes are never touched
    expect(result.score).toBe(expected.score);
    expect(result.level).toBe(expected.level);

    const a = unzipSync(input);
    const b = unzipSync(copy);
    const changed = Object.keys(a).filter((n) => !(n in b) || !Buffer.from(a[n]!).equals(Buffer.from(b[n]!)));
    const added = Object.keys(b).filter((n) => !(n in a));
    expect(changed.sort()).toEqual([...expected.changed].sort());
    expect(added).toEqual(expected.added);
    // Every part that must not change is there with the same bytes (charts, drawings, media, comments, VML, pivots, VBA).
    for (const n of Object.keys(a))
      if (!expected.changed.includes(n)) expect(Buffer.from(b[n]!).equals(Buffer.from(a[n]!))).toBe(true);
  });

  it('appends to styles.xml and the package lists, never renumbering what is there', async () => {
    const { copy } = await scoredCopyOf(input);
    const a = unzipSync(input);
    const b = unzipSync(copy);
    const styles0 = strFromU8(a['xl/styles.xml']!);
    const styles1 = strFromU8(b['xl/styles.xml']!);
    for (const list of ['fonts', 'fills', 'cellXfs']) {
      const body = (s: string) => new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(s)![1]!;
      expect(body(styles1).startsWith(body(styles0))).toBe(true); // old entries first, unchanged
    }
    const types0 = strFromU8(a['[Content_Types].xml']!);
    const types1 = strFromU8(b['[Content_Types].xml']!);
    expect(types1.replace(/<Override PartName="\/xl\/worksheets\/sheet\d+\.xml"[^>]*\/>(?=<\/Types>)/, '')).toBe(
      types0,
    );
    const wb1 = strFromU8(b['xl/workbook.xml']!);
    expect([...wb1.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(expected.sheets);
    expect(wb1).toContain(`name="${RESULT_SHEET_MARKER}" localSheetId="${expected.sheets.length - 1}" hidden="1"`);
    if (name.endsWith('.xlsm')) {
      expect(types1).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
      expect(b['xl/vbaProject.bin']).toEqual(a['xl/vbaProject.bin']);
    }
  });

  it('shows the result on our own sheet, text as text', async () => {
    const { copy } = await scoredCopyOf(input);
    const grids = await gridsOf(copy);
    expect(grids.map((g) => g.name)).toEqual(expected.sheets);
    const ours = grids.find((g) => g.name === expected.sheet)!.grid;
    const row = (label: string) => ours.find((r) => r[0] === label) ?? [];
    expect(row('得分')[1]).toBe(expected.score);
    expect(row('得分')[3]).toBe('三星');
    expect(row('组织名称')[1]).toBe('星河家电服务有限公司');
    expect(row('统一社会信用代码')[1]).toBe('91350100M000100Y43');
    const lostAt = ours.findIndex((r) => String(r[0]).startsWith('失分指标'));
    const lost = ours.slice(lostAt + 2, lostAt + 2 + expected.lost.length).map((r) => [r[0], r[4]]);
    expect(lost).toEqual(expected.lost);
    if (expected.sheet !== '结果')
      expect(grids.find((g) => g.name === '结果')!.grid[0]![0]).toBe('认证机构自己的结果页');
  });
});

describe('the input', () => {
  it('is never written to, also when it is a Node Buffer (whose slice() is a view, not a copy)', async () => {
    const buffer = readFileSync(join(FIXTURES, 'body-pivot.xlsx'));
    const before = Buffer.from(buffer);
    const { copy } = await scoredCopyOf(buffer);
    expect(buffer.equals(before)).toBe(true);
    expect(copy.length).toBeGreaterThan(buffer.length);
  });
});

describe('scoring a scored copy again', () => {
  it('rewrites our own sheet in place (found by its marker), keeps the body’s 结果 and adds nothing', async () => {
    const input = new Uint8Array(readFileSync(join(FIXTURES, 'body-openpyxl.xlsx')));
    const once = (await scoredCopyOf(input)).copy;
    const twice = (await scoredCopyOf(once, 'en')).copy;
    const a = unzipSync(once);
    const b = unzipSync(twice);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const wb = strFromU8(b['xl/workbook.xml']!);
    expect([...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '评分表',
      '隐藏数据',
      '结果',
      '结果 (2)',
    ]);
    expect(wb.split(RESULT_SHEET_MARKER).length - 1).toBe(1);
    expect(wb.split('_xlnm.Print_Area').length - 1).toBe(1);
    const ours = (await gridsOf(twice)).find((g) => g.name === '结果 (2)')!.grid;
    expect(ours.find((r) => r[0] === 'Score')?.[1]).toBe(86);
    // Parts other than our sheet, the registration and styles are still the original's.
    const orig = unzipSync(input);
    for (const n of Object.keys(orig))
      if (!['xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels'].includes(n))
        expect(Buffer.from(b[n]!).equals(Buffer.from(orig[n]!))).toBe(true);
  });
});
