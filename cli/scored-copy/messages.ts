/* What a failed scored copy says, in the user's language: what happened and what to do. Never a library's text. */
import type { Lang } from '../core-api';
import type { CopyFailure } from './write-scored-copy';

export const COPY_MESSAGES: Record<Lang, Record<CopyFailure, string>> = {
  'zh-CN': {
    'not-a-package':
      '评分副本未生成：文件不是完整的 Excel 工作簿（.xlsx/.xlsm）。请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx，再评分。',
    encrypted: '评分副本未生成：工作簿中有加密的部分。请在 Excel 或 WPS 中取消密码保护后另存，再评分。',
    'too-large':
      '评分副本未生成：工作簿过大（超过 4 GB 或部件过多），无法安全地复制。请删去不需要的工作表或图片后再评分。',
    damaged: '评分副本未生成：工作簿内部已损坏（{part}）。请用 Excel、WPS 或 LibreOffice 打开并另存一份，再评分。',
    unusual:
      '评分副本未生成：工作簿的内部结构不常见，无法在不改动原有内容的前提下加入“结果”表。请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后再评分；评分结果本身不受影响。',
    'no-workbook': '评分副本未生成：文件中没有工作簿（可能是其他 Office 文档）。请确认选择的是评分表文件。',
  },
  en: {
    'not-a-package':
      'Scored copy not written: the file is not a complete Excel workbook (.xlsx/.xlsm). Open it in Excel, WPS or LibreOffice, save it as .xlsx and score it again.',
    encrypted:
      'Scored copy not written: parts of the workbook are encrypted. Remove the password in Excel or WPS, save, and score it again.',
    'too-large':
      'Scored copy not written: the workbook is too large to copy safely (over 4 GB or too many parts). Remove sheets or pictures it does not need and score it again.',
    damaged:
      'Scored copy not written: the workbook is damaged inside ({part}). Open it in Excel, WPS or LibreOffice, save a new copy and score that.',
    unusual:
      'Scored copy not written: the workbook is built in an unusual way, so the Result sheet cannot be added without changing what is there. Save it as .xlsx from Excel, WPS or LibreOffice and score it again; the score itself is not affected.',
    'no-workbook':
      'Scored copy not written: the file holds no workbook (perhaps another Office document). Check that you chose the scoring workbook.',
  },
};

/** Writing a deliverable (scored copy or HTML report) to disk. */
export const WRITE_MESSAGES: Record<Lang, Record<'refused' | 'failed', string>> = {
  'zh-CN': {
    refused: '{file} 已存在，未覆盖（如需覆盖，请加 --force）。',
    failed: '未能写入 {file}。请检查该文件夹是否存在、是否可写、磁盘是否已满，然后重新运行。',
  },
  en: {
    refused: '{file} already exists and was not overwritten (add --force to overwrite).',
    failed:
      'Could not write {file}. Check that the folder exists and is writable and that the disk is not full, then run again.',
  },
};

export function writeFailureMessage(lang: Lang, why: 'refused' | 'failed', file: string): string {
  return WRITE_MESSAGES[lang][why].replace('{file}', file);
}

export function copyFailureMessage(lang: Lang, why: CopyFailure, part = ''): string {
  return COPY_MESSAGES[lang][why].replace('{part}', part || '?');
}
