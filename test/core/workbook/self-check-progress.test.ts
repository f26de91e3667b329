/*
 * The 自查 sheet's verdict cell and progress line as a user sees them after LibreOffice or Gnumeric
 * recalculates the sheet: nothing answered, some answered (with and without unmet conditions, plural
 * forms), everything answered. Expected texts are written by hand in test/fixtures/self-check-sheet
 * (one pair per case, a `_why` each); readSelfCheck must read a progress text as "no verdict yet".
 * Gnumeric, a second engine, also recalculates the LibreOffice test's applicants (self-check-cases.ts):
 * its verdict cell must say what questionnaireProgress says for them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkEligibility,
  readAnswersFile,
  readSelfCheck,
  type EligibilityAnswers,
  type Verdict,
} from '../../../core/index';
import { questionnaireProgress } from '../../../core/eligibility/questionnaire';
import { t } from '../../../core/i18n/index';
import { edgeCases, fixtureCases, randomCases } from './self-check-cases';
import type { Grid } from '../../../core/workbook/index';
import { SC_COL } from '../../../core/eligibility/self-check-layout';
import { addSelfCheckSheet } from '../../../core/workbook/self-check-sheet';
import { hasSsconvert, parseCsv, recalcWithGnumeric } from './gnumeric';
import { convertToCsvSheets, hasSoffice } from './libreoffice';

type Lang = 'zh-CN' | 'en';
interface Expected {
  _why: string;
  formulaVerdict: Verdict | null;
  verdictCell: Record<Lang, string>;
  progressLine: Record<Lang, string>;
}
interface Case {
  name: string;
  lang: Lang;
  asOf: string;
  answers: EligibilityAnswers;
  expected: Expected;
}

const FIX = join(import.meta.dirname, '../../fixtures/self-check-sheet');
const LANGS: Lang[] = ['zh-CN', 'en'];
const SHEET: Record<Lang, string> = { 'zh-CN': '自查', en: 'Self-check' };
const cases: Case[] = readdirSync(FIX)
  .filter((f) => f.endsWith('.answers.json'))
  .flatMap((f) => {
    const name = f.replace('.answers.json', '');
    const r = readAnswersFile(JSON.parse(readFileSync(join(FIX, f), 'utf8')));
    if (!r.ok) throw new Error(`${f}: ${r.problem}`);
    const expected = JSON.parse(readFileSync(join(FIX, `${name}.expected.json`), 'utf8')) as Expected;
    return LANGS.map((lang) => ({
      name: `${name}-${lang}`,
      lang,
      asOf: r.file.asOf!,
      answers: r.file.answers,
      expected,
    }));
  });

/** The verdict cell and the progress line under it, found by the 键 column as readers find them. */
function shown(grid: Grid): { verdict: string; progress: string } {
  const r = grid.findIndex((row) => String(row[SC_COL.key - 1] ?? '').trim() === 'verdict');
  if (r < 0) throw new Error('no verdict row');
  return {
    verdict: String(grid[r]![SC_COL.answer - 1] ?? ''),
    progress: String(grid[r + 1]![SC_COL.answer - 1] ?? ''),
  };
}

async function writeCases(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const c of cases) {
    const wb = new ExcelJS.Workbook();
    addSelfCheckSheet(wb, { lang: c.lang, asOf: c.asOf, answers: c.answers });
    const file = join(dir, `${c.name}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

function expectShown(c: Case, grid: Grid) {
  expect(shown(grid)).toEqual({ verdict: c.expected.verdictCell[c.lang], progress: c.expected.progressLine[c.lang] });
  const read = readSelfCheck([{ name: SHEET[c.lang], grid }], { lang: c.lang });
  if (!read.found) throw new Error('自查 sheet not found');
  // A progress text is no verdict; the verdict words are read back as the verdict.
  expect(read.formulaVerdict).toBe(c.expected.formulaVerdict);
}

it('the hand-written cases cover every stage, both unmet forms and both languages', () => {
  const names = new Set(cases.map((c) => c.name.replace(/-(zh-CN|en)$/, '')));
  expect(names.size).toBe(8);
  expect(cases).toHaveLength(16);
});

describe.skipIf(!hasSoffice('self-check progress words (LibreOffice recalculation)'))(
  '自查 verdict cell recalculated by LibreOffice',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt27922-sc-progress-lo-'));
    const grids = new Map<string, Grid>();
    beforeAll(async () => {
      await writeCases(dir);
      await convertToCsvSheets(
        cases.map((c) => join(dir, `${c.name}.xlsx`)),
        join(dir, 'out'),
      );
      for (const c of cases)
        grids.set(c.name, parseCsv(readFileSync(join(dir, 'out', `${c.name}-${SHEET[c.lang]}.csv`), 'utf8')));
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const c of cases) it(`${c.name}: ${c.expected.verdictCell[c.lang]}`, () => expectShown(c, grids.get(c.name)!));
  },
);

describe.skipIf(!hasSsconvert('self-check progress words (Gnumeric recalculation)'))(
  '自查 verdict cell recalculated by Gnumeric',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt27922-sc-progress-gn-'));
    const grids = new Map<string, Grid>();
    beforeAll(async () => {
      const files = await writeCases(dir);
      mkdirSync(join(dir, 'out'));
      for (const lang of LANGS) {
        const own = files.filter((_, i) => cases[i]!.lang === lang);
        const got = await recalcWithGnumeric(own, join(dir, 'out'), [SHEET[lang]]);
        for (const [f, sheets] of got) grids.set(f, sheets[SHEET[lang]]!);
      }
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const c of cases)
      it(`${c.name}: ${c.expected.verdictCell[c.lang]}`, () => expectShown(c, grids.get(join(dir, `${c.name}.xlsx`))!));
  },
);

describe.skipIf(!hasSsconvert('self-check sheet against questionnaireProgress (Gnumeric recalculation)'))(
  '自查 verdict cell recalculated by Gnumeric says what questionnaireProgress says',
  () => {
    // Other random applicants than the LibreOffice test's (fixed seeds both).
    const applicants = [...fixtureCases(), ...edgeCases(), ...randomCases(60, 2025)];
    const dir = mkdtempSync(join(tmpdir(), 'gbt27922-sc-agree-gn-'));
    const grids = new Map<string, Grid>();
    beforeAll(async () => {
      mkdirSync(join(dir, 'out'));
      for (const lang of LANGS) {
        const files: string[] = [];
        for (const c of applicants.filter((a) => a.lang === lang)) {
          const wb = new ExcelJS.Workbook();
          addSelfCheckSheet(wb, { lang, asOf: c.asOf, settings: c.settings, answers: c.answers });
          files.push(join(dir, `${c.name}.xlsx`));
          await wb.xlsx.writeFile(files.at(-1)!);
        }
        const got = await recalcWithGnumeric(files, join(dir, 'out'), [SHEET[lang]]);
        for (const [f, sheets] of got) grids.set(f, sheets[SHEET[lang]]!);
      }
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('on the eligibility fixtures, the edges and 60 random applicants, at every stage', () => {
      const wrong: string[] = [];
      const stages = new Set<string>();
      for (const c of applicants) {
        const core = checkEligibility(c.answers, c.settings, { asOf: c.asOf, lang: c.lang });
        const p = questionnaireProgress(core, c.answers, c.lang);
        stages.add(p.stage);
        const want = {
          verdict: p.stage === 'all' ? t(c.lang, `eligibility.verdict.${core.verdict}`) : p.verdictLine,
          progress: t(c.lang, 'eligibility.progress', { answered: p.answered, total: p.total }),
        };
        const got = shown(grids.get(join(dir, `${c.name}.xlsx`))!);
        if (got.verdict !== want.verdict || !got.progress.startsWith(want.progress))
          wrong.push(`${c.name}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      expect(wrong).toEqual([]);
      expect(stages).toEqual(new Set(['none', 'some', 'all']));
    });
  },
);
