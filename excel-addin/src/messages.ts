import { createTranslator, type Lang } from '../../core/light';

/**
 * UI strings of the task pane (core's own strings come through core's `t`). zh-CN first; a parity test
 * keeps en in step. A key may have plural variants (`key#one`), chosen by Intl.PluralRules from
 * params.count, with core's translator policy.
 */
export const UI_MESSAGES = {
  'zh-CN': {
    'app.title': 'GB/T 27922 评分',
    'app.loading': '正在读取工作簿…',
    'app.outsideOffice': '请在 Excel 中打开此加载项。',
    'score.label': '得分',
    'score.none': '—',
    'score.noneLabel': '暂无得分',
    'score.ifRemaining': '其余项全部符合时：{score}（{level}）',
    'level.label': '等级',
    'veto.label': '否决原因',
    'progress.label': '评分进度：{scored} / {total} 项',
    'categories.title': '类别得分（得分 / 适用满分）',
    'next.title': '距{level}（{threshold} 分）还差 {points} 分',
    'next.top': '已达最高等级。',
    'next.cheapest': '最少需要补足的指标：',
    'next.gain': '+{gain} 分',
    'next.blocked.veto': '特别扣分项已达否决线，提高得分也无法升级。',
    'next.blocked.cap': '即使全部满分也达不到该等级。',
    'next.blocked.star-wait': '本方案要求达标满一年后才能评星。',
    'special.title': '特别扣分 {deductions} 项 · 特别加分 {bonus} 项（计入 {counted} 项）',
    'problems.title': '问题（{count}）',
    'problems.none': '没有发现问题。',
    'notes.title': '说明',
    'notes.line': '说明：{message}',
    'problems.indicator': '{id} {name}',
    'problems.goto': '定位到 {cell}',
    'items.title': '指标',
    'unreadable.title': '无法识别此工作簿的评分表',
    'unreadable.fix': '请按上面的提示修改评分表的表头行，或点击“新建评分表”使用标准模板。',
    'unreadable.searched': '已查找第 {rows} 行。',
    'unreadable.missing': '缺少的列及可用的列名：',
    'error.timeout': 'Excel 在 {seconds} 秒内没有响应。',
    'error.generic': '出错了：{message}',
    'error.noCreateWorkbook': '此版本的 Excel 不支持新建工作簿（需要 ExcelApi 1.8）。请手动新建工作簿，或升级 Excel。',
    'error.scoreRange': '得分须为 0–{max} 之间的数字。',
    'action.retry': '重试',
    'action.newWorkbook': '新建评分表',
    'action.insertChart': '插入图表',
    'action.scheme': '评分方案',
    'action.schemeFile': '从 JSON 文件导入方案…',
    'action.schemeFileBad': '方案文件无效：{message}',
    'action.created': '已在新窗口中打开新的评分表。',
    'action.chartDone': '已在“{sheet}”工作表中插入类别得分图表。',
    'result.registryHeader': '标记的单元格（加载项使用，请勿修改）',
    'sheet.resultSuffix': '（加载项）',
    'chart.title': '各类别得分',
    'status.saving': '正在写入结果…',
  },
  en: {
    'app.title': 'GB/T 27922 scoring',
    'app.loading': 'Reading the workbook…',
    'app.outsideOffice': 'Open this add-in in Excel.',
    'score.label': 'Score',
    'score.none': '—',
    'score.noneLabel': 'No score yet',
    'score.ifRemaining': 'If the rest conform: {score} ({level})',
    'level.label': 'Level',
    'veto.label': 'Veto',
    'progress.label': 'Scored {scored} of {total} items',
    'progress.label#one': 'Scored {scored} of {total} item',
    'categories.title': 'Categories (earned / applicable)',
    'next.title': '{points} points to {level} ({threshold})',
    'next.top': 'Top level reached.',
    'next.cheapest': 'Fewest indicators to bring up:',
    'next.gain': '+{gain} pts',
    'next.blocked.veto': 'Special deductions reach the veto; more points cannot lift the level.',
    'next.blocked.cap': 'Even full marks everywhere would not reach this level.',
    'next.blocked.star-wait': 'This scheme gives stars only after a year at Compliant.',
    'special.title': 'Special deductions: {deductions} · bonus items: {bonus} ({counted} counted)',
    'problems.title': 'Problems ({count})',
    'problems.none': 'No problems found.',
    'notes.title': 'Note',
    'notes.line': 'Note: {message}',
    'problems.indicator': '{id} {name}',
    'problems.goto': 'Go to {cell}',
    'items.title': 'Indicators',
    'unreadable.title': 'The scoring sheet of this workbook was not recognised',
    'unreadable.fix':
      'Fix the header row of the scoring sheet as described above, or use "New audit workbook" for the standard template.',
    'unreadable.searched': 'Rows searched: {rows}.',
    'unreadable.missing': 'Missing columns and the names accepted for them:',
    'error.timeout': 'Excel did not answer within {seconds} s.',
    'error.generic': 'Something went wrong: {message}',
    'error.noCreateWorkbook':
      'This version of Excel cannot create a workbook (ExcelApi 1.8 needed). Create one by hand or update Excel.',
    'error.scoreRange': 'The score must be a number from 0 to {max}.',
    'action.retry': 'Retry',
    'action.newWorkbook': 'New audit workbook',
    'action.insertChart': 'Insert chart',
    'action.scheme': 'Scheme',
    'action.schemeFile': 'Import a scheme from a JSON file…',
    'action.schemeFileBad': 'The scheme file is not valid: {message}',
    'action.created': 'A new audit workbook opened in a new window.',
    'action.chartDone': 'Inserted a category chart on sheet "{sheet}".',
    'result.registryHeader': 'Flagged cells (used by the add-in; do not edit)',
    'sheet.resultSuffix': ' (add-in)',
    'chart.title': 'Category scores',
    'status.saving': 'Writing results…',
  },
} as const;

export type UiKey = Exclude<keyof (typeof UI_MESSAGES)['zh-CN'], `${string}#${string}`>;
export type UiLang = keyof typeof UI_MESSAGES;

const translator = createTranslator<UiKey>([UI_MESSAGES as unknown as Record<Lang, Record<string, string>>]);

export function ui(lang: UiLang, key: UiKey, params: Record<string, string | number> = {}): string {
  return translator.t(lang, key, params);
}

/** Office's display language decides: zh-* → zh-CN, anything else → en. */
export function paneLang(displayLanguage: string | undefined): UiLang {
  return /^zh/i.test(displayLanguage ?? '') ? 'zh-CN' : 'en';
}
