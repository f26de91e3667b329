/*
 * Appends the 结果 sheet's fonts, fills, number formats and cell formats to xl/styles.xml. Nothing that is
 * there is renumbered or changed: the new entries go at the end of each list, so every existing s="n" in the
 * workbook still means what it meant.
 */
import { RESULT_STYLES, type ResultSheetLayout, type ResultStyle } from '../core-api';
import { attr, rootPrefix } from './xml-text';

export class StylesError extends Error {
  constructor(readonly list: string) {
    super(`styles.xml without <${list}>`);
    this.name = 'StylesError';
  }
}

/** A minimal stylesheet for a package that has none (allowed by the format, rare in practice). */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

/** Key of one cell format: style + number format. */
export const xfKey = (style: ResultStyle, format: string) => `${style}|${format}`;

/** Appends what the layout needs; returns the new styles.xml and the s= index for each xfKey. */
export function appendStyles(xml: string, layout: ResultSheetLayout): { xml: string; xf: Map<string, number> } {
  const p = rootPrefix(xml, 'styleSheet');
  const used = new Map<string, { style: ResultStyle; format: string }>();
  for (const row of layout.rows)
    for (const cell of row) {
      if (!cell) continue;
      const format = typeof cell.value === 'string' ? '@' : (cell.format ?? 'General');
      used.set(xfKey(cell.style, format), { style: cell.style, format });
    }
  const styles = [...new Set([...used.values()].map((u) => u.style))];

  // The workbook's own default font name, so the sheet looks like the rest of the workbook.
  const firstFont =
    /<(?:\w+:)?font[\s>][\s\S]*?<\/(?:\w+:)?font>/.exec(section(xml, p, 'fonts')?.body ?? '')?.[0] ?? '';
  const fontName = attr(/<(?:\w+:)?name\s[^>]*>/.exec(firstFont)?.[0] ?? '', 'val') ?? 'Calibri';

  // Custom number formats (ids from 164 up, after the highest in use).
  const formats = new Map<string, number>();
  const numFmts = section(xml, p, 'numFmts');
  let nextFmt = 164;
  for (const m of (numFmts?.body ?? '').matchAll(/<(?:\w+:)?numFmt\s[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    if (Number.isFinite(id)) nextFmt = Math.max(nextFmt, id + 1);
  }
  const newFmts: string[] = [];
  for (const { format } of used.values()) {
    if (format in BUILTIN_FORMATS || formats.has(format)) continue;
    formats.set(format, nextFmt);
    newFmts.push(`<${p}numFmt numFmtId="${nextFmt}" formatCode="${format.replace(/"/g, '&quot;')}"/>`);
    nextFmt++;
  }

  let out = xml;
  const fontIds = new Map<ResultStyle, number>();
  const fillIds = new Map<ResultStyle, number>();
  out = appendTo(out, p, 'fonts', 'font', (first) =>
    styles.map((s, i) => {
      fontIds.set(s, first + i);
      const st = RESULT_STYLES[s];
      return (
        `<${p}font>${st.bold ? `<${p}b/>` : ''}<${p}sz val="${st.size}"/>` +
        `${st.color ? `<${p}color rgb="FF${st.color}"/>` : ''}<${p}name val="${fontName.replace(/"/g, '&quot;')}"/></${p}font>`
      );
    }),
  );
  const filled = styles.filter((s) => RESULT_STYLES[s].fill);
  out = appendTo(out, p, 'fills', 'fill', (first) =>
    filled.map((s, i) => {
      fillIds.set(s, first + i);
      return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${RESULT_STYLES[s].fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    }),
  );
  const xf = new Map<string, number>();
  out = appendTo(out, p, 'cellXfs', 'xf', (first) =>
    [...used.entries()].map(([key, { style, format }], i) => {
      xf.set(key, first + i);
      const st = RESULT_STYLES[style];
      const fmt = BUILTIN_FORMATS[format] ?? formats.get(format)!;
      return (
        `<${p}xf numFmtId="${fmt}" fontId="${fontIds.get(style)}" fillId="${fillIds.get(style) ?? 0}" borderId="0" xfId="0"` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">` +
        `<${p}alignment horizontal="${st.align}" vertical="center"${st.wrap ? ' wrapText="1"' : ''}/></${p}xf>`
      );
    }),
  );
  if (newFmts.length) {
    if (numFmts) out = appendTo(out, p, 'numFmts', 'numFmt', () => newFmts);
    else {
      // numFmts is the first child of styleSheet.
      const open = new RegExp(`<${p}styleSheet[^>]*>`).exec(out)!;
      const at = open.index + open[0].length;
      out = `${out.slice(0, at)}<${p}numFmts count="${newFmts.length}">${newFmts.join('')}</${p}numFmts>${out.slice(at)}`;
    }
  }
  return { xml: out, xf };
}

function section(
  xml: string,
  p: string,
  list: string,
): { start: number; open: string; body: string; end: number } | null {
  const open = new RegExp(`<${p}${list}(\\s[^>]*)?>`).exec(xml);
  if (!open) return null;
  if (open[0].endsWith('/>')) return { start: open.index, open: open[0], body: '', end: open.index + open[0].length };
  const close = xml.indexOf(`</${p}${list}>`, open.index);
  if (close < 0) return null;
  return {
    start: open.index,
    open: open[0],
    body: xml.slice(open.index + open[0].length, close),
    end: close + `</${p}${list}>`.length,
  };
}

/** Appends children to a list, counting the children that are there (a stale count attribute is not trusted). */
function appendTo(xml: string, p: string, list: string, child: string, make: (first: number) => string[]): string {
  const s = section(xml, p, list);
  if (!s) throw new StylesError(list);
  const existing = [...s.body.matchAll(new RegExp(`<${p}${child}(?=[\\s>/])`, 'g'))].length;
  // Children may nest (a <font> inside <dxf>, never inside <fonts>), so counting direct tags is exact here.
  const added = make(existing);
  if (!added.length) return xml;
  const openTag = s.open.endsWith('/>') ? s.open.slice(0, -2) + '>' : s.open;
  const withCount = /\scount\s*=/.test(openTag)
    ? openTag.replace(/\scount\s*=\s*["'][^"']*["']/, ` count="${existing + added.length}"`)
    : openTag.replace(/>$/, ` count="${existing + added.length}">`);
  return `${xml.slice(0, s.start)}${withCount}${s.body}${added.join('')}</${p}${list}>${xml.slice(s.end)}`;
}
