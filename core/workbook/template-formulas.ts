import type { IndicatorKind } from '../scheme/schema';
import { COL, PARAM_ROWS } from './template-layout';

/*
 * The template's formulas, as strings. Only functions that Excel 2010, WPS and LibreOffice all
 * compute: IF, AND, OR, ISNUMBER, INT, SUM, SUMPRODUCT, ROUND, MIN, MAX, LOOKUP, INDEX, MATCH, LEN.
 * Each one mirrors core/scoring (evaluate-item.ts, final-score.ts); the LibreOffice agreement test
 * recalculates random audits and compares with score().
 * Both languages' words are accepted, so a zh template filled with en words still computes.
 */

/** Sheet prefixes as formulas need them ("参数!" or "'Special items'!"). */
export interface SheetRefs {
  params: string;
  items: string;
  special: string;
  cover: string;
}

let refs: SheetRefs = { params: '参数!', items: '评分表!', special: '特别项!', cover: '封面!' };
/** The writer sets the prefixes of the language it writes before building formulas. */
export function useSheetRefs(r: SheetRefs): void {
  refs = r;
}

export const P = (row: number) => `${refs.params}$B$${row}`;

const c = (col: keyof typeof COL, r: number) => `$${COL[col]}${r}`;

/** 是否适用 = 否 (or 不适用 / 删减 / No). */
const notApplicable = (r: number) => {
  const g = c('applicable', r);
  return `OR(${g}="否",${g}="不适用",${g}="删减",${g}="No")`;
};
/** An applicability word we do not know (score() calls it invalid-applicable). */
const badApplicable = (r: number) => {
  const g = c('applicable', r);
  return `AND(${g}<>"",NOT(OR(${g}="是",${g}="适用",${g}="Yes",${notApplicable(r)})))`;
};
const review = (r: number) => {
  const j = c('score', r);
  return `OR(${j}="待复核",${j}="待定",${j}="review",${j}="?",${j}="？")`;
};
const conformWord = (r: number) => {
  const j = c('score', r);
  return `OR(${j}="符合",${j}="Conform")`;
};
const nonconformWord = (r: number) => {
  const j = c('score', r);
  return `OR(${j}="不符合",${j}="Nonconform")`;
};

/** 1 when the points in 得分 are not a number in 0..max (graded, or sampled given as points). */
function pointsProblem(r: number): string {
  const j = c('score', r),
    f = c('max', r);
  return `IF(OR(${j}="",${review(r)}),0,IF(ISNUMBER(${j}),IF(OR(${j}<0,${j}>${f}),1,0),1))`;
}

/** 输入错误: 1 when the row's inputs are invalid (score() would return null for the audit). */
export function errorFormula(kind: IndicatorKind, r: number): string {
  const j = c('score', r),
    f = c('max', r),
    h = c('samples', r),
    i = c('nonconforming', r);
  let body: string;
  if (kind === 'graded') body = pointsProblem(r);
  else if (kind === 'binary') {
    body = `IF(OR(${j}="",${review(r)},${conformWord(r)},${nonconformWord(r)}),0,IF(ISNUMBER(${j}),IF(OR(${j}=${f},${j}=0),0,1),1))`;
  } else {
    const nBad = `IF(${h}="",0,IF(ISNUMBER(${h}),IF(OR(${h}<1,${h}<>INT(${h})),1,0),1))`;
    const kBad = `IF(${i}="",0,IF(ISNUMBER(${i}),IF(OR(${i}<0,${i}<>INT(${i})),1,0),1))`;
    body = `IF(OR(${h}<>"",${i}<>""),IF(${nBad}+${kBad}>0,1,IF(OR(${h}="",${i}=""),0,IF(${i}>${h},1,0))),${pointsProblem(r)})`;
  }
  return `IF(${badApplicable(r)},1,IF(${notApplicable(r)},0,${body}))`;
}

/** 计算得分: the points the item earns, or "" when not applicable, unscored or invalid. */
export function computedFormula(kind: IndicatorKind, r: number): string {
  const j = c('score', r),
    f = c('max', r),
    h = c('samples', r),
    i = c('nonconforming', r),
    e = c('error', r);
  const off = `OR(${notApplicable(r)},${e}=1)`;
  if (kind === 'graded') return `IF(OR(${off},${j}="",${review(r)}),"",${j})`;
  if (kind === 'binary')
    return `IF(OR(${off},${j}="",${review(r)}),"",IF(OR(${conformWord(r)},AND(ISNUMBER(${j}),${j}=${f})),${f},0))`;
  return `IF(${off},"",IF(OR(${h}<>"",${i}<>""),IF(OR(${h}="",${i}=""),"",${f}*(1-${i}/${h})),IF(OR(${j}="",${review(r)}),"",${j})))`;
}

export function statusFormula(
  r: number,
  s: { na: string; error: string; review: string; unscored: string; conform: string; nonconform: string },
): string {
  const k = c('computed', r),
    f = c('max', r),
    e = c('error', r);
  return `IF(${e}=1,"${s.error}",IF(${notApplicable(r)},"${s.na}",IF(${k}="",IF(${review(r)},"${s.review}","${s.unscored}"),IF(${k}>=${f}-0.000000001,"${s.conform}","${s.nonconform}"))))`;
}

export const countedMaxFormula = (r: number) => `IF(ISNUMBER(${c('computed', r)}),${c('max', r)},0)`;
export const applicableMaxFormula = (r: number) => `IF(${notApplicable(r)},0,${c('max', r)})`;
export const countedPointsFormula = (r: number) => `IF(ISNUMBER(${c('computed', r)}),${c('computed', r)},0)`;

/** Sum of a 评分表 helper column over the rows of one category (key in `keyCell`). */
export function categorySum(col: keyof typeof COL, keyCell: string, first: number, last: number): string {
  const it = refs.items;
  return `SUMPRODUCT((${it}$${COL.categoryId}$${first}:$${COL.categoryId}$${last}=${keyCell})*${it}$${COL[col]}$${first}:$${COL[col]}$${last})`;
}

/** Count of special-item rows of one type (clause or description filled). */
export function specialCount(typeLabelCell: string, first: number, last: number): string {
  const sp = refs.special;
  return `SUMPRODUCT((${sp}$B$${first}:$B$${last}=${typeLabelCell})*((LEN(${sp}$C$${first}:$C$${last})+LEN(${sp}$D$${first}:$D$${last}))>0))`;
}

export interface SummaryRefs {
  earned: string;
  applicableScored: string;
  errors: string;
  deductions: string;
  bonusOffered: string;
  normalised: string;
  bonusCounted: string;
  final: string;
  vetoed: string;
  months: string;
  levelsMin: string;
  levelsId: string;
  levelsName: string;
  levelIndex: string;
}

export const normalisedFormula = (s: SummaryRefs) =>
  `IF(OR(${s.errors}>0,${s.applicableScored}<=0),"",ROUND(100*${s.earned}/${s.applicableScored},${P(PARAM_ROWS.decimals)}))`;

export const bonusCountedFormula = (s: SummaryRefs) => `MIN(${s.bonusOffered},${P(PARAM_ROWS.bonusMaxCounted)})`;

/** Final score: ±special points on the normalised score (final) or on raw points (raw), clamped to [0, cap], rounded. */
export function finalFormula(s: SummaryRefs): string {
  const adj = `(${s.bonusCounted}*${P(PARAM_ROWS.bonusPoints)}-${s.deductions}*${P(PARAM_ROWS.deductionPoints)})`;
  const cap = P(PARAM_ROWS.cap),
    d = P(PARAM_ROWS.decimals);
  const raw = `ROUND(MIN(${cap},MAX(0,100*(${s.earned}+${adj})/${s.applicableScored})),${d})`;
  const fin = `ROUND(MIN(${cap},MAX(0,${s.normalised}+${adj})),${d})`;
  return `IF(${s.normalised}="","",IF(${P(PARAM_ROWS.adjustmentsApplyTo)}="raw",${raw},${fin}))`;
}

export const vetoFormula = (s: SummaryRefs, yes: string, no: string) =>
  `IF(${s.deductions}>=${P(PARAM_ROWS.vetoAt)},"${yes}","${no}")`;

/** 0 = fail by points; else the index of the highest level whose (inclusive) minimum the score reaches. */
export const levelIndexFormula = (s: SummaryRefs) =>
  `IF(${s.final}="","",IF(${s.final}<INDEX(${s.levelsMin},1),0,MATCH(${s.final},${s.levelsMin},1)))`;

/** Level id, with veto and the one-year wait (stars only after 12 months at 达标, when the scheme says so). */
export function levelIdFormula(s: SummaryRefs, vetoYes: string): string {
  const byPoints = `INDEX(${s.levelsId},${s.levelIndex})`;
  const wait = `AND(${P(PARAM_ROWS.starsRequireYear)}=1,${s.months}<12,${byPoints}<>"compliant")`;
  return `IF(${s.final}="","",IF(OR(${s.vetoed}="${vetoYes}",${s.levelIndex}=0),"fail",IF(${wait},"compliant",${byPoints})))`;
}

export function levelNameFormula(s: SummaryRefs, levelIdCell: string): string {
  return `IF(${levelIdCell}="","",IF(${levelIdCell}="fail",${P(PARAM_ROWS.failName)},IF(${levelIdCell}="compliant",${P(PARAM_ROWS.compliantName)},INDEX(${s.levelsName},MATCH(${levelIdCell},${s.levelsId},0)))))`;
}

/** The next threshold above the score (ignoring veto), "" at the top. */
export function nextThresholdFormula(s: SummaryRefs, levels: number): string {
  return `IF(${s.final}="","",IF(${s.levelIndex}>=${levels},"",INDEX(${s.levelsMin},${s.levelIndex}+1)))`;
}

/** The prefixes in use (for the few formulas the writer assembles itself). */
export function useSheetRefsPrefix(): SheetRefs {
  return refs;
}
