/*
 * Workbooks for the add-in tests. `foreignWorkbook` lays out a certification body's style 评分表 by hand
 * (headers a CB would use); it is test input, not a layout rule. The template written by core's
 * writeTemplate and LibreOffice-saved fixtures are used where available (see templateWorkbook).
 */
import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gbt27922_2011, type Scheme } from '../../core/index';

export type Answer = number | string | { n: number; k: number };

/** One row per scored item: 编号 | 评价指标 | 分值 | 得分 | 抽样数 | 不符合数 | 备注. Answers by id; others left blank. */
export function foreignWorkbook(
  answers: Record<string, Answer> = {},
  scheme: Scheme = gbt27922_2011,
  opts: { sheet?: string; names?: Record<string, string> } = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? '评分表');
  ws.addRow(['受审核方', '示例售后服务有限公司']);
  ws.addRow([]);
  ws.addRow(['编号', '评价指标', '分值', '得分', '抽样数', '不符合数', '备注']);
  for (const it of scheme.items) {
    const a = answers[it.id];
    const nk = typeof a === 'object' ? a : null;
    ws.addRow([
      it.id,
      opts.names?.[it.id] ?? it.name.zh,
      it.max,
      nk ? null : (a ?? null),
      nk?.n ?? null,
      nk?.k ?? null,
      null,
    ]);
  }
  return wb;
}

/** Full marks on every item, so the score is 100 before any edit. */
export function fullMarks(scheme: Scheme = gbt27922_2011): Record<string, Answer> {
  return Object.fromEntries(scheme.items.map((it) => [it.id, it.kind === 'sampled' ? { n: 10, k: 0 } : it.max]));
}

/** Row (1-based, as in Excel) of an item in foreignWorkbook. */
export function rowOf(id: string, scheme: Scheme = gbt27922_2011): number {
  return 4 + scheme.items.findIndex((it) => it.id === id);
}

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/workbooks');
export function fixtureFiles(): string[] {
  return existsSync(FIXTURE_DIR)
    ? readdirSync(FIXTURE_DIR)
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => join(FIXTURE_DIR, f))
    : [];
}

export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}
