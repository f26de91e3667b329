import type { Workbook, Worksheet } from 'exceljs';
import { catalogueById } from '../documents/catalogue';
import { ELIGIBILITY_CONDITIONS } from '../eligibility/catalogue';
import { readDay } from '../eligibility/read-input';
import { SC_COL, SC_KEY_AS_OF, SC_KEY_VERDICT, SC_ROW, SETTING_KEYS } from '../eligibility/self-check-layout';
import {
  DEFAULT_ELIGIBILITY_SETTINGS,
  ELIGIBILITY_THRESHOLD_OPTIONS,
  resolveEligibilitySettings,
} from '../eligibility/settings';
import type { EligibilityAnswers, EligibilityCondition, EligibilitySettings, InputKey } from '../eligibility/types';
import { t, type Lang, type MessageKey, type Params } from '../i18n/index';
import { USCC_CHARSET, USCC_WEIGHTS } from '../documents/uscc';
import { columnLetters, sheetRef } from './address';
import { sheetName } from './sheet-names';
import { COVER_FACTS, COVER_FIRST_ROW } from './template-layout';
import { BODY_FONT, columnWidth, printOnA4, rowHeightFor } from './template-print';

/*
 * The 自查 sheet: the eligibility questions with data-validated answers and native formulas giving the
 * same verdict as checkEligibility(). Only functions Excel 2010, WPS and LibreOffice all compute:
 * IF, AND, OR, NOT, ISNUMBER, INT, TRIM, ASC, UPPER, SUBSTITUTE, LEN, MID, LEFT, FIND, IFERROR, MOD, MIN,
 * DATE, YEAR, MONTH, DAY, ROUNDUP, COUNTIF, TODAY, DATEVALUE. No DATEDIF / EDATE: "n months later, clamped to the
 * month's end" is MIN(DATE(y,m+n,d), DATE(y,m+n+1,0)), the same rule as core's addMonths().
 *
 * The verdict cell speaks as questionnaireProgress() (core/eligibility/questionnaire.ts) does: no
 * verdict before any answer, a provisional line while conditions are open, the verdict once all are
 * answered. A condition counts as answered when its result is decided or all its questions are given
 * (a hidden 1/0 flag per condition); that restates questionnaireProgress's rule, and the
 * LibreOffice and Gnumeric recalculation tests (test/core/workbook/self-check-*.test.ts) tie the two.
 */

/** Text that must stay text in Excel too (format "@"), whatever it starts with. */
function setTextCell(cell: { value: unknown; numFmt: string }, text: string): void {
  cell.value = text;
  cell.numFmt = '@';
}

export interface SelfCheckSheetOptions {
  lang?: Lang;
  /** Sheet name; default 自查 / Self-check. (Readers look for those two names.) */
  name?: string;
  /** A cell holding the audit / application date (e.g. `封面!B6`), used when the sheet's own check date is blank; TODAY() after that. */
  asOfRef?: string;
  settings?: Partial<EligibilitySettings>;
  /** Prefilled answers (tests, or a copy carrying answers given elsewhere). Dates as 2024-03-15. */
  answers?: EligibilityAnswers;
  /** Prefilled check date (2024-03-15). */
  asOf?: string;
}

export interface SelfCheckSheet {
  sheet: Worksheet;
  /** A1 address of each input's answer cell, the check date, settings and the verdict. */
  cells: Record<InputKey | keyof EligibilitySettings | 'asOf' | 'verdict', string>;
  /** A1 address of each condition's result cell. */
  statusCells: Record<string, string>;
}

/** Widths of the printed columns, id … source. */
const SC_WIDTHS = [5, 13, 32, 13, 11, 12, 32, 22, 9, 30];

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** Hidden column of each condition's "answered" flag (1/0), after the USCC helpers (SC_COL.helpers … +19). */
const ANSWERED_COL = SC_COL.helpers + 20;
/** Placeholder marks while a message is turned into a formula (never in a message). */
const MARK = '\u0001';
/** A count no sheet reaches: t() gives the general (not the "one", "two"…) form for it. */
const GENERAL_COUNT = 987654321;

/**
 * A message as a formula: t()'s words, quoted, with each `{name}` in `exprs` replaced by that formula
 * expression (joined with &). The words come from the message table only; numbers Excel joins as text.
 */
function messageFormula(text: string): (exprs: Record<string, string>) => string {
  return (exprs) =>
    text
      .split(new RegExp(`${MARK}(\\w+)${MARK}`))
      .map((part, i) => (i % 2 ? `(${exprs[part]!})` : part ? q(part) : ''))
      .filter(Boolean)
      .join('&');
}

/**
 * t(lang, key) as a formula whose {count} is the expression `count`, plural forms included: every
 * count 1…max whose words differ from the general form (English "the last one") gets its own IF branch,
 * so the sheet says exactly what t() says for that count. Other params: formula expressions.
 */
function countedFormula(
  lang: Lang,
  key: MessageKey,
  count: string,
  exprs: Record<string, string>,
  fixed: Params,
  max: number,
): string {
  const marks = Object.fromEntries(Object.keys(exprs).map((k) => [k, `${MARK}${k}${MARK}`]));
  const general = t(lang, key, { ...fixed, ...marks, count: GENERAL_COUNT }).replaceAll(
    String(GENERAL_COUNT),
    `${MARK}count${MARK}`,
  );
  let formula = messageFormula(general)({ ...exprs, count });
  for (let n = max; n >= 0; n--) {
    const own = t(lang, key, { ...fixed, ...marks, count: n });
    if (own !== general.replaceAll(`${MARK}count${MARK}`, String(n)))
      formula = `IF(${count}=${n},${messageFormula(own)(exprs)},${formula})`;
  }
  return formula;
}
const A = (col: number, row: number) => `${columnLetters(col - 1)}${row}`;
const ABS = (col: number, row: number) => `$${columnLetters(col - 1)}$${row}`;

/** A JS Date exceljs writes as that calendar day (it converts through UTC). */
function dayToDate(v: unknown): Date | undefined {
  const r = readDay(v);
  return r.ok ? new Date(Date.UTC(r.value.y, r.value.m - 1, r.value.d)) : undefined;
}

function sourceText(c: EligibilityCondition, lang: Lang): string {
  const seed = lang === 'zh-CN' ? '资料：' : 'Seed: ';
  return c.source.refs
    .map((r) => [r.seed ? `${seed}${r.seed}` : '', r.url ?? '', r.note ? `(${r.note})` : ''].filter(Boolean).join(' '))
    .join('\n');
}

export function addSelfCheckSheet(wb: Workbook, options: SelfCheckSheetOptions = {}): SelfCheckSheet {
  const lang = options.lang ?? 'zh-CN';
  const zh = lang === 'zh-CN';
  const m = (key: string, params = {}) => t(lang, `eligibility.${key}`, params);
  const settings = resolveEligibilitySettings(options.settings);
  const ws = wb.addWorksheet(options.name ?? m('sheet.name'), { views: [{ state: 'frozen', ySplit: SC_ROW.header }] });
  const MET = q(m('status.met'));
  const UNMET = q(m('status.unmet'));
  const UNK = q(m('status.unknown'));
  const NA = q(m('status.not-applicable'));
  const YES = m('answer.yes');
  const NO = m('answer.no');
  const NOT_SURE = m('answer.not-sure');
  // Both languages' words count, whatever the sheet language (Excel's = ignores case).
  const isYes = (ref: string) => `OR(TRIM(${ref})="是",TRIM(${ref})="yes")`;
  const isNo = (ref: string) => `OR(TRIM(${ref})="否",TRIM(${ref})="no")`;
  // Given = not blank as questionnaireProgress's blank(): spaces only (also full-width and no-break) are blank.
  const filledIn = (ref: string) => `LEN(TRIM(SUBSTITUTE(SUBSTITUTE(${ref},"\u3000",""),"\u00a0","")))>0`;
  const cells = {} as SelfCheckSheet['cells'];
  const statusCells: Record<string, string> = {};

  // Narrow enough to print one page wide on A4 landscape at ≥ 75 % (body text ≥ 8 pt); text wraps.
  const widths = SC_WIDTHS;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = columnWidth(w)));
  ws.getColumn(SC_COL.key).hidden = true;
  for (let c = SC_COL.helpers; c <= ANSWERED_COL; c++) ws.getColumn(c).hidden = true;

  ws.mergeCells(SC_ROW.title, 1, SC_ROW.title, SC_COL.source);
  ws.getCell(SC_ROW.title, 1).value = m('sheet.title');
  ws.getCell(SC_ROW.title, 1).font = { ...BODY_FONT, bold: true, size: 14 };
  ws.mergeCells(SC_ROW.instructions, 1, SC_ROW.instructions, SC_COL.source);
  ws.getCell(SC_ROW.instructions, 1).value = m('sheet.instructions');
  ws.getCell(SC_ROW.instructions, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(SC_ROW.instructions).height = rowHeightFor([
    { text: m('sheet.instructions'), width: widths.reduce((a, b) => a + b, 0) },
  ]);
  // Row heights are set from the text (programs do not refit a wrapped row when they open a file).
  const fitRow = (r: number, cols: readonly number[], minPt = 0) => {
    for (const col of cols) ws.getCell(r, col).alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(r).height = rowHeightFor(
      cols.map((col) => ({ text: String(ws.getCell(r, col).value ?? ''), width: widths[col - 1]! })),
      Math.max(minPt, 15),
    );
  };
  ws.getCell(SC_ROW.settings, 1).value = m('sheet.settings');
  ws.getCell(SC_ROW.settings, 1).font = { ...BODY_FONT, bold: true };

  const invalid = (error: string) => ({
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: m('sheet.invalid-input-title'),
    error,
    allowBlank: true,
  });
  const inputFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;

  // Check date: the sheet's own cell, else the template's audit date, else today.
  const asOfRow = SC_ROW.asOf;
  ws.getCell(asOfRow, SC_COL.question).value = m('sheet.as-of', {
    fallback: options.asOfRef
      ? m('sheet.as-of-fallback-cell', { cell: options.asOfRef })
      : m('sheet.as-of-fallback-today'),
  });
  const asOfCell = ws.getCell(asOfRow, SC_COL.answer);
  asOfCell.numFmt = 'yyyy-mm-dd';
  asOfCell.fill = inputFill;
  asOfCell.dataValidation = {
    type: 'date',
    operator: 'greaterThan',
    formulae: [new Date(Date.UTC(1900, 0, 1))],
    ...invalid(m('sheet.date-error')),
  };
  if (options.asOf) asOfCell.value = dayToDate(options.asOf) ?? null;
  const D5 = A(SC_COL.answer, asOfRow);
  // The template's date may be a real date or text such as 2025-06-30 (DATEVALUE reads ISO dates everywhere).
  const ref = options.asOfRef;
  const fallback = ref ? `IF(ISNUMBER(${ref}),INT(${ref}),IFERROR(DATEVALUE(TRIM(${ref})),TODAY()))` : 'TODAY()';
  const usedAsOf = ws.getCell(asOfRow, SC_COL.status);
  usedAsOf.value = { formula: `IF(ISNUMBER(${D5}),INT(${D5}),${fallback})` } as never;
  usedAsOf.numFmt = 'yyyy-mm-dd';
  ws.getCell(asOfRow, SC_COL.computed).value = `← ${m('sheet.as-of-used')}`;
  ws.getCell(asOfRow, SC_COL.key).value = SC_KEY_AS_OF;
  fitRow(asOfRow, [SC_COL.question, SC_COL.answer, SC_COL.status, SC_COL.computed]);
  cells.asOf = D5;
  const AS_OF = ABS(SC_COL.status, asOfRow);

  const settingLabel: Record<keyof EligibilitySettings, string> = {
    licenceMinMonths: m('sheet.licence-months'),
    systemMinMonths: m('sheet.system-months'),
    managerRatioPercent: m('sheet.manager-percent'),
  };
  // A blank or non-numeric setting falls back to the default, as readSelfCheck() does.
  const settingRef: Record<string, string> = {};
  for (const key of SETTING_KEYS) {
    const row = SC_ROW[key];
    ws.getCell(row, SC_COL.question).value = settingLabel[key];
    const cell = ws.getCell(row, SC_COL.answer);
    cell.value = settings[key];
    cell.fill = inputFill;
    const max = key === 'managerRatioPercent' ? 100 : 120;
    cell.dataValidation = {
      type: 'whole',
      operator: 'between',
      formulae: [0, max],
      ...invalid(m(key === 'managerRatioPercent' ? 'sheet.percent-error' : 'sheet.months-error')),
    };
    const opts = ELIGIBILITY_THRESHOLD_OPTIONS[key];
    ws.getCell(row, SC_COL.source).value = m('sheet.sources-note', {
      options: opts.map((o) => `${o.value} ${o.url}`).join('；'),
    });
    ws.getCell(row, SC_COL.key).value = key;
    fitRow(row, [SC_COL.question, SC_COL.answer, SC_COL.source]);
    cells[key] = A(SC_COL.answer, row);
    const abs = ABS(SC_COL.answer, row);
    settingRef[key] = `IF(ISNUMBER(${abs}),${abs},${DEFAULT_ELIGIBILITY_SETTINGS[key]})`;
  }

  // Header.
  const headers = [
    'id',
    'condition',
    'question',
    'answer',
    'status',
    'computed',
    'todo',
    'documents',
    'indicators',
    'source',
    'key',
  ] as const;
  headers.forEach((h, i) => {
    const cell = ws.getCell(SC_ROW.header, i + 1);
    cell.value = m(`sheet.col.${h}`);
    cell.font = { ...BODY_FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  fitRow(SC_ROW.header, [SC_COL.id, SC_COL.condition, SC_COL.question, SC_COL.answer, SC_COL.status, SC_COL.computed]);

  const docs = catalogueById();
  const answers = options.answers ?? {};
  let row = SC_ROW.firstInput;
  for (const c of ELIGIBILITY_CONDITIONS) {
    const first = row;
    const rowOf: Partial<Record<InputKey, number>> = {};
    for (const input of c.inputs) {
      rowOf[input.key] = row;
      ws.getCell(row, SC_COL.question).value = zh ? input.label.zh : input.label.en;
      if (input.help) ws.getCell(row, SC_COL.question).note = zh ? input.help.zh : input.help.en;
      ws.getCell(row, SC_COL.question).alignment = { wrapText: true, vertical: 'top' };
      ws.getCell(row, SC_COL.key).value = input.key;
      const cell = ws.getCell(row, SC_COL.answer);
      cell.fill = inputFill;
      const given = answers[input.key];
      if (input.kind === 'choice') {
        cell.dataValidation = {
          type: 'list',
          formulae: [q([YES, NO, NOT_SURE].join(','))],
          ...invalid(m('sheet.choice-error')),
        };
        cell.numFmt = '@'; // answers are words; text format keeps a pasted "=…" from ever becoming a formula
        if (given !== undefined && given !== null) cell.value = String(given);
      } else if (input.kind === 'date') {
        cell.numFmt = 'yyyy-mm-dd';
        cell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          formulae: [new Date(Date.UTC(1900, 0, 1))],
          ...invalid(m('sheet.date-error')),
        };
        if (given !== undefined && given !== null) {
          const day = dayToDate(given);
          if (day) cell.value = day;
          else setTextCell(cell, String(given)); // an unreadable date stays visible as the text it was
        }
      } else if (input.kind === 'count') {
        cell.dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          formulae: [0],
          ...invalid(m('sheet.count-error')),
        };
        if (given !== undefined && given !== null && given !== '') {
          if (typeof given === 'number') cell.value = given;
          else setTextCell(cell, String(given));
        }
      } else {
        cell.numFmt = '@'; // an 18-character code must never become a number
        cell.dataValidation = {
          type: 'textLength',
          operator: 'equal',
          formulae: [18],
          ...invalid(m('sheet.uscc-error')),
          errorStyle: 'warning',
        };
        if (given !== undefined && given !== null) cell.value = String(given);
      }
      cells[input.key] = A(SC_COL.answer, row);
      row++;
    }
    const last = row - 1;
    const D = (key: InputKey) => A(SC_COL.answer, rowOf[key]!);
    ws.getCell(first, SC_COL.id).value = c.id;
    ws.getCell(first, SC_COL.condition).value = zh ? c.title.zh : c.title.en;
    ws.getCell(first, SC_COL.todo).value = zh ? c.todo.zh : c.todo.en;
    ws.getCell(first, SC_COL.documents).value = c.documents
      .map((d) => `${d} ${zh ? (docs.get(d)?.name.zh ?? '') : (docs.get(d)?.name.en ?? '')}`.trim())
      .join('\n');
    ws.getCell(first, SC_COL.indicators).value = c.indicators.join(', ');
    ws.getCell(first, SC_COL.source).value = sourceText(c, lang);
    const blockCols = [SC_COL.condition, SC_COL.todo, SC_COL.documents, SC_COL.indicators, SC_COL.source];
    for (const col of blockCols) ws.getCell(first, col).alignment = { wrapText: true, vertical: 'top' };
    // The merged cells of a condition share its rows' height; each row also shows its own question.
    const blockPt = rowHeightFor(
      blockCols.map((col) => ({ text: String(ws.getCell(first, col).value ?? ''), width: widths[col - 1]! })),
    );
    for (let r = first; r <= last; r++) {
      const own = rowHeightFor([
        { text: String(ws.getCell(r, SC_COL.question).value ?? ''), width: widths[SC_COL.question - 1]! },
      ]);
      ws.getRow(r).height = Math.max(own, Math.ceil(blockPt / (last - first + 1)), 20);
    }

    let formula: string;
    if (c.id === 'E1') {
      const r = rowOf.uscc!;
      const h = (i: number) => A(SC_COL.helpers + i, r);
      const code = h(0);
      // ASC: full-width → half-width, as core's NFKC does (Excel applies it when a CJK editing language is on; otherwise a no-op).
      ws.getCell(code).value = {
        formula: `UPPER(SUBSTITUTE(SUBSTITUTE(ASC(TRIM(${D('uscc')}))," ",""),"\u3000",""))`,
      } as never;
      // Value of each of the first 17 characters in the code's alphabet; -1 when not in it.
      for (let i = 1; i <= 17; i++)
        ws.getCell(h(i)).value = { formula: `IFERROR(FIND(MID(${code},${i},1),${q(USCC_CHARSET)})-1,-1)` } as never;
      const weighted = USCC_WEIGHTS.map((w, i) => `${h(i + 1)}*${w}`).join('+');
      ws.getCell(h(18)).value = { formula: `MID(${q(USCC_CHARSET)},MOD(31-MOD(${weighted},31),31)+1,1)` } as never;
      const charsOk = Array.from({ length: 17 }, (_, i) => `${h(i + 1)}>=0`).join(',');
      const regionOk = [3, 4, 5, 6, 7, 8].map((p) => `ISNUMBER(FIND(MID(${code},${p},1),"0123456789"))`).join(',');
      ws.getCell(h(19)).value = {
        formula: `AND(LEN(${code})=18,${charsOk},ISNUMBER(FIND(LEFT(${code},1),"123456789ABCDEFGNY")),${regionOk},MID(${code},18,1)=${h(18)})`,
      } as never;
      const valid = h(19);
      ws.getCell(r, SC_COL.computed).value = {
        formula: `IF(${code}="","",IF(${valid},${q(m('sheet.uscc-ok'))},${q(m('sheet.uscc-bad'))}))`,
      } as never;
      formula = `IF(${isNo(D('E1'))},${UNMET},IF(${code}<>"",IF(NOT(${valid}),${UNMET},IF(${isYes(D('E1'))},${MET},${UNK})),${UNK}))`;
    } else if (c.id === 'E2' || c.id === 'E3') {
      const key = c.id === 'E2' ? 'licenceDate' : 'systemStartDate';
      const n = settingRef[c.id === 'E2' ? 'licenceMinMonths' : 'systemMinMonths'];
      const d = D(key);
      const due = `MIN(DATE(YEAR(${d}),MONTH(${d})+${n},DAY(${d})),DATE(YEAR(${d}),MONTH(${d})+${n}+1,0))`;
      formula = `IF(NOT(ISNUMBER(${d})),${UNK},IF(INT(${d})>${AS_OF},${UNK},IF(${due}<=${AS_OF},${MET},${UNMET})))`;
      const dueCell = ws.getCell(rowOf[key]!, SC_COL.computed);
      dueCell.value = { formula: `IF(ISNUMBER(${d}),${due},"")` } as never;
      dueCell.numFmt = 'yyyy-mm-dd';
      dueCell.note = m('sheet.due');
    } else if (c.id === 'E6') {
      const mgr = D('certifiedManagers');
      const staff = D('serviceManagementStaff');
      const pct = settingRef.managerRatioPercent;
      formula =
        `IF(OR(NOT(ISNUMBER(${mgr})),NOT(ISNUMBER(${staff}))),${UNK},` +
        `IF(OR(${mgr}<0,${staff}<0,${mgr}<>INT(${mgr}),${staff}<>INT(${staff})),${UNK},` +
        `IF(${mgr}>${staff},${UNK},IF(${staff}=0,${UNMET},IF(${mgr}*100>=${staff}*${pct},${MET},${UNMET})))))`;
      const need = ws.getCell(rowOf.serviceManagementStaff!, SC_COL.computed);
      need.value = { formula: `IF(ISNUMBER(${staff}),ROUNDUP(${staff}*${pct}/100,0),"")` } as never;
      need.note = m('sheet.needed');
    } else if (c.id === 'E15') {
      const out = D('outsourcing');
      const ctl = D('E15');
      formula = `IF(${isNo(out)},${NA},IF(${isYes(ctl)},${MET},IF(${isYes(out)},IF(${isNo(ctl)},${UNMET},${UNK}),${UNK})))`;
    } else {
      const d = D(c.id);
      formula = `IF(${isYes(d)},${MET},IF(${isNo(d)},${UNMET},${UNK}))`;
    }
    const status = ws.getCell(first, SC_COL.status);
    status.value = { formula } as never;
    status.font = { ...BODY_FONT, bold: true };
    status.alignment = { vertical: 'top' };
    ws.getCell(first, SC_COL.id).alignment = { vertical: 'top' };
    statusCells[c.id] = A(SC_COL.status, first);
    // Answered: decided on what was given, or every question of the condition answered (questionnaireProgress).
    ws.getCell(first, ANSWERED_COL).value = {
      formula: `IF(OR(${statusCells[c.id]}<>${UNK},AND(${c.inputs.map((i) => filledIn(D(i.key))).join(',')})),1,0)`,
    } as never;
    if (last > first) {
      for (const col of [
        SC_COL.id,
        SC_COL.condition,
        SC_COL.status,
        SC_COL.todo,
        SC_COL.documents,
        SC_COL.indicators,
        SC_COL.source,
      ])
        ws.mergeCells(first, col, last, col);
    }
  }
  const lastRow = row - 1;

  // Verdict, in questionnaireProgress's words for the stage: nothing answered → no verdict; some → how far,
  // and the unmet so far; all → the verdict (any unmet → not yet; else any unsure → not sure; else ready).
  const total = ELIGIBILITY_CONDITIONS.length;
  const range = `${ABS(SC_COL.status, SC_ROW.firstInput)}:${ABS(SC_COL.status, lastRow)}`;
  const flags = `${ABS(ANSWERED_COL, SC_ROW.firstInput)}:${ABS(ANSWERED_COL, lastRow)}`;
  const answeredCell = ws.getCell(SC_ROW.verdict, SC_COL.helpers);
  answeredCell.value = { formula: `COUNTIF(${flags},1)` } as never;
  const unmetCell = ws.getCell(SC_ROW.verdict, SC_COL.helpers + 1);
  unmetCell.value = { formula: `COUNTIF(${range},${UNMET})` } as never;
  const answered = ABS(SC_COL.helpers, SC_ROW.verdict);
  const unmet = ABS(SC_COL.helpers + 1, SC_ROW.verdict);
  const some = {
    unmet: countedFormula(lang, 'eligibility.progress.not-yet-open', unmet, { answered }, { total }, total),
    open: countedFormula(lang, 'eligibility.progress.open', `${total}-${answered}`, { answered }, { total }, total),
  };
  const verdictWords = (v: string) => q(m(`verdict.${v}`));
  ws.getCell(SC_ROW.verdict, SC_COL.question).value = m('sheet.verdict');
  ws.getCell(SC_ROW.verdict, SC_COL.question).font = { ...BODY_FONT, bold: true, size: 12 };
  ws.getCell(SC_ROW.verdict, SC_COL.question).alignment = { vertical: 'top' };
  const verdict = ws.getCell(SC_ROW.verdict, SC_COL.answer);
  verdict.value = {
    formula:
      `IF(${answered}=0,${q(m('progress.none', { total }))},` +
      `IF(${answered}<${total},IF(${unmet}>0,${some.unmet},${some.open}),` +
      `IF(${unmet}>0,${verdictWords('not-yet')},IF(COUNTIF(${range},${UNK})>0,${verdictWords('not-sure')},${verdictWords('ready')}))))`,
  } as never;
  verdict.font = { ...BODY_FONT, bold: true, size: 12 };
  verdict.alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(SC_ROW.verdict, SC_COL.answer, SC_ROW.verdict, SC_COL.source);
  // The row is as high as the longest words the cell can show (a program does not refit it).
  const verdictWidth = widths.slice(SC_COL.answer - 1, SC_COL.source).reduce((a, b) => a + b, 0);
  const longest = [
    m('progress.none', { total }),
    m('progress.open', { total, answered: total - 1, count: total - 1 }),
    m('progress.not-yet-open', { total, answered: total - 1, count: total - 1 }),
  ];
  ws.getRow(SC_ROW.verdict).height = rowHeightFor(
    longest.map((text) => ({ text, width: verdictWidth, fontSize: 12 })),
    20,
  );
  // The empty rows around the settings only separate: thin, so the verdict's own height costs no printed page.
  for (const r of [SC_ROW.settings - 1, SC_ROW.verdict - 1]) ws.getRow(r).height = 8;
  // Progress and counts under it: conditions answered (as the popup and `readiness` count), then results.
  const countsRow = SC_ROW.verdict + 1;
  ws.mergeCells(countsRow, SC_COL.answer, countsRow, SC_COL.source);
  const progress = messageFormula(t(lang, 'eligibility.progress', { answered: `${MARK}answered${MARK}`, total }))({
    answered,
  });
  ws.getCell(countsRow, SC_COL.answer).value = {
    formula: `${progress}&${q(' · ' + m('sheet.counts') + ' ')}&${unmet}&${q(' · ' + m('sheet.count-unknown') + ' ')}&COUNTIF(${range},${UNK})&${q(' · ' + m('sheet.count-met') + ' ')}&COUNTIF(${range},${MET})`,
  } as never;
  ws.getCell(SC_ROW.verdict, SC_COL.key).value = SC_KEY_VERDICT;
  cells.verdict = A(SC_COL.answer, SC_ROW.verdict);
  // The verdict's colour: red while anything answered is unmet, green when ready, yellow when unsure; none before.
  const fill = (argb: string) => ({ fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } });
  ws.addConditionalFormatting({
    ref: A(SC_COL.answer, SC_ROW.verdict),
    rules: [
      { type: 'expression', priority: 1, formulae: [`${unmet}>0`], style: fill('FFF8CBAD') },
      { type: 'cellIs', operator: 'equal', priority: 2, formulae: [verdictWords('ready')], style: fill('FFC6EFCE') },
      { type: 'cellIs', operator: 'equal', priority: 3, formulae: [verdictWords('not-sure')], style: fill('FFFFE699') },
    ],
  });

  // Colour the results so gaps stand out (display only; the text is what counts).
  const colour = (text: string, argb: string) => ({
    type: 'cellIs' as const,
    operator: 'equal' as const,
    formulae: [q(text)],
    priority: 1,
    style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } },
  });
  ws.addConditionalFormatting({
    ref: `${A(SC_COL.status, SC_ROW.firstInput)}:${A(SC_COL.status, lastRow)}`,
    rules: [
      colour(m('status.unmet'), 'FFF8CBAD'),
      colour(m('status.met'), 'FFC6EFCE'),
      // Not sure only once answered: an unanswered condition is not a gap (as in the popup), so it stays plain.
      {
        type: 'expression' as const,
        priority: 1,
        formulae: [
          `AND(${A(SC_COL.status, SC_ROW.firstInput)}=${UNK},${columnLetters(ANSWERED_COL - 1)}${SC_ROW.firstInput}=1)`,
        ],
        style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FFFFE699' } } },
      },
    ],
  });
  printOnA4(ws, lang, {
    titleRows: `${SC_ROW.header}:${SC_ROW.header}`,
    landscape: true,
    widths,
    area: `A1:${A(SC_COL.source, lastRow)}`,
  });
  return { sheet: ws, cells, statusCells };
}

/** The 封面 cell holding the audit / application date in our template (label in A, value in B). */
export function coverDateRef(lang: Lang): string {
  return sheetRef(sheetName('cover', lang), `B${COVER_FIRST_ROW + COVER_FACTS.indexOf('date')}`);
}

/** For writeTemplate's `extraSheets`: adds the 自查 sheet, its check date falling back to the 封面 date, then today. */
export function selfCheckExtraSheet(wb: Workbook, lang: Lang): void {
  addSelfCheckSheet(wb, { lang, asOfRef: coverDateRef(lang) });
}
