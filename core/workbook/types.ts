import type { Scheme } from '../scheme/schema';
import type { AuditInput, IndicatorResponse, SpecialItem } from '../scoring/types';

/** One cell as Office.js `Range.values` or an exceljs sheet gives it. Office.js reports empty as '' and dates as serial numbers. */
export type Cell = string | number | boolean | Date | null;
/** Rows of cells, top to bottom. Rows may have different lengths. */
export type Grid = Cell[][];

export interface SheetGrid {
  name: string;
  grid: Grid;
  /** 0-based row indices (into `grid`) of hidden rows. */
  hiddenRows?: number[];
  /** Merged ranges in A1 form ("B5:B12"), in sheet coordinates. */
  merges?: string[];
  /** Where grid[0][0] sits in the sheet (0-based), e.g. a used range that starts at C3 → {row: 2, col: 2}. Default A1. */
  origin?: { row: number; col: number };
  /**
   * Formula cells saved without a result (`<f>` and no `<v>`: a file written by a script and never
   * opened in a spreadsheet), at 0-based grid positions, with the formula text (no "="). The grid holds
   * null there; an answer cell listed here is an error, not a blank. Office.js always computes, so the
   * add-in never sets it.
   */
  formulasWithoutResult?: { row: number; col: number; formula: string }[];
}

/** The columns a scoring sheet can have. */
export const FIELDS = [
  'id',
  'name',
  'category',
  'criteria',
  'kind',
  'max',
  'score',
  'deduction',
  'computed',
  'applicable',
  'samples',
  'nonconforming',
  'notes',
  'status',
] as const;
export type Field = (typeof FIELDS)[number];

export interface ColumnMatch {
  /** 0-based column index into the grid. */
  col: number;
  /** The header text as written. */
  header: string;
  /** True when the column says the opposite of its field (删减 = "excluded" for applicable). */
  inverted?: boolean;
}

export interface Layout {
  ok: true;
  /** 0-based grid row of the header. */
  headerRow: number;
  /** Second header row when headers span two rows (e.g. 抽样 over 抽样数 / 不符合数). */
  subHeaderRow?: number;
  firstDataRow: number;
  columns: Partial<Record<Field, ColumnMatch>>;
  /** Header cells that name no known field (kept, never read). */
  extraColumns: { col: number; header: string }[];
  /** Rows read as subtotals (小计 / 合计 / total): never counted as items. */
  subtotalRows: number[];
  /** Rows that only name a category (一、售后服务体系). */
  categoryRows: number[];
  /** Rows read as indicator rows. */
  itemRows: number[];
  hiddenRows: number[];
}

export interface LayoutFailure {
  ok: false;
  code: 'no-header' | 'no-score-column' | 'no-id-column' | 'empty';
  /** Fields whose header was not found. */
  missing: Field[];
  /** The rows searched, 1-based as the user sees them ("1–30"). */
  searchedRows: string;
  /** Header texts accepted for each missing field. */
  synonyms: Partial<Record<Field, string[]>>;
  /** The best candidate row, 0-based, if any header was recognised at all. */
  bestRow?: number;
  found: Partial<Record<Field, ColumnMatch>>;
  message: string;
}

/**
 * A problem reading a workbook: core's Issue; `where` is 'sheet!cell', or the sheet's name when no cell applies,
 * '' for the whole workbook.
 */
export type WorkbookIssue = import('../issue').Issue;

/** Audit facts from the 封面 sheet or label cells near the top of the scoring sheet. */
export interface AuditFacts {
  organisation?: string;
  uscc?: string;
  date?: string;
  auditor?: string;
  address?: string;
  auditType?: string;
  standard?: string;
  /** Months already at 达标 (only used by schemes with the one-year wait). */
  monthsAtCompliantLevel?: number;
  /** Where each fact was read from. */
  where?: Partial<Record<Exclude<keyof AuditFacts, 'where'>, string>>;
}

export type AuditFactKey = Exclude<keyof AuditFacts, 'where'>;

export interface ReadOptions {
  lang?: import('../i18n/index').Lang;
  /** Name of the scoring sheet; by default the first sheet whose layout is found (评分表 preferred). */
  sheet?: string;
  /** Rows searched for the header (default 30). */
  maxHeaderRows?: number;
  /**
   * The layout an earlier read returned (a live recompute passes its last one). Its header is reused when
   * the rows the header search reads are unchanged, else the header is searched again; rows below are
   * always sorted afresh. The result is the same either way, only faster. A failure is ignored.
   */
  layout?: Layout | LayoutFailure;
}

/** An item a foreign sheet takes out with a mark in its score or deduction cell ("/", "—", "不适用", "N/A"). */
export interface Exclusion {
  /** The item's id in the scheme scored with (the sheet's own id on a sheet of its own numbering). */
  id: string;
  /** sheet!cell of the mark. */
  where: string;
  /** The mark as written. */
  text: string;
}

export interface ReadAuditResult {
  /** The scoring sheet read. */
  sheet: string;
  responses: IndicatorResponse[];
  specialDeductions: SpecialItem[];
  bonuses: SpecialItem[];
  facts: AuditFacts;
  layout: Layout | LayoutFailure;
  /** The scheme to score with: the given one, the given one with the sheet's 分值, or one built from the sheet's rows. */
  scheme: Scheme;
  /** given: the scheme as is; sheet-points: the scheme with the sheet's 分值 and kinds; sheet-rows: built from the rows. */
  schemeSource: 'given' | 'sheet-points' | 'sheet-rows';
  /** Items taken out by a mark in their score or deduction cell, with the mark's cell (not applicable: out of both sums). */
  exclusions: Exclusion[];
  /** Read on its own terms (not our template): see AuditInput.foreignSheet. */
  foreignSheet?: boolean;
  /** Reading problems plus value problems (text in a score cell, above max, k > n, duplicate or unknown id), each with sheet!cell. */
  issues: WorkbookIssue[];
}

export interface AuditFromSheets {
  scheme: Scheme;
  input: AuditInput;
  facts: AuditFacts;
  layout: Layout | LayoutFailure;
  sheet: string;
  schemeSource: ReadAuditResult['schemeSource'];
  exclusions: Exclusion[];
  /** Reading problems only; score(scheme, input) reports the value problems with the same sheet!cell addresses. */
  issues: WorkbookIssue[];
}
