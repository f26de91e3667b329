/* The scored copies open in LibreOffice and its 结果 sheet reads back (LibreOffice re-saves them as .xlsx). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToXlsx, freshProfile, hasSoffice } from '../../core/workbook/libreoffice';
import { hasPdfinfo, PDFINFO_PATH, PDFTOTEXT_PATH, SOFFICE_PATH } from '../../support/external-programs';
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

  it.skipIf(!hasPdfinfo('结果 print'))(
    'prints 结果 on A4 portrait, every column on the page',
    { timeout: 240_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scored-pdf-'));
      const { copy } = await scoredCopyOf(new Uint8Array(readFileSync(join(FIXTURES, 'body-pivot.xlsx'))));
      writeFileSync(join(dir, 'copy.xlsx'), copy);
      execFileSync(
        SOFFICE_PATH,
        [
          `-env:UserInstallation=file://${freshProfile()}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'copy.xlsx'),
        ],
        { stdio: 'pipe', timeout: 200_000 },
      );
      const pdf = join(dir, 'copy.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(PDFINFO_PATH, [pdf], { encoding: 'utf8' }))![1]);
      // 结果 is the last sheet: its page(s) come last.
      const last = execFileSync(PDFINFO_PATH, ['-f', String(pages), '-l', String(pages), pdf], { encoding: 'utf8' });
      expect(last).toMatch(/Page\s+\d+ size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = execFileSync(PDFTOTEXT_PATH, ['-layout', '-f', String(pages), '-l', String(pages), pdf, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('星河家电服务有限公司 · 售后服务评价评分结果');
      // The last column's header and the longest note are on the page, not cut off at its edge.
      expect(text).toMatch(/编号\s+指标\s+满分\s+得分\s+失分\s+说明/);
      expect(text).toMatch(/得分\s+适用满分\s+失分\s+得分率 %/);
    },
  );
});
