/*
 * The edits that register one more worksheet in a package: its <sheet> in xl/workbook.xml with its defined
 * names (print titles, print area, our marker), a relationship in xl/_rels/workbook.xml.rels, an Override in
 * [Content_Types].xml and, when docProps/app.xml lists the sheets the usual way, its title there. Text
 * outside the inserted pieces is kept character for character.
 */
import { columnLetters, RESULT_COLUMNS, RESULT_SHEET_MARKER, type ResultSheetLayout } from '../core-api';
import { attr, prefixOf, rootPrefix, sheetRefName, xmlText } from './xml-text';

export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

export class RegisterError extends Error {
  constructor(readonly why: 'no-sheets' | 'no-relationships') {
    super(why);
    this.name = 'RegisterError';
  }
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** Index among <sheet> elements (what localSheetId refers to). */
  index: number;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Index of the sheet carrying our marker name, if any. */
  ours: number | null;
}

export function readWorkbook(xml: string): WorkbookInfo {
  const p = rootPrefix(xml, 'workbook');
  const r = prefixOf(xml, REL_NS) ?? 'r:';
  const sheets: SheetEntry[] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}sheet\\s[^>]*>`, 'g'))) {
    sheets.push({
      name: attr(m[0], 'name') ?? '',
      sheetId: Number(attr(m[0], 'sheetId')),
      rid: attr(m[0], `${r}id`) ?? '',
      index: sheets.length,
    });
  }
  let ours: number | null = null;
  for (const m of xml.matchAll(new RegExp(`<${p}definedName\\s[^>]*>`, 'g'))) {
    if (attr(m[0], 'name') === RESULT_SHEET_MARKER) {
      const i = Number(attr(m[0], 'localSheetId'));
      if (Number.isInteger(i) && i >= 0 && i < sheets.length) ours = i;
    }
  }
  return { sheets, ours };
}

/** Our three defined names for the sheet at `index` called `name`. */
function ourNames(p: string, index: number, name: string, layout: ResultSheetLayout): string {
  const ref = sheetRefName(name);
  const last = columnLetters(RESULT_COLUMNS - 1);
  const t = layout.print.titleRows;
  const dn = (n: string, v: string, hidden = false) =>
    `<${p}definedName name="${n}" localSheetId="${index}"${hidden ? ' hidden="1"' : ''}>${xmlText(v)}</${p}definedName>`;
  return (
    dn('_xlnm.Print_Area', `${ref}!$A$1:$${last}$${Math.max(1, layout.print.rows)}`) +
    dn('_xlnm.Print_Titles', `${ref}!$${t.first + 1}:$${t.last + 1}`) +
    dn(RESULT_SHEET_MARKER, `${ref}!$A$1`, true)
  );
}

/**
 * workbook.xml with the defined names of the sheet at `index` replaced by ours and, when `add` is given, a new
 * <sheet> appended (last, so no existing localSheetId changes).
 */
export function editWorkbook(
  xml: string,
  layout: ResultSheetLayout,
  target: { index: number; name: string },
  add?: { sheetId: number; rid: string },
): string {
  const p = rootPrefix(xml, 'workbook');
  let out = xml;
  if (add) {
    const close = out.indexOf(`</${p}sheets>`);
    if (close < 0) throw new RegisterError('no-sheets');
    // The relationships prefix may be declared only on sibling elements (openpyxl does so): declare it here too.
    const uri = REL_NS.find((u) => xml.includes(u)) ?? REL_NS[0];
    const tag = `<${p}sheet name="${xmlText(target.name)}" sheetId="${add.sheetId}" xmlns:r="${uri}" r:id="${add.rid}"/>`;
    out = `${out.slice(0, close)}${tag}${out.slice(close)}`;
  }
  // Drop the print area/titles and marker previously set for this sheet (ours, being replaced).
  const isOld = (tag: string) => {
    const n = attr(tag, 'name');
    return (
      Number(attr(tag, 'localSheetId')) === target.index &&
      (n === RESULT_SHEET_MARKER || n === '_xlnm.Print_Area' || n === '_xlnm.Print_Titles')
    );
  };
  out = out.replace(new RegExp(`<${p}definedName\\s[^>]*?(?:/>|>[\\s\\S]*?</${p}definedName>)`, 'g'), (whole) =>
    add || !isOld(whole) ? whole : '',
  );
  const names = ourNames(p, target.index, target.name, layout);
  const open = new RegExp(`<${p}definedNames(\\s[^>]*)?>`).exec(out);
  const selfClosed = new RegExp(`<${p}definedNames\\s*/>`).exec(out);
  if (selfClosed) return out.replace(selfClosed[0], `<${p}definedNames>${names}</${p}definedNames>`);
  if (open) {
    const close = out.indexOf(`</${p}definedNames>`, open.index);
    return `${out.slice(0, close)}${names}${out.slice(close)}`;
  }
  // definedNames follows sheets, functionGroups and externalReferences.
  const after = [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`]
    .map((tag) => ({ tag, at: out.indexOf(tag) }))
    .find((x) => x.at >= 0);
  if (!after) throw new RegisterError('no-sheets');
  const at = after.at + after.tag.length;
  return `${out.slice(0, at)}<${p}definedNames>${names}</${p}definedNames>${out.slice(at)}`;
}

/** Adds a worksheet relationship; returns the xml and the new id. */
export function addRelationship(xml: string, target: string, type = REL_WORKSHEET): { xml: string; rid: string } {
  const close = xml.lastIndexOf('</Relationships>');
  if (close < 0) throw new RegisterError('no-relationships');
  const ids = new Set([...xml.matchAll(/\sId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rid = `rId${n}`;
  return {
    xml: `${xml.slice(0, close)}<Relationship Id="${rid}" Type="${type}" Target="${xmlText(target)}"/>${xml.slice(close)}`,
    rid,
  };
}

/** The part a workbook relationship id points at (a path inside the package, no leading slash). */
export function relationshipTarget(xml: string, rid: string): string | null {
  for (const m of xml.matchAll(/<Relationship\s[^>]*>/g)) {
    if (attr(m[0], 'Id') !== rid) continue;
    const t = attr(m[0], 'Target') ?? '';
    if (attr(m[0], 'TargetMode') === 'External') return null;
    return t.startsWith('/') ? t.slice(1) : normalise(`xl/${t}`);
  }
  return null;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const s of path.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

export function addContentType(xml: string, part: string, type: string): string {
  if (new RegExp(`PartName\\s*=\\s*["']/${part.replace(/[.[\]]/g, '\\$&')}["']`, 'i').test(xml)) return xml;
  const close = xml.lastIndexOf('</Types>');
  if (close < 0) throw new RegisterError('no-relationships');
  return `${xml.slice(0, close)}<Override PartName="/${part}" ContentType="${type}"/>${xml.slice(close)}`;
}

/**
 * docProps/app.xml: when its first heading pair counts exactly the workbook's sheets and TitlesOfParts lists
 * them first, the new title goes after them and both counts go up by one. Any other shape is left alone
 * (the part is informational; spreadsheet programs rebuild it).
 */
export function editAppProps(xml: string, sheetCount: number, name: string): string | null {
  const vp = prefixOf(xml, ['http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes']);
  if (vp === null) return null;
  const heading = new RegExp(
    `<HeadingPairs>\\s*<${vp}vector[^>]*>\\s*<${vp}variant>\\s*<${vp}lpstr>[^<]*</${vp}lpstr>\\s*</${vp}variant>\\s*<${vp}variant>\\s*<${vp}i4>(\\d+)</${vp}i4>`,
  ).exec(xml);
  const titles = new RegExp(`<TitlesOfParts>\\s*<${vp}vector([^>]*)>`).exec(xml);
  if (!heading || !titles || Number(heading[1]) !== sheetCount) return null;
  const size = Number(attr(titles[0], 'size'));
  if (!Number.isInteger(size) || size < sheetCount) return null;
  // Position after the sheetCount-th title.
  const lp = new RegExp(`</${vp}lpstr>`, 'g');
  lp.lastIndex = titles.index + titles[0].length;
  let at = titles.index + titles[0].length;
  for (let i = 0; i < sheetCount; i++) {
    const m = lp.exec(xml);
    if (!m) return null;
    at = m.index + m[0].length;
  }
  const countAt = heading.index + heading[0].length - `${heading[1]}</${vp}i4>`.length;
  let out = `${xml.slice(0, at)}<${vp}lpstr>${xmlText(name)}</${vp}lpstr>${xml.slice(at)}`;
  out = out.slice(0, countAt) + String(sheetCount + 1) + out.slice(countAt + heading[1]!.length);
  return out.replace(titles[0], titles[0].replace(/size\s*=\s*["']\d+["']/, `size="${size + 1}"`));
}
