import { t, type Lang, type Params } from '../i18n/index';
import type { IndicatorKind, Scheme } from '../scheme/schema';
import { score } from '../scoring/score';
import { toHalfWidth } from '../scoring/read-value';
import type { IndicatorResponse, SpecialItem, Where } from '../scoring/types';
import { columnLetters } from './address';
import { detectLayout, detectLayoutReusing, normaliseId, readPoints } from './detect-layout';
import { cellText, isEmptyCell, memoText, normaliseHeader } from './normalise';
import { readFacts } from './read-facts';
import { readSpecials, specialType } from './read-specials';
import { adHocScheme, withSheetPoints, type AdHocRow } from './sheet-scheme';
import { isNeverScoringSheet, isOurSheet } from './sheet-names';
import type {
  AuditFacts,
  AuditFromSheets,
  Cell,
  Field,
  Layout,
  LayoutFailure,
  ReadAuditResult,
  ReadOptions,
  SheetGrid,
  WorkbookIssue,
} from './types';

interface RowRead {
  row: number;
  idText: string;
  id: string;
  name: string;
  category: string;
  max: number | null;
  maxText: string;
  kindText: string;
  response: Omit<IndicatorResponse, 'id'>;
  hidden: boolean;
  hasAnswer: boolean;
}

const KIND_WORDS: Record<IndicatorKind, string[]> = {
  graded: ['评分', '打分', '分级', '分值评分', 'graded', 'points'],
  binary: ['符合性', '是否符合', '符合/不符合', '二元', 'binary', 'conform/nonconform', 'conform', 'yes/no'],
  sampled: ['抽样', '抽样评分', '抽查', 'sampled', 'sampling'],
};

function kindFromText(s: string): IndicatorKind | null {
  const h = normaliseHeader(s);
  if (!h) return null;
  for (const k of ['sampled', 'binary', 'graded'] as const)
    if (KIND_WORDS[k].some((w) => normaliseHeader(w) === h)) return k;
  return null;
}

const CONFORM_WORDS = new Set(['符合', '不符合', 'conform', 'nonconform', '√', '×', '✓', '✗']);

/**
 * Read one audit from a workbook's sheets (plain grids): which sheet holds the scores, its layout,
 * the answers with their cells, special items and audit facts. A foreign 评分表 is read on its own
 * terms (its 分值 win; rows the scheme does not know make a scheme of their own, scored with the
 * given scheme's rules). Faces then call score(scheme, input).
 */
export function auditFromSheets(
  sheets: readonly SheetGrid[],
  scheme: Scheme,
  options: ReadOptions = {},
): AuditFromSheets {
  const lang: Lang = options.lang ?? 'zh-CN';
  const issues: WorkbookIssue[] = [];
  const issue = (code: string, severity: WorkbookIssue['severity'], where: string, params: Params = {}) =>
    issues.push({ code, severity, where, message: t(lang, `workbook.${code}`, { where, ...params }) });

  const picked = pickScoringSheet(sheets, options, lang);
  const facts: AuditFacts = {};
  const cover = sheets.find((s) => isOurSheet(s.name, 'cover'));
  if (cover) Object.assign(facts, readFacts(cover.grid, atOf(cover)));
  const specials = readSpecialSheets(sheets, picked?.sheet.name, issue);

  if (!picked || !picked.layout.ok) {
    const layout = picked?.layout ?? detectLayout([], { lang });
    const where = picked?.sheet.name ?? sheets.map((s) => s.name).join(', ');
    issue('no-scoring-sheet', 'error', where, { detail: (layout as LayoutFailure).message });
    return {
      scheme,
      input: { responses: [], ...specials },
      facts,
      layout,
      sheet: picked?.sheet.name ?? '',
      schemeSource: 'given',
      issues,
    };
  }
  const { sheet, layout } = picked as { sheet: SheetGrid; layout: Layout };
  const at = atOf(sheet);
  const top = readFacts(sheet.grid, at, { from: 0, to: layout.headerRow });
  mergeFacts(facts, top);

  const rows = readRows(sheet, layout, at, issue);

  // Which rows the scheme knows, by id, else by name.
  const byName = new Map<string, string>();
  for (const it of scheme.items)
    for (const n of [it.name.zh, it.name.en]) byName.set(nameKey(n), byName.has(nameKey(n)) ? '' : it.id);
  // A 序号 (1, 2, … often restarting per category) is a row number, not an indicator id: match by name.
  const schemeIdOf = (r: RowRead) =>
    scheme.itemById.has(r.id)
      ? r.id
      : r.id === '' || isSerial(r.id)
        ? byName.get(nameKey(r.name)) || undefined
        : undefined;
  const matched = rows.filter((r) => schemeIdOf(r) !== undefined).length;
  // A row id that is a heading in the scheme (5.1.1 scored as a whole) means the sheet's tree differs.
  const treeDiffers = rows.some((r) => r.id && scheme.byId.has(r.id) && !scheme.itemById.has(r.id));
  // Mostly the scheme's rows (a few unknown ids are reported as such); otherwise the sheet has its own tree.
  const schemeMode = rows.length > 0 && matched > 0 && matched >= 0.8 * rows.length && !treeDiffers;

  const responses: IndicatorResponse[] = [];
  let used: Scheme = scheme;
  let schemeSource: AuditFromSheets['schemeSource'] = 'given';
  const seen = new Map<string, string>();
  const duplicate = (key: string, where: string): boolean => {
    const first = seen.get(key);
    if (first) issue('duplicate-id', 'error', where, { id: key, first });
    else seen.set(key, where);
    return first !== undefined;
  };

  if (schemeMode) {
    const maxById = new Map<string, number>();
    for (const r of rows) {
      const id = schemeIdOf(r) ?? (r.idText || r.name);
      const where = r.response.where?.id ?? at(r.row, 0);
      if (!duplicate(id, where)) {
        const item = scheme.itemById.get(id);
        if (item && r.max !== null && Math.abs(r.max - item.max) > 1e-9) {
          issue('max-differs', 'warning', at(r.row, layout.columns.max!.col), { id, sheet: r.max, scheme: item.max });
          maxById.set(id, r.max);
        }
      }
      responses.push({ id, ...r.response });
    }
    const missing = scheme.items.filter((it) => !seen.has(it.id)).map((it) => it.id);
    if (missing.length)
      issue('item-not-in-sheet', 'warning', sheet.name, { ids: missing.join(', '), count: missing.length });
    if (maxById.size) {
      used = withSheetPoints(scheme, maxById);
      schemeSource = 'sheet-points';
    }
  } else if (rows.length) {
    const usable: { r: RowRead; ad: AdHocRow }[] = [];
    for (const r of rows) {
      const where = r.response.where?.id ?? at(r.row, 0);
      if (r.idText && !isSerial(r.id) && duplicate(r.id, where)) continue;
      if (r.max === null) {
        issue('max-missing', 'error', layout.columns.max ? at(r.row, layout.columns.max.col) : where, {
          value: r.maxText,
          name: r.name || r.idText,
        });
        continue;
      }
      const known = scheme.itemById.get(r.id) ?? scheme.itemById.get(byName.get(nameKey(r.name)) ?? '');
      const kind = kindFromText(r.kindText) ?? known?.kind ?? inferKind(r);
      if (r.kindText && !kindFromText(r.kindText))
        issue('unknown-kind', 'warning', at(r.row, layout.columns.kind!.col), {
          value: r.kindText,
          kind: t(lang, `kind.${kind}`),
        });
      usable.push({
        r,
        ad: {
          category: r.category || sheet.name,
          name: r.name || known?.name.zh || r.idText,
          max: r.max,
          kind,
          label: r.idText,
          where,
        },
      });
    }
    try {
      const built = adHocScheme(
        scheme,
        sheet.name,
        usable.map((u) => u.ad),
      );
      used = built.scheme;
      schemeSource = 'sheet-rows';
      usable.forEach((u, i) => responses.push({ id: built.ids[i]!, ...u.r.response }));
      // Duplicates keep the first row's id, so score() reports them against the same item.
      for (const r of rows) {
        const firstWhere = r.idText && !isSerial(r.id) ? seen.get(r.id) : undefined;
        const thisWhere = r.response.where?.id ?? at(r.row, 0);
        if (firstWhere && firstWhere !== thisWhere) {
          const idx = usable.findIndex((u) => (u.r.response.where?.id ?? at(u.r.row, 0)) === firstWhere);
          if (idx >= 0) responses.push({ id: built.ids[idx]!, ...r.response });
        }
      }
      issue('sheet-rows-scheme', 'warning', sheet.name, {
        count: usable.length,
        categories: used.categories.length,
        scheme: scheme.id,
      });
    } catch (e) {
      issue('sheet-scheme-failed', 'error', sheet.name, { detail: (e as Error).message });
    }
  }

  for (const r of rows)
    if (r.hidden && r.hasAnswer) issue('hidden-row', 'warning', r.response.where?.id ?? at(r.row, 0));

  const monthsAtCompliantLevel = facts.monthsAtCompliantLevel;
  return {
    scheme: used,
    input: { responses, ...specials, ...(monthsAtCompliantLevel !== undefined ? { monthsAtCompliantLevel } : {}) },
    facts,
    layout,
    sheet: sheet.name,
    schemeSource,
    issues,
  };
}

/** auditFromSheets plus the value problems score() finds (text in a score cell, above max, k > n, duplicate or unknown id), all with sheet!cell. */
export function readAudit(sheets: readonly SheetGrid[], scheme: Scheme, options: ReadOptions = {}): ReadAuditResult {
  const a = auditFromSheets(sheets, scheme, options);
  const result = score(a.scheme, a.input, { lang: options.lang ?? 'zh-CN' });
  const valueIssues: WorkbookIssue[] = result.issues
    .filter((i) => i.where.includes('!'))
    // The reader already said "duplicate id" at the same cell.
    .filter(
      (i) =>
        !(i.code === 'duplicate-response' && a.issues.some((w) => w.code === 'duplicate-id' && w.where === i.where)),
    )
    .map((i) => ({ code: i.code, severity: i.severity, where: i.where, message: i.message }));
  return {
    sheet: a.sheet,
    responses: [...a.input.responses],
    specialDeductions: [...(a.input.specialDeductions ?? [])],
    bonuses: [...(a.input.bonuses ?? [])],
    facts: a.facts,
    layout: a.layout,
    scheme: a.scheme,
    schemeSource: a.schemeSource,
    issues: [...a.issues, ...valueIssues],
  };
}

function atOf(sheet: SheetGrid): (row: number, col: number) => string {
  const o = sheet.origin ?? { row: 0, col: 0 };
  // "Sheet!C" per column, once: a sheet of 500 rows asks for the same few columns over and over.
  const prefixes: string[] = [];
  return (row, col) => {
    let p = prefixes[col];
    if (p === undefined) p = prefixes[col] = `${sheet.name}!${columnLetters(col + o.col)}`;
    return `${p}${row + o.row + 1}`;
  };
}

function mergeFacts(into: AuditFacts, from: AuditFacts) {
  for (const [k, v] of Object.entries(from)) {
    if (k === 'where') continue;
    if ((into as Record<string, unknown>)[k] === undefined) {
      (into as Record<string, unknown>)[k] = v;
      into.where = { ...into.where, [k]: from.where?.[k as keyof typeof from.where] };
    }
  }
}

const SCORING_NAME = /评分|打分|评审|评价表|检查表|审核表|score|scoring|checklist/i;

function pickScoringSheet(
  sheets: readonly SheetGrid[],
  options: ReadOptions,
  lang: Lang,
): { sheet: SheetGrid; layout: Layout | LayoutFailure } | null {
  const detect = (s: SheetGrid) =>
    detectLayoutReusing(s.grid, options.layout, {
      lang,
      hiddenRows: s.hiddenRows ?? [],
      maxHeaderRows: options.maxHeaderRows ?? 30,
    });
  if (options.sheet !== undefined) {
    const s = sheets.find((x) => x.name === options.sheet);
    return s ? { sheet: s, layout: detect(s) } : null;
  }
  const ordered = [
    ...sheets.filter((s) => isOurSheet(s.name, 'items')),
    ...sheets.filter((s) => !isOurSheet(s.name, 'items') && SCORING_NAME.test(s.name) && !isNeverScoringSheet(s.name)),
    ...sheets.filter((s) => !isOurSheet(s.name, 'items') && !SCORING_NAME.test(s.name) && !isNeverScoringSheet(s.name)),
  ];
  let firstFailure: { sheet: SheetGrid; layout: Layout | LayoutFailure } | null = null;
  for (const s of ordered) {
    const layout = detect(s);
    if (layout.ok) return { sheet: s, layout };
    firstFailure ??= { sheet: s, layout };
  }
  return firstFailure;
}

function readSpecialSheets(
  sheets: readonly SheetGrid[],
  scoringSheet: string | undefined,
  issue: (code: string, severity: WorkbookIssue['severity'], where: string, params?: Params) => void,
) {
  const specialDeductions: SpecialItem[] = [];
  const bonuses: SpecialItem[] = [];
  const candidates = [
    ...sheets.filter((s) => isOurSheet(s.name, 'special')),
    ...sheets.filter((s) => !isOurSheet(s.name, 'special') && s.name !== scoringSheet && /特别|special/i.test(s.name)),
  ];
  for (const s of candidates) {
    const read = readSpecials(s.grid, atOf(s));
    if (!read.found) continue;
    specialDeductions.push(...read.deductions);
    bonuses.push(...read.bonuses);
    for (const u of read.unknownType) issue('special-type-unknown', 'error', u.where, { value: u.value });
    for (const b of read.badRectified) issue('rectified-unknown', 'warning', b.where, { value: b.value });
  }
  return { specialDeductions, bonuses };
}

const CATEGORY_HEADING = /^(第?[一二三四五六七八九十]+[、.．部分章]|[A-Z][、.．]\s*\S)/;

function readRows(
  sheet: SheetGrid,
  layout: Layout,
  at: (r: number, c: number) => string,
  issue: (code: string, severity: WorkbookIssue['severity'], where: string, params?: Params) => void,
): RowRead[] {
  const g = sheet.grid;
  const cols = layout.columns;
  // Column of each field, looked up once (undefined: the sheet has no such column).
  const cId = cols.id?.col;
  const cName = cols.name?.col;
  const cCategory = cols.category?.col;
  const cMax = cols.max?.col;
  const cKind = cols.kind?.col;
  const cScore = cols.score?.col;
  const cSamples = cols.samples?.col;
  const cNonconforming = cols.nonconforming?.col;
  const cApplicable = cols.applicable?.col;
  const cNotes = cols.notes?.col;
  const answerCols = [cScore, cSamples, cNonconforming, cApplicable].filter((c): c is number => c !== undefined);
  const hidden = new Set(layout.hiddenRows);
  const categoryRows = new Set(layout.categoryRows);
  const items = new Set(layout.itemRows);
  const out: RowRead[] = [];
  let heading = '';
  let columnCategory = '';
  let minHeadingDepth = Infinity;
  for (let r = layout.firstDataRow; r < g.length; r++) {
    const row = g[r];
    const cell = (c: number | undefined): Cell => (c === undefined ? null : (row?.[c] ?? null));
    // Merged category cells hold their text in the top cell only: carry it down.
    const catText = cellText(cell(cCategory));
    if (catText) columnCategory = catText;
    if (categoryRows.has(r)) {
      const idText = cellText(cell(cId));
      const nameText = cellText(cell(cName));
      const label = [idText, nameText].filter(Boolean).join(' ') || catText;
      const depth = /^\d+(\.\d+)*$/.test(normaliseId(idText)) ? normaliseId(idText).split('.').length : 0;
      if (!idText || CATEGORY_HEADING.test(nameText) || CATEGORY_HEADING.test(idText) || depth <= minHeadingDepth) {
        if (depth) minHeadingDepth = Math.min(minHeadingDepth, depth);
        if (!specialType(label)) heading = label.replace(/[（(]\s*\d+(\.\d+)?\s*分?\s*[)）]\s*$/, '').trim();
      }
      continue;
    }
    if (!items.has(r)) continue;
    const idText = cellText(cell(cId));
    const name = cellText(cell(cName));
    if (specialType(name) || specialType(idText)) {
      issue('special-in-items-sheet', 'warning', at(r, cName ?? cId ?? 0), { text: name || idText });
      continue;
    }
    const where: Where = {};
    if (cId !== undefined && idText) where.id = at(r, cId);
    else if (cName !== undefined) where.id = at(r, cName);
    const response: Omit<IndicatorResponse, 'id'> = {};
    if (cScore !== undefined) {
      response.value = blankToUndefined(rawOf(cell(cScore)));
      where.value = at(r, cScore);
    }
    if (cSamples !== undefined) {
      response.samples = blankToUndefined(rawOf(cell(cSamples)));
      where.samples = at(r, cSamples);
    }
    if (cNonconforming !== undefined) {
      response.nonconforming = blankToUndefined(rawOf(cell(cNonconforming)));
      where.nonconforming = at(r, cNonconforming);
    }
    if (cApplicable !== undefined) {
      const v = rawOf(cell(cApplicable));
      response.applicable = cols.applicable!.inverted ? invertApplicable(v) : blankToUndefined(v);
      where.applicable = at(r, cApplicable);
    }
    const note = cellText(cell(cNotes));
    if (note) response.note = note;
    response.where = where;
    for (const k of ['value', 'samples', 'nonconforming', 'applicable'] as const)
      if (response[k] === undefined) delete response[k];
    const maxCell = cell(cMax);
    out.push({
      row: r,
      idText,
      id: normaliseId(idText),
      name,
      category: catText || columnCategory || heading,
      max: cMax !== undefined ? readPoints(maxCell) : null,
      maxText: cellText(maxCell),
      kindText: cellText(cell(cKind)),
      response,
      hidden: hidden.has(r),
      hasAnswer: answerCols.some((c) => !isEmptyCell(cell(c))),
    });
  }
  return out;
}

/** A cell as an answer: dates as YYYY-MM-DD, everything else as it is. */
function rawOf(v: Cell): Cell {
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}

/** Names compare without spaces, case or width; brackets count (配送 is not 配送（含安装）). */
const nameKey: (s: string) => string = memoText((s) => toHalfWidth(s).toLowerCase().replace(/\s+/g, ''));

function isSerial(id: string): boolean {
  return /^\d+$/.test(id);
}

function blankToUndefined(v: Cell): Cell | undefined {
  return isEmptyCell(v) ? undefined : v;
}

// Under a 删减 (excluded) header, 是/√ means "not applicable" and 否 means "applies"; 删减 / 不适用 keep their meaning.
const EXCLUDED_WORDS = new Set(['删减', '不适用', '不涉及', 'n/a', 'na', 'excluded', 'not applicable']);
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '适用', '涉及']);

function invertApplicable(v: Cell): Cell | undefined {
  if (isEmptyCell(v)) return undefined;
  if (typeof v === 'boolean') return !v;
  const s = toHalfWidth(cellText(v)).toLowerCase();
  if (EXCLUDED_WORDS.has(s) || YES.has(s)) return false;
  if (NO.has(s)) return true;
  return v;
}

function inferKind(r: RowRead): IndicatorKind {
  if (r.response.samples !== undefined || r.response.nonconforming !== undefined) return 'sampled';
  const v = r.response.value;
  if (typeof v === 'string' && CONFORM_WORDS.has(toHalfWidth(v).trim().toLowerCase())) return 'binary';
  return 'graded';
}
