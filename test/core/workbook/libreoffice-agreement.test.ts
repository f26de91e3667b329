import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { gridsFromExcelJs, writeTemplate } from '../../../core/workbook/index';
import { agreementCases, differences, writeCaseFiles } from './agreement-cases';
import { parseCsv } from './gnumeric';
import { convertToCsvSheets, convertToXlsx, hasSoffice } from './libreoffice';

describe.skipIf(!hasSoffice('workbook LibreOffice agreement'))(
  "the template's formulas, recalculated by LibreOffice, agree with score()",
  () => {
    it('on 40 random audits with special items and numbers typed as text, and on the boundary cases', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gbt-lo-agree-'));
      const cases = agreementCases(40, 1000);
      const files = await writeCaseFiles(cases, dir);
      // A company name that looks like a formula must stay text after LibreOffice opens and saves it.
      const textFile = join(dir, 'text-safety.xlsx');
      writeFileSync(
        textFile,
        await writeTemplate(gbt27922_2011, {
          facts: { organisation: '=1+1', auditor: '=HYPERLINK("http://x")' },
          selfCheck: false,
        }),
      );
      // One soffice process for all the audits (each start costs seconds), as CSV (cheaper than .xlsx); the
      // text-safety file goes through .xlsx (the cell's type matters) in a second process alongside.
      await Promise.all([
        convertToCsvSheets(files, join(dir, 'out')),
        new Promise<void>((done) => {
          convertToXlsx([textFile], join(dir, 'xlsx'));
          done();
        }),
      ]);
      const textWb = new ExcelJS.Workbook();
      await textWb.xlsx.load(readFileSync(join(dir, 'xlsx', 'text-safety.xlsx')) as never);
      const cover = gridsFromExcelJs(textWb).find((g) => g.name === '封面')!.grid;
      expect(cover.find((r) => r[0] === '组织名称')![1]).toBe('=1+1');
      expect(cover.find((r) => r[0] === '评审员')![1]).toBe('=HYPERLINK("http://x")');
      expect(textWb.getWorksheet('封面')!.getCell('B3').type).toBe(ExcelJS.ValueType.String);

      const disagreements: string[] = [];
      let agreed = 0;
      for (const c of cases) {
        const sheet = (name: string) => parseCsv(readFileSync(join(dir, 'out', `${c.name}-${name}.csv`), 'utf8'));
        const diff = differences(c, sheet('汇总'), sheet('评分表'));
        if (diff.length) disagreements.push(`${c.name} (${c.scheme.id}): ${diff.join('; ')}`);
        else agreed++;
      }
      expect(disagreements).toEqual([]);
      console.log(`LibreOffice agrees with score() on ${agreed} of ${cases.length} audits`);
      // The sample really covers the rules: several levels, the veto, uncomputable audits, text numbers.
      const results = cases.map((c) => score(c.scheme, c.input));
      expect(results.filter((r) => r.vetoed).length).toBeGreaterThan(0);
      expect(results.filter((r) => r.score === null).length).toBeGreaterThan(0);
      expect(new Set(results.map((r) => r.level)).size).toBeGreaterThanOrEqual(4);
      expect(
        cases.filter((c) => c.input.responses.some((r) => typeof r.value === 'string' && /\d/.test(r.value))).length,
      ).toBeGreaterThan(5);
    }, 180_000);
  },
);
