import type { Lang } from '../i18n/index';

/** Sheets of our template, per language. Readers accept either language. */
export const SHEET_NAMES = {
  cover: { 'zh-CN': '封面', en: 'Cover' },
  items: { 'zh-CN': '评分表', en: 'Scoring' },
  special: { 'zh-CN': '特别项', en: 'Special items' },
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  params: { 'zh-CN': '参数', en: 'Parameters' },
  result: { 'zh-CN': '结果', en: 'Result' },
} as const;
export type SheetKey = keyof typeof SHEET_NAMES;

export function sheetName(key: SheetKey, lang: Lang): string {
  return SHEET_NAMES[key][lang];
}

export function isOurSheet(name: string, key: SheetKey): boolean {
  return Object.values(SHEET_NAMES[key]).includes(name as never);
}

/** Sheets that are never the scoring sheet even though their headers look like one (our summary has 类别/满分/得分). */
export function isNeverScoringSheet(name: string): boolean {
  return (
    (['cover', 'special', 'summary', 'params', 'result'] as const).some((k) => isOurSheet(name, k)) ||
    name === '自查' ||
    name === 'Self-check'
  );
}
