import { t, type Lang } from '../i18n/index';
import type { IndicatorKind } from '../scheme/schema';

/*
 * Where things sit in our template. Writer and formulas share these; the reader never uses them
 * (it finds columns by header, so a consultant may move or add columns).
 */
export const ITEMS_HEADER_ROW = 3; // 1-based sheet row of the 评分表 header
export const ITEMS_FIRST_ROW = 4;

/** 评分表 columns, in order. Letters are derived from the position. */
export const ITEM_COLUMNS = [
  'id',
  'category',
  'name',
  'criteria',
  'kind',
  'max',
  'applicable',
  'samples',
  'nonconforming',
  'score',
  'computed',
  'notes',
  'status',
  'countedMax',
  'applicableMax',
  'error',
  'categoryId',
  'countedPoints',
  'scoreNumber',
  'samplesNumber',
  'nonconformingNumber',
  'applicableWord',
  'scoreWord',
] as const;
export type ItemColumn = (typeof ITEM_COLUMNS)[number];
/**
 * Columns formulas need but a reader of the printout does not: hidden, and outside the print area. They are
 * the last columns of the sheet, from countedMax on, so the print area ends before them.
 */
export const HELPER_COLUMNS: readonly ItemColumn[] = ITEM_COLUMNS.slice(ITEM_COLUMNS.indexOf('countedMax'));
export const COL: Record<ItemColumn, string> = Object.fromEntries(
  ITEM_COLUMNS.map((c, i) => [c, String.fromCharCode(65 + i)]),
) as Record<ItemColumn, string>;

/** 参数 sheet: label in A, value in B. Rows are fixed so formulas can point at them. */
export const PARAM_ROWS = {
  schemeId: 3,
  schemeVersion: 4,
  engine: 5,
  deductionPoints: 6,
  bonusPoints: 7,
  bonusMaxCounted: 8,
  vetoAt: 9,
  decimals: 10,
  adjustmentsApplyTo: 11,
  cap: 12,
  starsRequireYear: 13,
  deductionLabel: 14,
  bonusLabel: 15,
  failName: 16,
  compliantName: 17,
  levelsHeader: 19,
  levelsFirst: 20,
} as const;

/** 封面: facts in rows 3.., label in A, value in B. */
export const COVER_FACTS = [
  'organisation',
  'uscc',
  'address',
  'date',
  'auditor',
  'auditType',
  'standard',
  'monthsAtCompliantLevel',
] as const;
export const COVER_FIRST_ROW = 3;

export const SPECIAL_HEADER_ROW = 3;
export const SPECIAL_FIRST_ROW = 4;
/** Rows offered for special items (at least; more when more are given). */
export const SPECIAL_MIN_ROWS = 20;

export function words(lang: Lang) {
  const en = lang === 'en';
  return {
    yes: en ? 'Yes' : '是',
    no: en ? 'No' : '否',
    conform: en ? 'Conform' : '符合',
    nonconform: en ? 'Nonconform' : '不符合',
    rectified: en ? 'Rectified' : '已整改',
    open: en ? 'Open' : '未整改',
    kind: (k: IndicatorKind) => t(lang, `kind.${k}`),
  };
}
