import ExcelJS from 'exceljs';
import { t, type Lang } from '../i18n/index';
import { ENGINE } from '../scoring/score';
import { lostItems } from '../scoring/rules';
import type { EligibilityResult } from '../eligibility/types';
import type { AuditResult } from '../scoring/types';
import { sheetName, SHEET_NAMES } from './sheet-names';
import type { WorkbookIssue } from './types';

export interface ScoredCopyOptions {
  lang?: Lang;
  /** Reading problems (from readAudit/auditFromSheets) listed with the result's own. */
  issues?: readonly WorkbookIssue[];
  /** checkEligibility's result for the workbook's filled 自查 sheet: adds a short 申请条件自查 section. */
  eligibility?: EligibilityResult;
}

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

/** Text stays text: a name starting with "=" is never a formula. */
function put(ws: ExcelJS.Worksheet, row: number, col: number, v: string | number | null | undefined): void {
  if (v === null || v === undefined || v === '') return;
  const c = ws.getRow(row).getCell(col);
  c.value = v;
  if (typeof v === 'string') c.numFmt = '@';
}

function isOurResultSheet(ws: ExcelJS.Worksheet): boolean {
  for (let r = 1; r <= 3; r++) {
    const v = ws.getRow(r).getCell(1).value;
    if (typeof v === 'string' && v.includes(ENGINE.name)) return true;
  }
  return false;
}

/**
 * A copy of the input workbook with a 结果 sheet added (or replaced, when the existing one is ours):
 * total, level, category table, points lost per indicator, problems with sheet!cell, points to the
 * next level with the fewest items to improve, scheme and engine stamp. The input bytes are not changed.
 * Note: the copy is re-written by exceljs, which keeps values, formulas, styles, merges and validation,
 * but not charts or pivot tables.
 */
export async function writeScoredCopy(
  inputBytes: Uint8Array,
  result: AuditResult,
  options: ScoredCopyOptions = {},
): Promise<Uint8Array> {
  const lang: Lang = options.lang ?? 'zh-CN';
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(inputBytes.slice().buffer as ArrayBuffer);
  const base = sheetName('result', lang);
  for (const ws of [...wb.worksheets]) {
    if ((Object.values(SHEET_NAMES.result) as string[]).includes(ws.name) && isOurResultSheet(ws))
      wb.removeWorksheet(ws.id);
  }
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base} (${i})`;
  const ws = wb.addWorksheet(name);
  writeResult(ws, result, lang, options.issues ?? [], options.eligibility);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeResult(
  ws: ExcelJS.Worksheet,
  res: AuditResult,
  lang: Lang,
  readIssues: readonly WorkbookIssue[],
  eligibility?: EligibilityResult,
): void {
  const tt = (k: string, p = {}) => t(lang, `workbook.result.${k}`, p);
  const L = lang === 'en' ? 'en' : 'zh';
  let r = 1;
  put(ws, r, 1, `${tt('title')} · ${ENGINE.name} ${ENGINE.version}`);
  ws.getRow(r).font = { bold: true, size: 14 };
  r++;
  put(
    ws,
    r,
    1,
    tt('stamp', {
      scheme: res.scheme.id,
      version: res.scheme.version,
      engine: res.engine.name,
      engineVersion: res.engine.version,
    }),
  );
  r += 2;

  const yesNo = (b: boolean) => tt(b ? 'yes' : 'no');
  const level = res.level ? t(lang, `level.${res.level}`) : '';
  const facts: [string, string | number][] = [
    [tt('score'), res.score ?? tt('noScore')],
    [tt('level'), level],
    [tt('provisional'), yesNo(res.provisional)],
    [tt('vetoed'), yesNo(res.vetoed) + (res.vetoReason ? `：${res.vetoReason.message}` : '')],
    [tt('normalised'), res.normalised ?? ''],
    [tt('earned'), `${round(res.earned)} / ${round(res.applicable)}`],
    [tt('applicableTotal'), round(res.applicableTotal)],
    [tt('specialDeductions'), res.specialDeductions],
    [tt('bonus'), `${res.bonus} / ${res.bonusOffered}`],
    [tt('unscored'), res.unscored],
  ];
  for (const [k, v] of facts) {
    put(ws, r, 1, k);
    ws.getRow(r).getCell(1).font = BOLD;
    put(ws, r, 2, v);
    r++;
  }
  r++;

  const table = (titleKey: string, cols: string[], rows: (string | number | null)[][], empty: string) => {
    put(ws, r, 1, tt(titleKey));
    ws.getRow(r).font = { bold: true, size: 12 };
    r++;
    if (!rows.length) {
      put(ws, r, 1, tt(empty));
      r += 2;
      return;
    }
    cols.forEach((c, i) => {
      put(ws, r, i + 1, tt(`col.${c}`));
      const cell = ws.getRow(r).getCell(i + 1);
      cell.font = BOLD;
      cell.fill = HEAD_FILL;
    });
    r++;
    for (const row of rows) {
      row.forEach((v, i) => put(ws, r, i + 1, v));
      r++;
    }
    r++;
  };

  table(
    'categories',
    ['id', 'name', 'max', 'applicable', 'earned', 'lost', 'percent', 'unscored'],
    res.categories.map((c) => [
      c.id,
      c.name[L],
      c.max,
      round(c.applicable),
      round(c.earned),
      round(c.lost),
      c.percent,
      c.unscored,
    ]),
    'noneLost',
  );
  table(
    'lost',
    ['id', 'name', 'max', 'earned', 'lost', 'status', 'where'],
    lostItems(res.items).map((i) => [
      i.id,
      i.name[L],
      i.max,
      round(i.earned!),
      round(i.lost),
      t(lang, `status.${i.status}`),
      i.where?.value ?? i.where?.samples ?? i.where?.id ?? '',
    ]),
    'noneLost',
  );
  const problems = [
    ...readIssues.map((i) => ({ code: i.code, severity: i.severity, where: i.where, message: i.message })),
    ...res.issues,
  ];
  table(
    'problems',
    ['severity', 'where', 'code', 'message'],
    problems.map((i) => [tt(`severity.${i.severity}`), i.where, i.code, i.message]),
    'noProblems',
  );

  put(ws, r, 1, tt('next'));
  ws.getRow(r).font = { bold: true, size: 12 };
  r++;
  const n = res.nextLevel;
  if (!n) put(ws, r, 1, res.score === null ? tt('noScore') : tt('top'));
  else {
    const name = t(lang, `level.${n.level}`);
    put(
      ws,
      r,
      1,
      n.blockedBy
        ? tt('nextBlocked', { level: name, threshold: n.threshold, reason: tt(`blocked.${n.blockedBy}`) })
        : tt('nextLine', { level: name, threshold: n.threshold, points: n.pointsNeeded, raw: n.rawPointsNeeded }),
    );
    if (n.improvements.length) {
      r += 2;
      table(
        'cheapest',
        ['id', 'name', 'gain'],
        n.improvements.map((i) => [i.id, i.name[L], i.gain]),
        'noneLost',
      );
    }
  }
  if (eligibility) {
    // Verdict and the gaps only; the 自查 sheet itself holds every condition with what to do.
    r += 2;
    put(ws, r, 1, tt('eligibility.title'));
    ws.getRow(r).font = { bold: true, size: 12 };
    r++;
    for (const [k, v] of [
      [tt('eligibility.verdict'), eligibility.summary],
      [tt('eligibility.asOf'), eligibility.asOf],
    ] as const) {
      put(ws, r, 1, k);
      ws.getRow(r).getCell(1).font = BOLD;
      put(ws, r, 2, v);
      r++;
    }
    r++;
    table(
      'eligibility.gaps',
      ['id', 'name', 'status', 'message'],
      eligibility.gaps.map((c) => [c.id, c.title, c.statusText, c.reason]),
      'eligibility.noGaps',
    );
  }
  ws.columns = [
    { width: 14 },
    { width: 30 },
    { width: 16 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 10 },
  ];
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
