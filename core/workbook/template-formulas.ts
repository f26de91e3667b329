import type { IndicatorKind } from '../scheme/schema';
import {
  APPLIES_WORDS,
  CONFORM_WORDS,
  EXCLUDED_MARKS,
  NO_WORDS,
  NONCONFORM_WORDS,
  REVIEW_WORDS,
  YES_WORDS,
} from '../vocabulary/index';
import { COL, PARAM_ROWS } from './template-layout';

/*
 * The template's formulas, as strings. Only functions that Excel 2010, WPS, LibreOffice and Gnumeric
 * all compute: IF, AND, OR, ISNUMBER, ISTEXT, INT, SUM, SUMPRODUCT, ROUND, MIN, MAX, INDEX, MATCH,
 * LEFT, MID, TRIM, SUBSTITUTE, ASC, VALUE. Each one mirrors core/scoring (read-value.ts,
 * evaluate-item.ts, final-score.ts); the LibreOffice and Gnumeric agreement tests recalculate random
 * audits and compare with score().
 * Inside SUMPRODUCT only comparisons and arithmetic on ranges: no function applied to a range (LEN(range)),
 * whose array evaluation differs between engines (Gnumeric counts nothing).
 * Words (是/否, 符合/不符合, 删减, 待复核, √ …) come from core/vocabulary, the lists score() reads with, so a
 * template filled with en words or with √ / × still computes, and computes as the CLI does.
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

/** A cell's text as core's wordKey() makes it: half-width (ASC, and the ideographic space), trimmed. */
const keyOf = (ref: string) => `TRIM(SUBSTITUTE(ASC(${ref}),"\u3000"," "))`;
/** Empty, or only spaces of any width: score() treats both as blank. */
const blank = (col: keyof typeof COL, r: number) => `${keyOf(c(col, r))}=""`;
const quoted = (w: string) => `"${w.replace(/"/g, '""')}"`;
/** The cell's key is one of the words (spreadsheets compare text ignoring case, as wordKey lower-cases). */
const oneOf = (key: string, words: readonly string[]) =>
  `OR(${[...new Set(words)].map((w) => `${key}=${quoted(w)}`).join(',')})`;

/**
 * 是否适用 as read, with core/vocabulary's words (the same lists score() reads with): "yes", "no", "bad"
 * (a word neither list knows: score() calls it invalid-applicable), or "" when blank.
 */
export function applicableWordFormula(r: number): string {
  const k = keyOf(c('applicable', r));
  return `IF(${k}="","",IF(${oneOf(k, [...YES_WORDS, ...APPLIES_WORDS, '1'])},"yes",IF(${oneOf(k, [...NO_WORDS, ...EXCLUDED_MARKS, '0'])},"no","bad")))`;
}

/** 得分 as a word: "review" (待复核), "conform" (符合 / 是 / √ …), "nonconform" (不符合 / 否 / × …), or "". */
export function scoreWordFormula(r: number): string {
  const k = keyOf(c('score', r));
  return `IF(${oneOf(k, REVIEW_WORDS)},"review",IF(${oneOf(k, [...CONFORM_WORDS, ...YES_WORDS])},"conform",IF(${oneOf(k, [...NONCONFORM_WORDS, ...NO_WORDS])},"nonconform","")))`;
}

const notApplicable = (r: number) => `${c('applicableWord', r)}="no"`;
const badApplicable = (r: number) => `${c('applicableWord', r)}="bad"`;
const review = (r: number) => `${c('scoreWord', r)}="review"`;
const conformWord = (r: number) => `${c('scoreWord', r)}="conform"`;
const nonconformWord = (r: number) => `${c('scoreWord', r)}="nonconform"`;

/**
 * The number a cell holds, read as score()'s readNumber reads it, or "" when it holds none: a number,
 * or text that is a plain decimal ("2", " 2.5 ", "-1", ".5", full-width "２．５"). Text that a
 * spreadsheet's VALUE would also take but score() does not ("1e3", "2%", "1/2", "1,5") stays "".
 * A number typed as text counts, because that is what the user sees in the cell and what the CLI scores.
 */
export function numberOf(ref: string): string {
  const s = keyOf(ref);
  const body = `IF(OR(LEFT(${s},1)="+",LEFT(${s},1)="-"),MID(${s},2,99),${s})`;
  let rest = body;
  for (let d = 0; d <= 9; d++) rest = `SUBSTITUTE(${rest},"${d}","")`;
  const plain = `AND(${body}<>"",${body}<>".",OR(${rest}="",${rest}="."))`;
  return `IF(ISNUMBER(${ref}),${ref},IF(ISTEXT(${ref}),IF(${plain},VALUE(${s}),""),""))`;
}

/** 1 when the points in 得分 are not a number in 0..max (graded, or sampled given as points). */
function pointsProblem(r: number): string {
  const n = c('scoreNumber', r),
    f = c('max', r);
  return `IF(OR(${blank('score', r)},${review(r)}),0,IF(ISNUMBER(${n}),IF(OR(${n}<0,${n}>${f}+0.000000001),1,0),1))`;
}

/** 输入错误: 1 when the row's inputs are invalid (score() would return null for the audit). */
export function errorFormula(kind: IndicatorKind, r: number): string {
  const jn = c('scoreNumber', r),
    f = c('max', r),
    hn = c('samplesNumber', r),
    kn = c('nonconformingNumber', r);
  let body: string;
  if (kind === 'graded') body = pointsProblem(r);
  else if (kind === 'binary') {
    body = `IF(OR(${blank('score', r)},${review(r)},${conformWord(r)},${nonconformWord(r)}),0,IF(ISNUMBER(${jn}),IF(OR(${jn}=${f},${jn}=0),0,1),1))`;
  } else {
    const nBad = `IF(${blank('samples', r)},0,IF(ISNUMBER(${hn}),IF(OR(${hn}<1,${hn}<>INT(${hn})),1,0),1))`;
    const kBad = `IF(${blank('nonconforming', r)},0,IF(ISNUMBER(${kn}),IF(OR(${kn}<0,${kn}<>INT(${kn})),1,0),1))`;
    body = `IF(OR(NOT(${blank('samples', r)}),NOT(${blank('nonconforming', r)})),IF(${nBad}+${kBad}>0,1,IF(OR(${blank('samples', r)},${blank('nonconforming', r)}),0,IF(${kn}>${hn},1,0))),${pointsProblem(r)})`;
  }
  return `IF(${badApplicable(r)},1,IF(${notApplicable(r)},0,${body}))`;
}

/** 计算得分: the points the item earns, or "" when not applicable, unscored or invalid. */
export function computedFormula(kind: IndicatorKind, r: number): string {
  const jn = c('scoreNumber', r),
    f = c('max', r),
    hn = c('samplesNumber', r),
    kn = c('nonconformingNumber', r),
    e = c('error', r);
  const off = `OR(${notApplicable(r)},${e}=1)`;
  if (kind === 'graded') return `IF(OR(${off},${blank('score', r)},${review(r)}),"",${jn})`;
  if (kind === 'binary')
    return `IF(OR(${off},${blank('score', r)},${review(r)}),"",IF(OR(${conformWord(r)},AND(ISNUMBER(${jn}),${jn}=${f})),${f},0))`;
  return `IF(${off},"",IF(OR(NOT(${blank('samples', r)}),NOT(${blank('nonconforming', r)})),IF(OR(${blank('samples', r)},${blank('nonconforming', r)}),"",${f}*(1-${kn}/${hn})),IF(OR(${blank('score', r)},${review(r)}),"",${jn})))`;
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
  return `SUMPRODUCT((${sp}$B$${first}:$B$${last}=${typeLabelCell})*(((${sp}$C$${first}:$C$${last}<>"")+(${sp}$D$${first}:$D$${last}<>""))>0))`;
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
