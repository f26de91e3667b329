/*
 * The 结果 layout (core) as a worksheet part. Text goes in as inline strings (t="inlineStr"), so the
 * workbook's sharedStrings.xml is never touched and no text can ever be read as a formula.
 */
import { columnLetters, RESULT_COLUMNS, type ResultSheetLayout } from '../core-api';
import { xfKey } from './styles-part';
import { xmlText } from './xml-text';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function sheetPartXml(layout: ResultSheetLayout, xf: ReadonlyMap<string, number>): string {
  const last = columnLetters(RESULT_COLUMNS - 1);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${last}${Math.max(1, layout.rows.length)}"/>`,
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    '<cols>',
    ...layout.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`),
    '</cols>',
    '<sheetData>',
  ];
  layout.rows.forEach((row, r) => {
    const h = layout.heights[r];
    const cells: string[] = [];
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${columnLetters(c)}${r + 1}`;
      if (typeof cell.value === 'number') {
        if (!Number.isFinite(cell.value)) return;
        const s = xf.get(xfKey(cell.style, cell.format ?? 'General'))!;
        cells.push(`<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`);
      } else {
        const s = xf.get(xfKey(cell.style, '@'))!;
        cells.push(
          `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`,
        );
      }
    });
    if (!cells.length && !h) return;
    out.push(`<row r="${r + 1}"${h ? ` ht="${h}" customHeight="1"` : ''}>${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (layout.merges.length) {
    out.push(`<mergeCells count="${layout.merges.length}">`);
    for (const m of layout.merges)
      out.push(
        `<mergeCell ref="${columnLetters(m.col)}${m.row + 1}:${columnLetters(m.col + m.cols - 1)}${m.row + 1}"/>`,
      );
    out.push('</mergeCells>');
  }
  const p = layout.print;
  out.push(
    '<pageMargins left="0.6" right="0.6" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="${p.paperSize}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>`,
    '<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>',
    '</worksheet>',
  );
  return out.join('');
}
