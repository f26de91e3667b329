import ExcelJS from 'exceljs';
import { t, type Lang } from '../i18n/index';
import type { Scheme } from '../scheme/schema';
import { ENGINE, score } from '../scoring/score';
import type { AuditResult, IndicatorResponse, ItemStatus, SpecialItem } from '../scoring/types';
import { columnLetters, sheetRef } from './address';
import { sheetName } from './sheet-names';
import * as F from './template-formulas';
import {
  COL,
  COVER_FACTS,
  COVER_FIRST_ROW,
  ITEM_COLUMNS,
  ITEMS_FIRST_ROW,
  ITEMS_HEADER_ROW,
  PARAM_ROWS,
  SPECIAL_FIRST_ROW,
  SPECIAL_HEADER_ROW,
  SPECIAL_MIN_ROWS,
  HELPER_COLUMNS,
  words,
  type ItemColumn,
} from './template-layout';
import { responseCells } from './template-values';
import { isReviewMark, readApplicable, readNumber } from '../scoring/read-value';
import { conformWord } from '../vocabulary/index';
import { SHOWN_FORMAT, shownPercent } from '../scoring/display-number';
import { BODY_FONT, columnWidth, printOnA4, rowHeightFor, textUnits } from './template-print';
import { selfCheckExtraSheet } from './self-check-sheet';
import type { AuditFacts, Cell } from './types';

export interface TemplateOptions {
  /** zh-CN by default. */
  lang?: Lang;
  facts?: AuditFacts;
  responses?: readonly IndicatorResponse[];
  specialDeductions?: readonly SpecialItem[];
  bonuses?: readonly SpecialItem[];
  /** Include the 自查 (eligibility self-check) sheet; default true. */
  selfCheck?: boolean;
  /** Adds sheets after ours, before the file is written. */
  extraSheets?: (wb: ExcelJS.Workbook, lang: Lang) => void | Promise<void>;
  /** Write score()'s results beside the formulas so readers without a calculation engine see values (default true). */
  cachedResults?: boolean;
}

const FILL = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const INPUT_FILL = FILL('FFFFF9DB');
const HEADER_FILL = FILL('FFDCE6F1');
const HELPER_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', color: { argb: 'FF808080' }, size: 9 };
const ERROR_FILL = FILL('FFFFC7CE');
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };
const PROTECT: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  sort: false,
  autoFilter: true,
};

/** A plain string stored as text, never a formula, whatever it starts with ("=1+1" stays "=1+1"). */
function setText(cell: ExcelJS.Cell, s: string): void {
  cell.value = s;
  cell.numFmt = '@';
}

function setCell(cell: ExcelJS.Cell, v: Cell): void {
  if (v === null || v === '') return;
  if (typeof v === 'string') setText(cell, v);
  else cell.value = v;
}

function formula(cell: ExcelJS.Cell, f: string, result: number | string | null | undefined, cached: boolean): void {
  cell.value =
    cached && result !== undefined && result !== null
      ? ({ formula: f, result } as ExcelJS.CellFormulaValue)
      : ({ formula: f } as ExcelJS.CellFormulaValue);
}

function statusText(lang: Lang, s: ItemStatus | 'error'): string {
  return s === 'error' ? t(lang, 'workbook.status.error') : t(lang, `status.${s}`);
}

/**
 * Build our audit workbook for any scheme: 封面, 评分表, 特别项, 汇总 and a locked 参数 sheet. Native
 * formulas compute the score exactly as score() does; given answers are filled in, and score()'s
 * results are cached beside the formulas.
 */
export async function buildTemplate(scheme: Scheme, options: TemplateOptions = {}): Promise<ExcelJS.Workbook> {
  const lang: Lang = options.lang ?? 'zh-CN';
  const cached = options.cachedResults ?? true;
  const w = words(lang);
  const names = {
    cover: sheetName('cover', lang),
    items: sheetName('items', lang),
    special: sheetName('special', lang),
    summary: sheetName('summary', lang),
    params: sheetName('params', lang),
  };
  const ref = (n: string) => sheetRef(n, 'A1').slice(0, -2);
  F.useSheetRefs({
    params: ref(names.params),
    items: ref(names.items),
    special: ref(names.special),
    cover: ref(names.cover),
  });

  const specialDeductions = options.specialDeductions ?? [];
  const bonuses = options.bonuses ?? [];
  const months = options.facts?.monthsAtCompliantLevel;
  const result: AuditResult = score(
    scheme,
    {
      responses: options.responses ?? [],
      specialDeductions,
      bonuses,
      ...(months !== undefined ? { monthsAtCompliantLevel: months } : {}),
    },
    { lang },
  );

  const wb = new ExcelJS.Workbook();
  wb.creator = `${ENGINE.name} ${ENGINE.version}`;
  wb.title = t(lang, 'workbook.tpl.items.title', { scheme: scheme.name[lang === 'en' ? 'en' : 'zh'] });
  // Ask every spreadsheet program to recalculate on open, so the cached values never go stale.
  wb.calcProperties = { fullCalcOnLoad: true };

  const cover = wb.addWorksheet(names.cover);
  const items = wb.addWorksheet(names.items);
  const special = wb.addWorksheet(names.special);
  const summary = wb.addWorksheet(names.summary);
  const params = wb.addWorksheet(names.params);

  const monthsCell = `${ref(names.cover)}$B$${COVER_FIRST_ROW + COVER_FACTS.indexOf('monthsAtCompliantLevel')}`;
  writeParams(params, scheme, lang);
  writeCover(cover, scheme, lang, options.facts ?? {});
  const last = writeItems(items, scheme, lang, options.responses ?? [], result, cached);
  const specialLast = writeSpecial(special, scheme, lang, specialDeductions, bonuses);
  writeSummary(summary, scheme, lang, result, cached, { first: ITEMS_FIRST_ROW, last, specialLast, monthsCell });

  for (const ws of [cover, items, special, summary, params]) await ws.protect('', PROTECT);
  if (options.selfCheck ?? true) selfCheckExtraSheet(wb, lang);
  if (options.extraSheets) await options.extraSheets(wb, lang);
  void w;
  return wb;
}

/** writeTemplate(scheme, options) → the .xlsx bytes. */
export async function writeTemplate(scheme: Scheme, options: TemplateOptions = {}): Promise<Uint8Array> {
  const wb = await buildTemplate(scheme, options);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Title (row 1) and hint (row 2) across the printed columns; the hint's row as high as its wrapped text. */
function title(ws: ExcelJS.Worksheet, text: string, hint: string, widths: readonly number[]): void {
  const lastCol = columnLetters(widths.length - 1);
  ws.mergeCells(`A1:${lastCol}1`);
  setText(ws.getCell('A1'), text);
  ws.getCell('A1').font = { ...BODY_FONT, bold: true, size: 14 };
  ws.getCell('A1').alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(1).height = rowHeightFor([{ text, width: widths.reduce((a, b) => a + b, 0), fontSize: 14 }], 22);
  ws.mergeCells(`A2:${lastCol}2`);
  setText(ws.getCell('A2'), hint);
  ws.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = rowHeightFor([{ text: hint, width: widths.reduce((a, b) => a + b, 0) }]);
}

function header(ws: ExcelJS.Worksheet, row: number, labels: string[]): void {
  labels.forEach((l, i) => {
    const c = ws.getRow(row).getCell(i + 1);
    setText(c, l);
    c.font = { ...BODY_FONT, bold: true };
    c.fill = HEADER_FILL;
    c.border = BORDER;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
}

function print(
  ws: ExcelJS.Worksheet,
  lang: Lang,
  o: { titleRow?: number; landscape: boolean; widths: readonly number[]; area?: string },
): void {
  printOnA4(ws, lang, { ...o, ...(o.titleRow ? { titleRows: `${o.titleRow}:${o.titleRow}` } : {}) });
}

function writeParams(ws: ExcelJS.Worksheet, scheme: Scheme, lang: Lang): void {
  const r = scheme.rules;
  const tt = (k: string) => t(lang, `workbook.tpl.params.${k}`);
  setText(ws.getCell('A1'), tt('title'));
  ws.getCell('A1').font = { ...BODY_FONT, bold: true };
  const rows: [keyof typeof PARAM_ROWS, string | number][] = [
    ['schemeId', scheme.id],
    ['schemeVersion', scheme.version],
    ['engine', `${ENGINE.name} ${ENGINE.version}`],
    ['deductionPoints', r.specialDeduction.points],
    ['bonusPoints', r.bonus.points],
    ['bonusMaxCounted', r.bonus.maxCounted],
    ['vetoAt', r.veto.specialDeductionsAtOrAbove],
    ['decimals', r.rounding.decimals],
    ['adjustmentsApplyTo', r.adjustmentsApplyTo],
    ['cap', r.cap],
    ['starsRequireYear', r.starsRequireYearAtCompliant ? 1 : 0],
    ['deductionLabel', t(lang, 'workbook.tpl.special.deduction')],
    ['bonusLabel', t(lang, 'workbook.tpl.special.bonus')],
    ['failName', t(lang, 'level.fail')],
    ['compliantName', t(lang, 'level.compliant')],
  ];
  for (const [k, v] of rows) {
    setText(ws.getCell(`A${PARAM_ROWS[k]}`), tt(k));
    if (typeof v === 'string') setText(ws.getCell(`B${PARAM_ROWS[k]}`), v);
    else ws.getCell(`B${PARAM_ROWS[k]}`).value = v;
  }
  header(ws, PARAM_ROWS.levelsHeader, [tt('levelId'), tt('levelName'), tt('levelMin')]);
  r.levels.forEach((l, i) => {
    const row = PARAM_ROWS.levelsFirst + i;
    setText(ws.getCell(`A${row}`), l.id);
    setText(ws.getCell(`B${row}`), lang === 'en' ? l.name.en : l.name.zh);
    ws.getCell(`C${row}`).value = l.min;
  });
  ws.columns = [{ width: 44 }, { width: 24 }, { width: 14 }];
  // Never printed: programs skip hidden sheets when printing or exporting a PDF. Still A4 for anyone who unhides it.
  ws.state = 'hidden';
  print(ws, lang, { landscape: false, widths: [44, 24, 14] });
}

function writeCover(ws: ExcelJS.Worksheet, scheme: Scheme, lang: Lang, facts: AuditFacts): void {
  const schemeName = lang === 'en' ? scheme.name.en : scheme.name.zh;
  const widths = [22, 60];
  title(ws, t(lang, 'workbook.tpl.cover.title', { scheme: schemeName }), t(lang, 'workbook.tpl.cover.hint'), widths);
  COVER_FACTS.forEach((k, i) => {
    const row = COVER_FIRST_ROW + i;
    // Room to write by hand on a printed cover.
    ws.getRow(row).height = 26;
    ws.getCell(`A${row}`).alignment = { vertical: 'middle', wrapText: true };
    ws.getCell(`B${row}`).alignment = { vertical: 'middle', wrapText: true };
    setText(ws.getCell(`A${row}`), t(lang, `workbook.tpl.fact.${k}`));
    ws.getCell(`A${row}`).font = { ...BODY_FONT, bold: true };
    const c = ws.getCell(`B${row}`);
    const v = facts[k] ?? (k === 'standard' ? schemeName : undefined);
    if (typeof v === 'number') c.value = v;
    else if (v !== undefined) setText(c, String(v));
    else if (k !== 'monthsAtCompliantLevel') c.numFmt = '@';
    c.protection = UNLOCKED;
    c.fill = INPUT_FILL;
    c.border = BORDER;
  });
  const row = COVER_FIRST_ROW + COVER_FACTS.length + 1;
  setText(ws.getCell(`A${row}`), t(lang, 'workbook.tpl.scheme'));
  setText(ws.getCell(`B${row}`), `${scheme.id} ${scheme.version}`);
  const months = ws.getCell(`B${COVER_FIRST_ROW + COVER_FACTS.indexOf('monthsAtCompliantLevel')}`);
  months.dataValidation = {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: t(lang, 'workbook.tpl.validation.title'),
    error: t(lang, 'workbook.tpl.validation.samples'),
  };
  ws.columns = widths.map((w) => ({ width: columnWidth(w) }));
  print(ws, lang, { landscape: false, widths });
}

/** Least widths; a header's longest word widens its column (headers wrap between words only). */
const ITEM_WIDTHS: Record<ItemColumn, number> = {
  id: 8,
  category: 10,
  name: 16,
  criteria: 36,
  kind: 7,
  max: 6,
  applicable: 7,
  samples: 7,
  nonconforming: 7,
  score: 7,
  computed: 7,
  notes: 20,
  status: 7,
  countedMax: 8,
  applicableMax: 8,
  error: 7,
  categoryId: 8,
  countedPoints: 8,
  scoreNumber: 8,
  samplesNumber: 8,
  nonconformingNumber: 8,
  applicableWord: 8,
  scoreWord: 8,
};
/** Printed 评分表 rows are at least this high (points): room to write notes by hand. */
const ITEM_ROW_MIN_PT = 36;

function itemWidths(lang: Lang, scheme: Scheme): Record<ItemColumn, number> {
  const out = { ...ITEM_WIDTHS };
  // Latin words wrap whole: a column is at least as wide as its header's longest word (bold: about 10 %
  // wider) and as the longest word of its words (评分方式, 状态). CJK text wraps anywhere.
  const longestWord = (s: string) =>
    Math.max(0, ...s.split(/[\s/]+/).map((w) => (/[a-z]/i.test(w) ? textUnits(w) : 0)));
  const atLeast = (c: ItemColumn, units: number) => (out[c] = Math.max(out[c], Math.ceil(units + 1)));
  for (const c of ITEM_COLUMNS) atLeast(c, longestWord(t(lang, `workbook.tpl.col.${c}`)) * 1.1);
  for (const item of scheme.items) atLeast('kind', longestWord(words(lang).kind(item.kind)));
  for (const s of ['not-applicable', 'review', 'unscored', 'conform', 'nonconform'] as const)
    atLeast('status', longestWord(statusText(lang, s)));
  atLeast('status', longestWord(statusText(lang, 'error')));
  // 得分 of a yes/no item holds 符合 / 不符合 (Conform / Nonconform) from a drop-down list: not wrapped.
  for (const word of [words(lang).conform, words(lang).nonconform]) atLeast('score', textUnits(word));
  return out;
}

function writeItems(
  ws: ExcelJS.Worksheet,
  scheme: Scheme,
  lang: Lang,
  responses: readonly IndicatorResponse[],
  result: AuditResult,
  cached: boolean,
): number {
  const w = words(lang);
  const L = lang === 'en' ? 'en' : 'zh';
  const widths = itemWidths(lang, scheme);
  // Printed: every column up to 状态; the helper columns after it are hidden and outside the print area.
  const printed = ITEM_COLUMNS.filter((c) => !HELPER_COLUMNS.includes(c));
  const printedWidths = printed.map((c) => widths[c]);
  title(
    ws,
    t(lang, 'workbook.tpl.items.title', { scheme: scheme.name[L] }),
    t(lang, 'workbook.tpl.items.hint'),
    printedWidths,
  );
  const headers = ITEM_COLUMNS.map((c) => t(lang, `workbook.tpl.col.${c}`));
  header(ws, ITEMS_HEADER_ROW, headers);
  ws.getRow(ITEMS_HEADER_ROW).height = rowHeightFor(
    printed.map((c) => ({ text: headers[ITEM_COLUMNS.indexOf(c)]!, width: widths[c] / 1.1 })),
  );
  const byId = new Map<string, IndicatorResponse>();
  for (const r of responses) if (!byId.has(r.id)) byId.set(r.id, r);
  const invalid = new Set(
    result.issues.filter((i) => i.severity === 'error' && i.indicatorId).map((i) => i.indicatorId!),
  );
  const statusWords = {
    na: statusText(lang, 'not-applicable'),
    error: statusText(lang, 'error'),
    review: statusText(lang, 'review'),
    unscored: statusText(lang, 'unscored'),
    conform: statusText(lang, 'conform'),
    nonconform: statusText(lang, 'nonconform'),
  };
  const v = { title: t(lang, 'workbook.tpl.validation.title'), list: t(lang, 'workbook.tpl.validation.list') };

  scheme.items.forEach((item, i) => {
    const r = ITEMS_FIRST_ROW + i;
    const row = ws.getRow(r);
    const cell = (c: ItemColumn) => row.getCell(ITEM_COLUMNS.indexOf(c) + 1);
    const cat = scheme.byId.get(item.categoryId)!;
    const res = result.items[i]!;
    setText(cell('id'), item.id);
    setText(cell('category'), `${cat.id} ${cat.name[L]}`);
    setText(cell('name'), item.name[L]);
    setText(cell('criteria'), item.criteria?.[L] ?? '');
    setText(cell('kind'), w.kind(item.kind));
    cell('max').value = item.max;
    setText(cell('categoryId'), item.categoryId);

    const given = responseCells(item, byId.get(item.id), lang);
    setCell(cell('applicable'), given.applicable);
    setCell(cell('score'), given.score);
    setCell(cell('notes'), given.notes);
    if (item.kind === 'sampled') {
      setCell(cell('samples'), given.samples);
      setCell(cell('nonconforming'), given.nonconforming);
    }

    const isInvalid = invalid.has(item.id);
    formula(cell('error'), F.errorFormula(item.kind, r), isInvalid ? 1 : 0, cached);
    formula(cell('computed'), F.computedFormula(item.kind, r), res.earned ?? '', cached);
    formula(
      cell('status'),
      F.statusFormula(r, statusWords),
      isInvalid ? statusWords.error : statusText(lang, res.status),
      cached,
    );
    formula(cell('countedMax'), F.countedMaxFormula(r), res.earned !== null ? item.max : 0, cached);
    formula(cell('applicableMax'), F.applicableMaxFormula(r), res.applicable ? item.max : 0, cached);
    formula(cell('countedPoints'), F.countedPointsFormula(r), res.earned ?? 0, cached);
    // The numbers the inputs hold (a number typed as text counts, as in score()); formulas read these.
    const numberCell = (target: ItemColumn, input: ItemColumn, given: Cell) => {
      const n = readNumber(given);
      formula(cell(target), F.numberOf(`$${COL[input]}${r}`), n.kind === 'ok' ? n.value : '', cached);
    };
    // The words the inputs hold, as core/vocabulary reads them.
    const app = readApplicable(given.applicable);
    formula(
      cell('applicableWord'),
      F.applicableWordFormula(r),
      app.kind === 'ok' ? (app.value ? 'yes' : 'no') : app.kind === 'bad' ? 'bad' : '',
      cached,
    );
    const word = isReviewMark(given.score) ? 'review' : conformWord(given.score);
    formula(
      cell('scoreWord'),
      F.scoreWordFormula(r),
      word === 'review' ? 'review' : word === true ? 'conform' : word === false ? 'nonconform' : '',
      cached,
    );
    numberCell('scoreNumber', 'score', given.score);
    if (item.kind === 'sampled') {
      numberCell('samplesNumber', 'samples', given.samples);
      numberCell('nonconformingNumber', 'nonconforming', given.nonconforming);
    }

    // Inputs: unlocked, tinted, validated. Sampling cells only on sampled items.
    const inputs: ItemColumn[] =
      item.kind === 'sampled'
        ? ['applicable', 'samples', 'nonconforming', 'score', 'notes']
        : ['applicable', 'score', 'notes'];
    for (const c of inputs) {
      cell(c).protection = UNLOCKED;
      cell(c).fill = INPUT_FILL;
    }
    cell('applicable').dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${w.yes},${w.no}"`],
      showErrorMessage: true,
      errorTitle: v.title,
      error: v.list,
    };
    cell('score').dataValidation =
      item.kind === 'binary'
        ? {
            type: 'list',
            allowBlank: true,
            formulae: [`"${w.conform},${w.nonconform}"`],
            showErrorMessage: true,
            errorTitle: v.title,
            error: v.list,
          }
        : {
            type: 'decimal',
            operator: 'between',
            allowBlank: true,
            formulae: [0, item.max],
            showErrorMessage: true,
            errorTitle: v.title,
            error: t(lang, 'workbook.tpl.validation.points', { max: item.max }),
          };
    if (item.kind === 'sampled') {
      cell('samples').dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [1],
        showErrorMessage: true,
        errorTitle: v.title,
        error: t(lang, 'workbook.tpl.validation.samples'),
      };
      cell('nonconforming').dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        errorTitle: v.title,
        error: t(lang, 'workbook.tpl.validation.nonconforming'),
      };
    }
    for (const c of ITEM_COLUMNS) {
      cell(c).border = BORDER;
      cell(c).alignment = {
        wrapText: c === 'criteria' || c === 'name' || c === 'notes' || c === 'category' || c === 'kind',
        vertical: 'top',
      };
      if (HELPER_COLUMNS.includes(c)) cell(c).font = HELPER_FONT;
    }
    cell('computed').numFmt = SHOWN_FORMAT.points;
    // As high as the longest wrapped text (评价要求 most often), and room for handwritten notes.
    row.height = rowHeightFor(
      (['category', 'name', 'criteria', 'kind', 'notes'] as const).map((c) => ({
        text: String(cell(c).value ?? ''),
        width: widths[c],
      })),
      ITEM_ROW_MIN_PT,
    );
  });
  const last = ITEMS_FIRST_ROW + scheme.items.length - 1;
  // Problems light up on the input cells: text in a number cell, above max, k > n, an unknown word.
  ws.addConditionalFormatting({
    ref: `${COL.applicable}${ITEMS_FIRST_ROW}:${COL.score}${last}`,
    rules: [
      { type: 'expression', priority: 1, formulae: [`$${COL.error}${ITEMS_FIRST_ROW}=1`], style: { fill: ERROR_FILL } },
    ],
  });
  ws.addConditionalFormatting({
    ref: `${COL.status}${ITEMS_FIRST_ROW}:${COL.status}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 2,
        formulae: [`$${COL.error}${ITEMS_FIRST_ROW}=1`],
        style: { fill: ERROR_FILL, font: { bold: true } },
      },
    ],
  });
  ws.columns = ITEM_COLUMNS.map((c) => ({
    width: columnWidth(widths[c]),
    ...(HELPER_COLUMNS.includes(c) ? { hidden: true } : {}),
  }));
  ws.views = [
    {
      state: 'frozen',
      xSplit: 3,
      ySplit: ITEMS_HEADER_ROW,
      topLeftCell: `D${ITEMS_FIRST_ROW}`,
      activeCell: `${COL.score}${ITEMS_FIRST_ROW}`,
    },
  ];
  print(ws, lang, {
    titleRow: ITEMS_HEADER_ROW,
    landscape: true,
    widths: printedWidths,
    area: `A1:${COL[printed[printed.length - 1]!]}${last}`,
  });
  return last;
}

const SPECIAL_WIDTHS = [5, 14, 10, 54, 12];

function writeSpecial(
  ws: ExcelJS.Worksheet,
  scheme: Scheme,
  lang: Lang,
  deductions: readonly SpecialItem[],
  bonuses: readonly SpecialItem[],
): number {
  const w = words(lang);
  const r = scheme.rules;
  const ded = t(lang, 'workbook.tpl.special.deduction');
  const bon = t(lang, 'workbook.tpl.special.bonus');
  title(
    ws,
    t(lang, 'workbook.tpl.special.title'),
    t(lang, 'workbook.tpl.special.hint', {
      deduction: ded,
      bonus: bon,
      dp: r.specialDeduction.points,
      veto: r.veto.specialDeductionsAtOrAbove,
      bp: r.bonus.points,
      max: r.bonus.maxCounted,
    }),
    SPECIAL_WIDTHS,
  );
  header(
    ws,
    SPECIAL_HEADER_ROW,
    ['no', 'type', 'clause', 'description', 'rectified'].map((k) => t(lang, `workbook.tpl.special.${k}`)),
  );
  const given = [...deductions.map((d) => ({ type: ded, d })), ...bonuses.map((d) => ({ type: bon, d }))];
  const n = Math.max(SPECIAL_MIN_ROWS, given.length + 10);
  const v = { title: t(lang, 'workbook.tpl.validation.title'), list: t(lang, 'workbook.tpl.validation.list') };
  for (let i = 0; i < n; i++) {
    const row = ws.getRow(SPECIAL_FIRST_ROW + i);
    row.getCell(1).value = i + 1;
    const g = given[i];
    if (g) {
      setText(row.getCell(2), g.type);
      if (g.d.clause) setText(row.getCell(3), g.d.clause);
      if (g.d.description) setText(row.getCell(4), g.d.description);
      if (g.d.rectified !== undefined) setText(row.getCell(5), g.d.rectified ? w.rectified : w.open);
    }
    for (let c = 2; c <= 5; c++) {
      row.getCell(c).protection = UNLOCKED;
      row.getCell(c).fill = INPUT_FILL;
      if (!row.getCell(c).value) row.getCell(c).numFmt = '@';
    }
    for (let c = 1; c <= 5; c++) row.getCell(c).border = BORDER;
    row.getCell(2).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${ded},${bon}"`],
      showErrorMessage: true,
      errorTitle: v.title,
      error: v.list,
    };
    row.getCell(5).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${w.rectified},${w.open}"`],
      showErrorMessage: true,
      errorTitle: v.title,
      error: v.list,
    };
    for (let c = 1; c <= 5; c++) row.getCell(c).alignment = { wrapText: c === 4, vertical: 'top' };
    row.height = rowHeightFor([{ text: String(row.getCell(4).value ?? ''), width: SPECIAL_WIDTHS[3]! }], 24);
  }
  ws.columns = SPECIAL_WIDTHS.map((w) => ({ width: columnWidth(w) }));
  ws.views = [{ state: 'frozen', ySplit: SPECIAL_HEADER_ROW }];
  print(ws, lang, { titleRow: SPECIAL_HEADER_ROW, landscape: false, widths: SPECIAL_WIDTHS });
  return SPECIAL_FIRST_ROW + n - 1;
}

const SUMMARY_WIDTHS = [9, 24, 9, 10, 11, 10, 10, 10];

function writeSummary(
  ws: ExcelJS.Worksheet,
  scheme: Scheme,
  lang: Lang,
  result: AuditResult,
  cached: boolean,
  at: { first: number; last: number; specialLast: number; monthsCell: string },
): void {
  const tt = (k: string) => t(lang, `workbook.tpl.summary.${k}`);
  const L = lang === 'en' ? 'en' : 'zh';
  title(ws, tt('title'), tt('provisional'), SUMMARY_WIDTHS);
  header(
    ws,
    3,
    ['categoryId', 'category', 'max', 'applicable', 'applicableScored', 'earned', 'percent', 'unscored'].map(tt),
  );
  const first = 4;
  scheme.categories.forEach((c, i) => {
    const r = first + i;
    const res = result.categories[i]!;
    setText(ws.getCell(`A${r}`), c.id);
    setText(ws.getCell(`B${r}`), c.name[L]);
    ws.getCell(`C${r}`).value = c.max;
    formula(ws.getCell(`D${r}`), F.categorySum('applicableMax', `$A${r}`, at.first, at.last), res.applicable, cached);
    formula(
      ws.getCell(`E${r}`),
      F.categorySum('countedMax', `$A${r}`, at.first, at.last),
      res.applicableScored,
      cached,
    );
    formula(ws.getCell(`F${r}`), F.categorySum('countedPoints', `$A${r}`, at.first, at.last), res.earned, cached);
    // Points as every face shows them (0.0#: "40.0", "32.67"), maxima and earned alike.
    for (const col of ['C', 'D', 'E', 'F']) ws.getCell(`${col}${r}`).numFmt = SHOWN_FORMAT.points;
    // Whole percent of the two sums (the rounding policy in core/scoring/display-number.ts).
    formula(
      ws.getCell(`G${r}`),
      `IF(E${r}>0,ROUND(100*F${r}/E${r},0),"")`,
      shownPercent(res.earned, res.applicableScored) ?? '',
      cached,
    );
    const it = F.useSheetRefsPrefix().items;
    formula(
      ws.getCell(`H${r}`),
      `SUMPRODUCT((${it}$${COL.categoryId}$${at.first}:$${COL.categoryId}$${at.last}=$A${r})*(${it}$${COL.applicableMax}$${at.first}:$${COL.applicableMax}$${at.last}>0)*(${it}$${COL.countedMax}$${at.first}:$${COL.countedMax}$${at.last}=0))`,
      res.unscored,
      cached,
    );
  });
  const lastCat = first + scheme.categories.length - 1;
  const totalRow = lastCat + 1;
  setText(ws.getCell(`B${totalRow}`), tt('total'));
  ws.getCell(`C${totalRow}`).value = scheme.totalMax;
  const sumCol = (col: string, res: number) =>
    formula(ws.getCell(`${col}${totalRow}`), `SUM(${col}${first}:${col}${lastCat})`, res, cached);
  sumCol('D', result.applicableTotal);
  sumCol('E', result.applicable);
  sumCol('F', result.earned);
  sumCol(
    'H',
    result.categories.reduce((a, c) => a + c.unscored, 0),
  );
  // The total earned is a sum of fractions (22.6333333…): shown like every other points figure.
  for (const col of ['C', 'D', 'E', 'F']) ws.getCell(`${col}${totalRow}`).numFmt = SHOWN_FORMAT.points;
  for (let r = 3; r <= totalRow; r++) for (let c = 1; c <= 8; c++) ws.getRow(r).getCell(c).border = BORDER;
  ws.getRow(totalRow).font = { ...BODY_FONT, bold: true };

  // Key figures, label in A, value in C.
  const keys = [
    'errors',
    'normalised',
    'deductions',
    'bonusOffered',
    'bonusCounted',
    'final',
    'vetoed',
    'levelIndex',
    'levelId',
    'level',
    'nextThreshold',
    'pointsToNext',
  ] as const;
  const row0 = totalRow + 2;
  const cellOf = (k: (typeof keys)[number]) => `$C$${row0 + keys.indexOf(k)}`;
  const P = F.P;
  const levels = scheme.rules.levels.length;
  const lv = (col: string) =>
    `${F.useSheetRefsPrefix().params}$${col}$${PARAM_ROWS.levelsFirst}:$${col}$${PARAM_ROWS.levelsFirst + levels - 1}`;
  const refs: F.SummaryRefs = {
    earned: `$F$${totalRow}`,
    applicableScored: `$E$${totalRow}`,
    errors: cellOf('errors'),
    deductions: cellOf('deductions'),
    bonusOffered: cellOf('bonusOffered'),
    normalised: cellOf('normalised'),
    bonusCounted: cellOf('bonusCounted'),
    final: cellOf('final'),
    vetoed: cellOf('vetoed'),
    months: at.monthsCell,
    levelsMin: lv('C'),
    levelsId: lv('A'),
    levelsName: lv('B'),
    levelIndex: cellOf('levelIndex'),
  };
  const yes = words(lang).yes,
    no = words(lang).no;
  const idx = result.score === null ? null : result.level === null ? null : levelIndexOf(scheme, result.score);
  const next = result.score === null || idx === null || idx >= levels ? '' : scheme.rules.levels[idx]!.min;
  const it = F.useSheetRefsPrefix().items;
  const values: Record<(typeof keys)[number], [string, string | number | null]> = {
    errors: [
      `SUM(${it}$${COL.error}$${at.first}:$${COL.error}$${at.last})`,
      result.items.filter((i) => result.issues.some((x) => x.severity === 'error' && x.indicatorId === i.id)).length,
    ],
    normalised: [F.normalisedFormula(refs), result.normalised ?? ''],
    deductions: [
      F.specialCount(P(PARAM_ROWS.deductionLabel), SPECIAL_FIRST_ROW, at.specialLast),
      result.specialDeductions,
    ],
    bonusOffered: [F.specialCount(P(PARAM_ROWS.bonusLabel), SPECIAL_FIRST_ROW, at.specialLast), result.bonusOffered],
    bonusCounted: [F.bonusCountedFormula(refs), result.bonus],
    final: [F.finalFormula(refs), result.score ?? ''],
    vetoed: [F.vetoFormula(refs, yes, no), result.vetoed ? yes : no],
    levelIndex: [F.levelIndexFormula(refs), idx ?? ''],
    levelId: [F.levelIdFormula(refs, yes), result.level ?? ''],
    level: [F.levelNameFormula(refs, cellOf('levelId')), result.level ? levelName(scheme, lang, result.level) : ''],
    nextThreshold: [F.nextThresholdFormula(refs, levels), next],
    pointsToNext: [
      `IF(OR(${cellOf('nextThreshold')}="",${cellOf('vetoed')}="${yes}"),"",ROUND(${cellOf('nextThreshold')}-${cellOf('final')},2))`,
      next === '' || result.vetoed || result.score === null ? '' : Math.round((next - result.score) * 100) / 100,
    ],
  };
  keys.forEach((k, i) => {
    const r = row0 + i;
    setText(ws.getCell(`A${r}`), tt(k));
    ws.mergeCells(`A${r}:B${r}`);
    formula(ws.getCell(`C${r}`), values[k][0], values[k][1], cached);
    if (k === 'normalised' || k === 'final' || k === 'nextThreshold' || k === 'pointsToNext')
      ws.getCell(`C${r}`).numFmt = SHOWN_FORMAT.score(scheme.rules.rounding.decimals);
    ws.getCell(`A${r}`).border = BORDER;
    ws.getCell(`C${r}`).border = BORDER;
    if (k === 'final' || k === 'level') ws.getRow(r).font = { ...BODY_FONT, bold: true, size: 12 };
  });
  ws.columns = SUMMARY_WIDTHS.map((w) => ({ width: columnWidth(w) }));
  ws.getRow(3).height = rowHeightFor(
    ['categoryId', 'category', 'max', 'applicable', 'applicableScored', 'earned', 'percent', 'unscored'].map(
      (k, i) => ({
        text: tt(k),
        width: SUMMARY_WIDTHS[i]! / 1.1,
      }),
    ),
  );
  print(ws, lang, { titleRow: 3, landscape: false, widths: SUMMARY_WIDTHS });
}

function levelIndexOf(scheme: Scheme, s: number): number {
  let idx = 0;
  scheme.rules.levels.forEach((l, i) => {
    if (s >= l.min) idx = i + 1;
  });
  return idx;
}

function levelName(scheme: Scheme, lang: Lang, id: string): string {
  if (id === 'fail') return t(lang, 'level.fail');
  if (id === 'compliant') return t(lang, 'level.compliant');
  const l = scheme.rules.levels.find((x) => x.id === id);
  return l ? (lang === 'en' ? l.name.en : l.name.zh) : id;
}
