/*
 * Types answers into the 自查 sheet of a template the way a user would: the row is found by the key
 * in the hidden 键 column, the answer goes into the 回答 column beside it (layout from core).
 */
import ExcelJS from 'exceljs';
import { SC_COL } from '../../../core/eligibility/self-check-layout';

export async function fillSelfCheck(
  bytes: Uint8Array,
  answers: Readonly<Record<string, string | number>>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  const ws = wb.getWorksheet('自查') ?? wb.getWorksheet('Self-check');
  if (!ws) throw new Error('no 自查 sheet in the workbook');
  const left = new Set(Object.keys(answers));
  ws.eachRow((row) => {
    const key = String(row.getCell(SC_COL.key).value ?? '').trim();
    if (!left.has(key)) return;
    row.getCell(SC_COL.answer).value = answers[key]!;
    left.delete(key);
  });
  if (left.size) throw new Error(`keys not on the 自查 sheet: ${[...left].join(', ')}`);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
