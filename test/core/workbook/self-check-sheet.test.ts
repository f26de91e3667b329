/*
 * The 自查 sheet's native formulas must give the same verdict as checkEligibility(), in the words of
 * questionnaireProgress() for the stage (no verdict before all conditions are answered). LibreOffice
 * recalculates filled sheets (one soffice run for all of them); the recalculated results are then
 * compared with core, condition by condition, and the verdict cell with questionnaireProgress.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEligibility, readSelfCheck, type SheetGrid } from '../../../core/index';
import { addSelfCheckSheet, coverDateRef } from '../../../core/workbook/self-check-sheet';
import { buildTemplate } from '../../../core/workbook/write-template';
import { writeScoredCopy } from '../../../cli/scored-copy/write-scored-copy';
import { gbt27922_2011, score } from '../../../core/index';
import { hasSoffice, SOFFICE_PATH } from '../../support/external-programs';
import { edgeCases, fixtureCases, randomCases } from './self-check-cases';
import { questionnaireProgress } from '../../../core/eligibility/questionnaire';
import { SC_COL } from '../../../core/eligibility/self-check-layout';
import { t } from '../../../core/i18n/index';

/** exceljs sheet → plain grid (formula cells give their recalculated result), as the CLI reads workbooks. */
function toGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const grid: SheetGrid['grid'] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: SheetGrid['grid'][number] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, 12); c++) {
      let v = row.getCell(c).value as unknown;
      if (v && typeof v === 'object' && !(v instanceof Date)) {
        const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
        v = 'result' in o ? o.result : o.richText ? o.richText.map((x) => x.text).join('') : (o.text ?? null);
        if (v && typeof v === 'object' && !(v instanceof Date)) v = null; // error values
      }
      cells.push((v ?? null) as never);
    }
    grid[r - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return { name: ws.name, grid };
}

const run = hasSoffice('self-check sheet formulas (LibreOffice recalculation)');

describe.skipIf(!run)('自查 sheet: LibreOffice computes the same verdict as checkEligibility', () => {
  const cases = [...fixtureCases(), ...edgeCases(), ...randomCases(40)];
  const dir = mkdtempSync(join(tmpdir(), 'gbt27922-selfcheck-'));
  const recalculated = new Map<string, SheetGrid>();
  // In our full template, with the check date left blank: the 封面 audit date is used (not today).
  const templateAnswers = fixtureCases().find((c) => c.name === 'new-company-too-early')!.answers;
  const templates = (['zh-CN', 'en'] as const).map((lang) => ({ name: `template-${lang}`, lang }));
  const scoredCopies = templates.map((t) => ({ name: `${t.name}-scored`, lang: t.lang }));
  const templateSheets = new Map<string, SheetGrid[]>();

  beforeAll(async () => {
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      addSelfCheckSheet(wb, { lang: c.lang, asOf: c.asOf, settings: c.settings, answers: c.answers });
      await wb.xlsx.writeFile(join(dir, `${c.name}.xlsx`));
    }
    for (const tpl of templates) {
      const wb = await buildTemplate(gbt27922_2011, {
        lang: tpl.lang,
        facts: { date: '2025-06-30' },
        selfCheck: false, // added below with prefilled answers
        extraSheets: (w, lang) =>
          void addSelfCheckSheet(w, { lang, asOfRef: coverDateRef(lang), answers: templateAnswers }),
      });
      await wb.xlsx.writeFile(join(dir, `${tpl.name}.xlsx`));
      // The CLI's scored copy of the same workbook (a 结果 sheet part added to the package) keeps the 自查 sheet live.
      const copy = writeScoredCopy(
        new Uint8Array(await wb.xlsx.writeBuffer()),
        score(gbt27922_2011, { responses: [] }, { lang: tpl.lang }),
        { lang: tpl.lang },
      );
      writeFileSync(join(dir, `${tpl.name}-scored.xlsx`), copy);
    }
    // One soffice process converts them all (xlsx → xlsx recalculates the formulas on load).
    execFileSync(
      SOFFICE_PATH,
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        join(dir, 'out'),
        ...[...cases, ...templates, ...scoredCopies].map((c) => join(dir, `${c.name}.xlsx`)),
      ],
      {
        stdio: 'pipe',
        timeout: 170_000,
      },
    );
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'out', `${c.name}.xlsx`));
      recalculated.set(c.name, toGrid(wb.worksheets[0]!));
    }
    for (const tpl of [...templates, ...scoredCopies]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'out', `${tpl.name}.xlsx`));
      templateSheets.set(tpl.name, wb.worksheets.map(toGrid));
    }
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recalculated every case', () => expect(recalculated.size).toBe(cases.length));

  it('the cases reach every stage of the questionnaire: none, some and all answered', () => {
    const stages = cases.map(
      (c) => questionnaireProgress(checkEligibility(c.answers, c.settings, { asOf: c.asOf }), c.answers).stage,
    );
    expect(new Set(stages)).toEqual(new Set(['none', 'some', 'all']));
  });

  for (const tpl of [...templates, ...scoredCopies]) {
    it(`in the ${tpl.name.endsWith('-scored') ? 'scored copy of the' : 'full'} template (${tpl.lang}) a blank check date means the 封面 audit date, in the formulas and in readSelfCheck`, () => {
      const read = readSelfCheck(templateSheets.get(tpl.name)!, { lang: tpl.lang });
      if (!read.found) throw new Error('自查 sheet not found in the template');
      expect(read).toMatchObject({ asOf: '2025-06-30', asOfOrigin: 'cover' });
      const core = checkEligibility(read.answers, read.settings, { asOf: read.asOf!, lang: tpl.lang });
      expect(core).toMatchObject({ verdict: 'not-yet', unmet: ['E2', 'E3'] });
      expect(questionnaireProgress(core, read.answers).stage).toBe('all');
      expect(read.formulaVerdict).toBe(core.verdict);
    });
  }

  for (const c of cases) {
    it(`${c.name} (${c.lang})`, () => {
      const core = checkEligibility(c.answers, c.settings, { asOf: c.asOf, lang: c.lang });
      const read = readSelfCheck([recalculated.get(c.name)!], { lang: c.lang });
      if (!read.found) throw new Error('自查 sheet not found');
      // The verdict cell says what questionnaireProgress says: the verdict once every condition is answered,
      // else its progress words (read back as no verdict); the progress line counts the same conditions.
      const progress = questionnaireProgress(core, c.answers, c.lang);
      const all = progress.stage === 'all';
      const grid = recalculated.get(c.name)!.grid;
      const row = grid.findIndex((r) => r[SC_COL.key - 1] === 'verdict');
      expect(grid[row]![SC_COL.answer - 1]).toBe(
        all ? t(c.lang, `eligibility.verdict.${core.verdict}`) : progress.verdictLine,
      );
      expect(grid[row + 1]![SC_COL.answer - 1]).toContain(
        t(c.lang, 'eligibility.progress', { answered: progress.answered, total: progress.total }),
      );
      // The formulas' verdict and each condition's result equal core's.
      expect(read.formulaVerdict).toBe(all ? core.verdict : null);
      expect(read.formulaStatuses).toEqual(Object.fromEntries(core.conditions.map((r) => [r.id, r.status])));
      // Reading the filled sheet back gives core the same answers, hence the same verdict.
      const again = checkEligibility(read.answers, read.settings, {
        asOf: read.asOf!,
        lang: c.lang,
        where: read.where,
      });
      expect(again.verdict).toBe(core.verdict);
      expect(again.conditions.map((r) => r.status)).toEqual(core.conditions.map((r) => r.status));
    });
  }
});

describe('自查 sheet as written (no spreadsheet program needed)', () => {
  const build = (lang: 'zh-CN' | 'en' = 'zh-CN') => {
    const wb = new ExcelJS.Workbook();
    return addSelfCheckSheet(wb, { lang });
  };

  it('uses only functions Excel 2010, WPS and LibreOffice all compute (no DATEDIF, no EDATE)', () => {
    // ASC and DATEVALUE are Excel 2000-era text/date functions, present in WPS and LibreOffice too.
    const allowed = new Set([
      'IF',
      'AND',
      'OR',
      'NOT',
      'ISNUMBER',
      'INT',
      'TRIM',
      'ASC',
      'UPPER',
      'SUBSTITUTE',
      'LEN',
      'MID',
      'LEFT',
      'FIND',
      'IFERROR',
      'MOD',
      'MIN',
      'DATE',
      'YEAR',
      'MONTH',
      'DAY',
      'ROUNDUP',
      'COUNTIF',
      'TODAY',
      'DATEVALUE',
    ]);
    const { sheet } = build();
    const used = new Set<string>();
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type !== ExcelJS.ValueType.Formula) return;
        for (const m of c.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
      }),
    );
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    expect(used.has('COUNTIF')).toBe(true);
  });

  it('every answer cell is validated: 是/否/不确定 lists, dates, whole head counts, an 18-character code kept as text', () => {
    const { sheet, cells } = build();
    const v = (a: string) => sheet.getCell(a).dataValidation;
    expect(v(cells.E5)).toMatchObject({ type: 'list', formulae: ['"是,否,不确定"'], showErrorMessage: true });
    expect(v(cells.licenceDate)).toMatchObject({ type: 'date' });
    expect(v(cells.certifiedManagers)).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(v(cells.uscc)).toMatchObject({ type: 'textLength' });
    expect(sheet.getCell(cells.uscc).numFmt).toBe('@');
    expect(v(cells.systemMinMonths)).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 120] });
  });

  it('in English the choices are Yes / No / Not sure and the verdict speaks English', () => {
    const { sheet, cells } = build('en');
    expect(sheet.name).toBe('Self-check');
    expect(sheet.getCell(cells.E5).dataValidation).toMatchObject({ formulae: ['"Yes,No,Not sure"'] });
    expect((sheet.getCell(cells.verdict).value as { formula: string }).formula).toContain('"Ready to apply"');
  });

  it("the verdict's words are the message table's, every placeholder filled (a count, a cell or 16)", () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const { sheet, cells } = build(lang);
      const formula = (sheet.getCell(cells.verdict).value as { formula: string }).formula;
      expect(formula).toContain(`"${t(lang, 'eligibility.progress.none', { total: 16 })}"`);
      expect(formula).toContain(`"${t(lang, `eligibility.verdict.not-sure`)}"`);
      expect(formula).not.toMatch(/\{\w+\}/);
      expect(formula).not.toContain('\u0001'); // the writer's placeholder mark
    }
    // English has its own words for one unmet condition and for the last open one.
    const en = (build('en').sheet.getCell(build('en').cells.verdict).value as { formula: string }).formula;
    expect(en).toContain('"Not yet: one of the answered conditions is not met ("&');
    expect(en).toContain('answer the last one to get a verdict."');
  });

  it('answers written into the sheet are never formulas, whatever they start with', async () => {
    const wb = new ExcelJS.Workbook();
    const { sheet, cells } = addSelfCheckSheet(wb, { answers: { uscc: '=HYPERLINK("x")', E5: '=1+1' } });
    expect(sheet.getCell(cells.uscc).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(cells.E5).type).toBe(ExcelJS.ValueType.String);
  });
});
