/*
 * The JSON Lines record of one file (DESIGN.md, "CLI score --json"): the contract fields first,
 * then a few extras. A file that could not be read still gets a record: score null, the reason in
 * issues, and null counts (never a silent zero).
 */
import {
  auditStateOf,
  formatScore,
  type AuditResult,
  type AuditStateId,
  type ConditionId,
  type LevelId,
  type Scheme,
  type Verdict,
} from './core-api';

export interface RecordIssue {
  code: string;
  /** note: for information only (never counted as a problem, never a reason to fail). */
  severity?: 'error' | 'warning' | 'note';
  where: string;
  message: string;
  /** The indicator it is about (scheme item id), so a report can name it with its name. */
  indicatorId?: string;
}

export interface FileRecord {
  file: string;
  scheme: { id: string; version: string };
  score: number | null;
  /** The score as every face shows it (the scheme's decimals, core's formatScore): "86.3", "100.0". Absent with score null. */
  scoreText?: string;
  level: LevelId | null;
  vetoed: boolean;
  earned: number | null;
  applicable: number | null;
  specialDeductions: number | null;
  bonus: number | null;
  unscored: number | null;
  categories: { id: string; earned: number; applicable: number }[];
  issues: RecordIssue[];
  // Extras beyond the contract.
  provisional: boolean;
  /** Core's audit state (not-started / in-progress / invalid / complete); absent when the file could not be read. */
  state?: AuditStateId;
  /** Could the file be read at all? */
  read: boolean;
  reader?: 'direct' | 'exceljs';
  engine?: { name: string; version: string };
  organisation?: string;
  /** Items the sheet takes out with a mark in the score cell ("/", "不适用"): out of both sums. */
  exclusions?: { id: string; where: string; text: string }[];
  scoredCopy?: string;
  copyFailed?: boolean;
  /** --report: the HTML page written for this file. */
  report?: string;
  reportFailed?: boolean;
  /** --debug only: milliseconds this file took in its worker. */
  elapsedMs?: number;
  /** Only when the workbook's 自查 sheet has answers: checkEligibility's verdict for the day asOf. */
  eligibility?: RecordEligibility;
}

export interface RecordEligibility {
  verdict: Verdict;
  unmet: ConditionId[];
  unknown: ConditionId[];
  asOf: string;
}

// Sums of decimal points carry float noise (23.200000000000003); six places is far below any half point.
const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

const issueOf = (i: RecordIssue): RecordIssue => ({
  code: i.code,
  where: i.where,
  message: i.message,
  ...(i.severity ? { severity: i.severity } : {}),
  ...(i.indicatorId ? { indicatorId: i.indicatorId } : {}),
});

export function recordOf(
  file: string,
  r: AuditResult,
  issues: readonly RecordIssue[],
  reader: 'direct' | 'exceljs',
  /** The scheme's rounding.decimals, for scoreText. */
  decimals?: number,
): FileRecord {
  return {
    file,
    scheme: { id: r.scheme.id, version: r.scheme.version },
    score: r.score,
    ...(r.score !== null && decimals !== undefined ? { scoreText: formatScore(r.score, decimals) } : {}),
    level: r.level,
    vetoed: r.vetoed,
    earned: r6(r.earned),
    applicable: r6(r.applicable),
    specialDeductions: r.specialDeductions,
    bonus: r.bonus,
    unscored: r.unscored,
    categories: r.categories.map((c) => ({ id: c.id, earned: r6(c.earned), applicable: r6(c.applicable) })),
    issues: issues.map(issueOf),
    provisional: r.provisional,
    state: auditStateOf(r),
    read: true,
    reader,
    engine: r.engine,
  };
}

export function failedRecord(
  file: string,
  scheme: Pick<Scheme, 'id' | 'version'>,
  issues: readonly RecordIssue[],
): FileRecord {
  return {
    file,
    scheme: { id: scheme.id, version: scheme.version },
    score: null,
    level: null,
    vetoed: false,
    earned: null,
    applicable: null,
    specialDeductions: null,
    bonus: null,
    unscored: null,
    categories: [],
    issues: issues.map(issueOf),
    provisional: false,
    read: false,
  };
}

/** "Scored" for the summary: a number came out. */
export const isScored = (r: FileRecord) => r.score !== null;
/** For the exit code: scored, and the scored copy and report written when they were asked for. */
export const isComplete = (r: FileRecord) => r.score !== null && !r.copyFailed && !r.reportFailed;
