/*
 * Adds the 结果 sheet's fonts, fills, number formats and cell formats to xl/styles.xml. Nothing that is
 * there is renumbered or changed: an identical entry already there is reused (so re-scoring a scored copy
 * adds nothing), the missing ones go at the end of each list, so every existing s="n" still means what it meant.
 */
import { RESULT_STYLES, type ResultSheetLayout, type ResultStyle } from '../core-api';
import { canonicalElement, childElements } from './xml-entries';
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

/** Adds what the layout needs and is not there yet; returns the new styles.xml and the s= index for each xfKey. */
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

  // Custom number formats: an existing one with the same code is reused, new ones get ids after the highest in use.
  const formats = new Map<string, number>();
  const numFmts = section(xml, p, 'numFmts');
  let nextFmt = 164;
  for (const tag of childElements(numFmts?.body ?? '', p, 'numFmt')) {
    const id = Number(attr(tag, 'numFmtId'));
    const code = attr(tag, 'formatCode');
    if (!Number.isFinite(id)) continue;
    nextFmt = Math.max(nextFmt, id + 1);
    if (code !== undefined && !formats.has(code)) formats.set(code, id);
  }
  const newFmts: string[] = [];
  for (const { format } of used.values()) {
    if (format in BUILTIN_FORMATS || formats.has(format)) continue;
    formats.set(format, nextFmt);
    newFmts.push(`<${p}numFmt numFmtId="${nextFmt}" formatCode="${format.replace(/"/g, '&quot;')}"/>`);
    nextFmt++;
  }

  let out = xml;
  const fonts = addEntries(
    out,
    p,
    'fonts',
    'font',
    styles.map((s) => {
      const st = RESULT_STYLES[s];
      return (
        `<${p}font>${st.bold ? `<${p}b/>` : ''}<${p}sz val="${st.size}"/>` +
        `${st.color ? `<${p}color rgb="FF${st.color}"/>` : ''}<${p}name val="${fontName.replace(/"/g, '&quot;')}"/></${p}font>`
      );
    }),
  );
  out = fonts.xml;
  const fontIds = new Map(styles.map((s, i) => [s, fonts.ids[i]!]));
  const filled = styles.filter((s) => RESULT_STYLES[s].fill);
  const fills = addEntries(
    out,
    p,
    'fills',
    'fill',
    filled.map(
      (s) =>
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${RESULT_STYLES[s].fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    ),
  );
  out = fills.xml;
  const fillIds = new Map(filled.map((s, i) => [s, fills.ids[i]!]));
  const keys = [...used.keys()];
  const xfs = addEntries(
    out,
    p,
    'cellXfs',
    'xf',
    [...used.values()].map(({ style, format }) => {
      const st = RESULT_STYLES[style];
      const fmt = BUILTIN_FORMATS[format] ?? formats.get(format)!;
      return (
        `<${p}xf numFmtId="${fmt}" fontId="${fontIds.get(style)}" fillId="${fillIds.get(style) ?? 0}" borderId="0" xfId="0"` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">` +
        `<${p}alignment horizontal="${st.align}" vertical="center"${st.wrap ? ' wrapText="1"' : ''}/></${p}xf>`
      );
    }),
  );
  out = xfs.xml;
  const xf = new Map(keys.map((k, i) => [k, xfs.ids[i]!]));
  if (newFmts.length) {
    if (numFmts) out = addEntries(out, p, 'numFmts', 'numFmt', newFmts).xml;
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

/**
 * Gives each wanted child of a list its index: an identical child already there (compared in canonical form,
 * see canonicalElement) is reused, the others are appended at the end. Existing children are never changed or
 * moved, and the count attribute is set from the children that are there (a stale count is not trusted).
 */
function addEntries(
  xml: string,
  p: string,
  list: string,
  child: string,
  wanted: string[],
): { xml: string; ids: number[] } {
  const s = section(xml, p, list);
  if (!s) throw new StylesError(list);
  const existing = childElements(s.body, p, child);
  const index = new Map<string, number>();
  existing.forEach((e, i) => {
    const key = canonicalElement(e, p);
    if (!index.has(key)) index.set(key, i);
  });
  const added: string[] = [];
  const ids = wanted.map((w) => {
    const key = canonicalElement(w, p);
    let id = index.get(key);
    if (id === undefined) {
      id = existing.length + added.length;
      added.push(w);
      index.set(key, id);
    }
    return id;
  });
  if (!added.length) return { xml, ids };
  const openTag = s.open.endsWith('/>') ? s.open.slice(0, -2) + '>' : s.open;
  const total = existing.length + added.length;
  const withCount = /\scount\s*=/.test(openTag)
    ? openTag.replace(/\scount\s*=\s*["'][^"']*["']/, ` count="${total}"`)
    : openTag.replace(/>$/, ` count="${total}">`);
  return {
    xml: `${xml.slice(0, s.start)}${withCount}${s.body}${added.join('')}</${p}${list}>${xml.slice(s.end)}`,
    ids,
  };
}
