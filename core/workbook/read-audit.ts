import { t, type Lang, type Params } from '../i18n/index';
import type { IndicatorKind, Scheme } from '../scheme/schema';
import { readNumber } from '../scoring/read-value';
import { score } from '../scoring/score';
import { toHalfWidth } from '../vocabulary/index';
import type { IndicatorResponse, SpecialItem } from '../scoring/types';
import { columnLetters } from './address';
import { detectLayout, detectLayoutReusing } from './detect-layout';
import { kindFromCells, kindFromText } from './item-kind';
import { memoText } from './normalise';
import { readFacts } from './read-facts';
import { readRows, type RowRead } from './read-rows';
import { readSpecials } from './read-specials';
import { adHocScheme, withSheetPoints, type AdHocRow } from './sheet-scheme';
import { isNeverScoringSheet, isOurSheet } from './sheet-names';
import type {
  AuditFacts,
  AuditFromSheets,
  Exclusion,
  Layout,
  LayoutFailure,
  ReadAuditResult,
  ReadOptions,
  SheetGrid,
  WorkbookIssue,
} from './types';

/**
 * Read one audit from a workbook's sheets (plain grids): which sheet holds the scores, its layout,
 * the answers with their cells, special items and audit facts. A foreign 评分表 is read on its own
 * terms: its 分值 win, an item's kind follows its cells (without a 评分方式 column), 扣分 gives
 * 分值 − 扣分, an exclusion mark in the score cell takes the item out (listed in `exclusions`), and rows
 * the scheme does not know make a scheme of their own under the sheet's own ids, scored with the given
 * scheme's rules. Our own template keeps its rules. Faces then call score(scheme, input).
 */
export function auditFromSheets(
  sheets: readonly SheetGrid[],
  scheme: Scheme,
  options: ReadOptions = {},
): AuditFromSheets {
  const lang: Lang = options.lang ?? 'zh-CN';
  const issues: WorkbookIssue[] = [];
  const issue = (code: string, severity: WorkbookIssue['severity'], where: string, params: Params = {}) => {
    const all = { where, ...params };
    issues.push({ code, severity, where, params: all, message: t(lang, `workbook.${code}`, all) });
  };

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
      exclusions: [],
      issues,
    };
  }
  const { sheet, layout } = picked as { sheet: SheetGrid; layout: Layout };
  const at = atOf(sheet);
  const top = readFacts(sheet.grid, at, { from: 0, to: layout.headerRow });
  mergeFacts(facts, top);

  const foreign = !isOurTemplateLayout(layout);
  const rows = readRows(sheet, layout, at, issue, foreign);
  // Without a 评分方式 column an item's kind follows its cells (our kinds are only proposed defaults).
  const kindFollowsCells = layout.columns.kind === undefined;

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
  const exclusions: Exclusion[] = [];
  const seen = new Map<string, string>();
  const duplicate = (key: string, where: string): boolean => {
    const first = seen.get(key);
    if (first) issue('duplicate-id', 'error', where, { id: key, first });
    else seen.set(key, where);
    return first !== undefined;
  };

  if (schemeMode) {
    const maxById = new Map<string, number>();
    const kindById = new Map<string, IndicatorKind>();
    for (const r of rows) {
      const id = schemeIdOf(r) ?? (r.idText || r.name);
      const where = r.response.where?.id ?? at(r.row, 0);
      if (!duplicate(id, where)) {
        const item = scheme.itemById.get(id);
        if (item && r.max !== null && Math.abs(r.max - item.max) > 1e-9) {
          issue('max-differs', 'warning', r.maxWhere, { id, sheet: r.max, scheme: item.max });
          maxById.set(id, r.max);
        }
        // The sheet's own evidence of the kind: its 评分方式 cell, else what its cells hold.
        const sheetKind = kindFollowsCells ? kindFromCells(r.response) : kindFromText(r.kindText);
        if (item && sheetKind && !readsAs(item.kind, sheetKind, r.response.value, r.max ?? item.max))
          kindById.set(id, sheetKind);
      }
      if (r.exclusion) exclusions.push({ id, ...r.exclusion });
      responses.push({ id, ...r.response });
    }
    const missing = scheme.items.filter((it) => !seen.has(it.id)).map((it) => it.id);
    if (missing.length)
      issue('item-not-in-sheet', 'warning', sheet.name, { ids: missing.join(', '), count: missing.length });
    if (maxById.size || kindById.size) {
      used = withSheetPoints(scheme, maxById, kindById);
      schemeSource = 'sheet-points';
    }
  } else if (rows.length) {
    const usable: { r: RowRead; ad: AdHocRow }[] = [];
    for (const r of rows) {
      const where = r.response.where?.id ?? at(r.row, 0);
      if (r.idText && !isSerial(r.id) && duplicate(r.id, where)) continue;
      if (r.max === null && !r.exclusion) {
        issue('max-missing', 'error', r.maxWhere, {
          value: r.maxText,
          name: r.name || r.idText,
        });
        continue;
      }
      const known = scheme.itemById.get(r.id) ?? scheme.itemById.get(byName.get(nameKey(r.name)) ?? '');
      const cellKind = kindFromCells(r.response);
      const kind =
        kindFromText(r.kindText) ?? (kindFollowsCells ? cellKind : null) ?? known?.kind ?? cellKind ?? 'graded';
      if (r.kindText && !kindFromText(r.kindText))
        issue('unknown-kind', 'warning', at(r.row, layout.columns.kind!.col), {
          value: r.kindText,
          kind: t(lang, `kind.${kind}`),
        });
      usable.push({
        r,
        ad: {
          category: r.category,
          name: r.name || known?.name.zh || r.idText,
          // An item the sheet takes out without giving its points counts 0: it is out of both sums anyway.
          max: r.max ?? 0,
          kind,
          label: r.idText,
          id: isSerial(r.id) ? '' : r.id,
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
      usable.forEach((u, i) => {
        responses.push({ id: built.ids[i]!, ...u.r.response });
        if (u.r.exclusion) exclusions.push({ id: built.ids[i]!, ...u.r.exclusion });
      });
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
    input: {
      responses,
      ...specials,
      ...(monthsAtCompliantLevel !== undefined ? { monthsAtCompliantLevel } : {}),
      ...(foreign ? { foreignSheet: true } : {}),
    },
    facts,
    layout,
    sheet: sheet.name,
    schemeSource,
    exclusions,
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
    // The reader already said the 扣分 is outside 0…分值 at that cell.
    .filter(
      (i) =>
        !a.issues.some((w) => w.code === 'deduction-out-of-range' && w.where === i.where && i.severity === 'error'),
    )
    .map((i) => ({ code: i.code, severity: i.severity, where: i.where, params: i.params, message: i.message }));
  return {
    sheet: a.sheet,
    responses: [...a.input.responses],
    specialDeductions: [...(a.input.specialDeductions ?? [])],
    bonuses: [...(a.input.bonuses ?? [])],
    facts: a.facts,
    layout: a.layout,
    scheme: a.scheme,
    schemeSource: a.schemeSource,
    exclusions: a.exclusions,
    ...(a.input.foreignSheet ? { foreignSheet: true } : {}),
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

/** Names compare without spaces, case or width; brackets count (配送 is not 配送（含安装）). */
const nameKey: (s: string) => string = memoText((s) => toHalfWidth(s).toLowerCase().replace(/\s+/g, ''));

function isSerial(id: string): boolean {
  return /^\d+$/.test(id);
}

/**
 * Whether the scheme's proposed kind already reads what the cells hold the same way (points given as
 * 分值 or 0 on a yes/no item, points on a sampled item): then the scheme is kept as it is.
 */
function readsAs(schemeKind: IndicatorKind, cellKind: IndicatorKind, value: unknown, max: number): boolean {
  if (schemeKind === cellKind) return true;
  if (cellKind !== 'graded') return false;
  if (schemeKind === 'sampled') return true;
  const n = readNumber(value);
  return n.kind === 'ok' && (n.value === 0 || Math.abs(n.value - max) < 1e-9);
}

/**
 * Our own template (评分方式 and 计算得分 columns beside the answers) keeps its rules: kinds from its 评分方式
 * column, answers read as its formulas read them. Every other sheet is read on its own terms.
 */
function isOurTemplateLayout(layout: Layout): boolean {
  return layout.columns.kind !== undefined && layout.columns.computed !== undefined;
}
