import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCentralDirectory, safeUnzip, ZipProblem } from '../../cli/zip-guard';
import { millionRows, truncated, zipBombLying, zipBombRatio, zipManyEntries } from './support/hostile-files';

function problemOf(f: () => unknown): ZipProblem {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipProblem) return e;
    throw e;
  }
  throw new Error('expected a ZipProblem');
}

describe('zip guard', () => {
  it('unzips an ordinary zip, stored and deflated entries alike', () => {
    const zip = zipSync({
      'a.xml': strToU8('<a>你好</a>'),
      'b.bin': [new Uint8Array(1000).fill(7), { level: 0 }],
      'dir/': new Uint8Array(0),
    });
    const out = safeUnzip(zip);
    expect(new TextDecoder().decode(out.get('a.xml'))).toBe('<a>你好</a>');
    expect(out.get('b.bin')).toEqual(new Uint8Array(1000).fill(7));
    expect(out.has('dir/')).toBe(false);
  });

  it('refuses a highly compressed entry from the central directory, before inflating it', () => {
    const bomb = zipBombRatio();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const p = problemOf(() => readCentralDirectory(bomb));
    expect(p.code).toBe('zip-bomb');
    expect(p.why).toBe('ratio');
    expect(p.params).toMatchObject({ name: 'xl/media/image1.png', size: '50' });
  });

  it('stops a bomb whose headers lie about the size while inflating', () => {
    const bomb = zipBombLying();
    expect(readCentralDirectory(bomb).find((e) => e.name.endsWith('sheet1.xml'))!.size).toBe(1024);
    const p = problemOf(() => safeUnzip(bomb));
    expect(p.code).toBe('zip-bomb');
    expect(p.why).toBe('lying');
    expect(p.params).toEqual({ name: 'xl/worksheets/sheet1.xml', size: 1024 });
  });

  it('refuses more entries than any workbook has', () => {
    expect(problemOf(() => readCentralDirectory(zipManyEntries())).code).toBe('zip-bomb');
  });

  it('caps the total unpacked size across entries', () => {
    const zip = zipSync({ a: new Uint8Array(3 * 1024 * 1024), b: new Uint8Array(3 * 1024 * 1024) });
    const limits = { maxEntries: 10, maxTotalBytes: 5 * 1024 * 1024, ratioCheckAbove: Infinity, maxRatio: 100 };
    expect(problemOf(() => safeUnzip(zip, { limits })).code).toBe('zip-bomb');
  });

  it('says truncated for a cut-off file', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(5000)) }, { level: 0 });
    expect(problemOf(() => safeUnzip(truncated(zip))).code).toBe('truncated');
  });

  it("lets a 1,000,000-row sheet through (it is big, not a bomb); the row cap is the reader's job", () => {
    const zip = millionRows([['编号', '得分']]);
    const entries = readCentralDirectory(zip);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.size).toBeGreaterThan(30 * 1024 * 1024);
    expect(
      safeUnzip(zip, { filter: (e) => e.name === 'xl/worksheets/sheet1.xml' }).get('xl/worksheets/sheet1.xml')!.length,
    ).toBe(sheet.size);
  });
});
