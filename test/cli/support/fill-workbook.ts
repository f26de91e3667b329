/*
 * Fills a workbook the way an auditor would: finds the scoring sheet and its columns by header
 * (core's detectLayout, like any reader), then types answers into the input cells with exceljs.
 * Used by the CLI tests and the workbooks bench. Answers are chosen per item kind.
 */
import ExcelJS from 'exceljs';
import { detectLayout, type IndicatorResponse, type Scheme } from '../../../cli/core-api';
import { gridsFromExcelJs } from '../../../cli/core-writers';

export type Answer = Omit<IndicatorResponse, 'id' | 'where'>;

export async function fillWorkbook(
  template: Uint8Array,
  answers: Readonly<Record<string, Answer>>,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as never);
  const grids = gridsFromExcelJs(wb);
  for (const g of grids) {
    const layout = detectLayout(g.grid, { lang, ...(g.hiddenRows ? { hiddenRows: g.hiddenRows } : {}) });
    if (!layout.ok || !layout.columns.id || !layout.columns.score) continue;
    const ws = wb.getWorksheet(g.name)!;
    const col = layout.columns;
    for (const r of layout.itemRows) {
      const id = String(g.grid[r]?.[col.id!.col] ?? '').trim();
      const a = answers[id];
      if (!a) continue;
      const set = (c: number | undefined, v: unknown) => {
        if (c !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      };
      if (a.applicable === false) {
        const yesNo = lang === 'en' ? ['Yes', 'No'] : ['是', '否'];
        set(col.applicable?.col, col.applicable?.inverted ? yesNo[0] : yesNo[1]);
        continue;
      }
      if (a.value !== undefined) set(col.score!.col, a.value);
      if (a.samples !== undefined) set(col.samples?.col, a.samples);
      if (a.nonconforming !== undefined) set(col.nonconforming?.col, a.nonconforming);
    }
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
  throw new Error('no scoring sheet found in the template');
}

/** Deterministic varied answers for every item of a scheme (seed → a different audit). */
export function answersFor(scheme: Scheme, seed: number, opts: { unscored?: number } = {}): Record<string, Answer> {
  let x = seed * 2654435761 + 1;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: Record<string, Answer> = {};
  const skip = new Set(scheme.items.slice(0, opts.unscored ?? 0).map((i) => i.id));
  for (const it of scheme.items) {
    if (skip.has(it.id)) continue;
    if (it.kind === 'binary') out[it.id] = { value: rnd() < 0.85 ? '符合' : '不符合' };
    else if (it.kind === 'sampled') {
      const n = 5 + Math.floor(rnd() * 16);
      out[it.id] = { samples: n, nonconforming: Math.floor(rnd() * rnd() * n * 0.5) };
    } else out[it.id] = { value: Math.round(it.max * (0.6 + 0.4 * rnd()) * 2) / 2 };
  }
  return out;
}
