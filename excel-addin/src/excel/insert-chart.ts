import { resultSheet as resultLayout, type AuditResult, type Lang } from '../../../core/index';
import { ui } from '../messages';
import type { ExcelHost } from './host';
import { syncWithin } from './sync-timeout';

/**
 * A clustered column chart of category earned vs applicable, built with the Excel chart API (ExcelApi 1.1)
 * from the category table the add-in keeps on its own result sheet.
 */
export async function insertCategoryChart(
  excel: ExcelHost,
  resultSheet: string,
  result: AuditResult,
  lang: Lang,
  timeoutMs = 10_000,
): Promise<void> {
  // The category table's rows depend on the result alone (the facts and problems come after it or are fixed).
  const { headerRow: first, lastRow: last } = resultLayout(result, { lang }).categoryTable;
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(resultSheet);
    // Columns B (name), C (earned), D (applicable) of the header row and the category rows.
    const source = sheet.getRangeByIndexes(first, 1, last - first + 1, 3);
    const chart = sheet.charts.add('ColumnClustered', source, 'Columns');
    chart.title.text = ui(lang, 'chart.title');
    chart.setPosition('I2', 'P18');
    sheet.activate();
    await syncWithin(ctx, timeoutMs);
  });
}
