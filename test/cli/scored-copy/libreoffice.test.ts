/* The scored copies open in LibreOffice and its 结果 sheet reads back (LibreOffice re-saves them as .xlsx). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToXlsx, hasSoffice } from '../../core/workbook/libreoffice';
import { FIXTURES, fixtureNames, gridsOf, scoredCopyOf } from './support';

describe.skipIf(!hasSoffice('scored copy in LibreOffice'))('scored copies in LibreOffice', () => {
  it('opens every copy with our sheet readable', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scored-lo-'));
    const files: string[] = [];
    for (const name of fixtureNames) {
      const { copy } = await scoredCopyOf(new Uint8Array(readFileSync(join(FIXTURES, name))));
      const file = join(dir, name);
      writeFileSync(file, copy);
      files.push(file);
    }
    convertToXlsx(files, join(dir, 'out'));
    for (const name of fixtureNames) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.xls[xm]$/, '.expected.json')), 'utf8'));
      const back = new Uint8Array(readFileSync(join(dir, 'out', name.replace(/\.xlsm$/, '.xlsx'))));
      const grids = await gridsOf(back);
      expect(grids.map((g) => g.name)).toEqual(expected.sheets);
      const ours = grids.find((g) => g.name === expected.sheet)!.grid;
      const score = ours.find((r) => r[0] === '得分');
      expect([name, score?.[1], score?.[3]]).toEqual([name, 86, '三星']);
      expect(ours.some((r) => String(r[0]).startsWith('失分指标'))).toBe(true);
    }
  });
});
