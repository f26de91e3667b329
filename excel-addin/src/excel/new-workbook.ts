import type { Lang, Scheme } from '../../../core/index';
import { ui } from '../messages';
import type { ExcelHost } from './host';

/** Base64 of bytes, in chunks (String.fromCharCode on a whole workbook would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * "新建评分表": core writes the template (exceljs, loaded only now so the pane stays light), Excel opens it
 * as a new workbook (ExcelApi 1.8).
 */
export async function openNewAuditWorkbook(excel: ExcelHost, scheme: Scheme, lang: Lang): Promise<void> {
  if (!excel.createWorkbook) throw new Error(ui(lang, 'error.noCreateWorkbook'));
  const { writeTemplate } = await import('../../../core/workbook/index');
  const bytes = await writeTemplate(scheme, { lang });
  await excel.createWorkbook(toBase64(bytes));
}
