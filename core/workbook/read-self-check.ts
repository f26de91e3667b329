import { t, type Lang } from '../i18n/index';
import { ELIGIBILITY_CONDITIONS, ELIGIBILITY_INPUTS } from '../eligibility/catalogue';
import { formatDay, readDay } from '../eligibility/read-input';
import { SC_KEY_AS_OF, SC_KEY_VERDICT, SELF_CHECK_SHEET_NAMES, SETTING_KEYS } from '../eligibility/self-check-layout';
import { DEFAULT_ELIGIBILITY_SETTINGS, eligibilitySettingsSchema } from '../eligibility/settings';
import type {
  ConditionId,
  ConditionStatus,
  EligibilityAnswers,
  EligibilitySettings,
  InputKey,
  Verdict,
} from '../eligibility/types';
import { sheetRef, addressOf } from './address';
import { isBlank } from '../vocabulary/index';
import { readFacts } from './read-facts';
import { SHEET_NAMES } from './sheet-names';
import type { Cell, SheetGrid, WorkbookIssue } from './types';

export type SelfCheckRead =
  | { found: false; issues: WorkbookIssue[] }
  | {
      found: true;
      sheet: string;
      answers: EligibilityAnswers;
      settings: Partial<EligibilitySettings>;
      /** The check date (YYYY-MM-DD): the sheet's own cell, else the 封面 audit date, as the sheet's formula does; absent → the caller's today. */
      asOf?: string;
      asOfOrigin?: 'sheet' | 'cover';
      /** Where each answer was read (`自查!D15`), for checkEligibility's messages. */
      where: Partial<Record<InputKey, string>>;
      /**
       * The verdict and results the sheet's formulas last computed (cached values), null when none. Only
       * the verdict words count: while conditions are unanswered the verdict cell shows progress words
       * (questionnaireProgress's "尚未回答…" / "已回答 a / N 项…"), which are no verdict yet: null.
       */
      formulaVerdict: Verdict | null;
      formulaStatuses: Partial<Record<ConditionId, ConditionStatus | null>>;
      /** True when at least one question has an answer (an untouched template is not "filled"). */
      filled: boolean;
      issues: WorkbookIssue[];
    };

const INPUT_KEYS = new Set<string>(ELIGIBILITY_INPUTS.map((i) => i.key));
const HEADER = { key: ['键', 'Key'], answer: ['回答', 'Answer'], status: ['结果', 'Result'], id: ['编号', 'Id'] };

/** Words both languages use, mapped back to ids. */
function reverse(prefix: string, ids: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const lang of ['zh-CN', 'en'] as Lang[])
    for (const id of ids) map.set(t(lang, `${prefix}.${id}`).toLowerCase(), id);
  return map;
}
const VERDICTS = reverse('eligibility.verdict', ['ready', 'not-yet', 'not-sure']);
const STATUSES = reverse('eligibility.status', ['met', 'unmet', 'unknown', 'not-applicable']);

const text = (c: Cell | undefined) =>
  (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c)).trim();

/**
 * A date cell as the day it shows: exceljs gives a Date at UTC midnight, Office.js and the CLI's
 * fallback reader give the serial number (days since 1899-12-30). Text is passed on for core to read.
 */
function cellDay(c: Cell | undefined): unknown {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? String(c) : c.toISOString().slice(0, 10);
  if (typeof c === 'number' && Number.isFinite(c) && c > 0) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(c) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return c === null ? undefined : c;
}

function findSheet(sheets: readonly SheetGrid[]): SheetGrid | undefined {
  return sheets.find((s) => (SELF_CHECK_SHEET_NAMES as readonly string[]).includes(s.name));
}

/** Reads the answers, settings and check date from a 自查 sheet (ours, possibly with rows inserted). */
export function readSelfCheck(sheets: readonly SheetGrid[], options: { lang?: Lang } = {}): SelfCheckRead {
  const lang = options.lang ?? 'zh-CN';
  const sheet = findSheet(sheets);
  if (!sheet)
    return {
      found: false,
      issues: [
        {
          code: 'eligibility.read.no-sheet',
          severity: 'error',
          where: '',
          params: {},
          message: t(lang, 'eligibility.read.no-sheet'),
        },
      ],
    };
  const grid = sheet.grid;
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const where = (r: number, c: number) => sheetRef(sheet.name, addressOf(origin.row + r, origin.col + c));

  // Columns from the header row (the row with 键 and 回答).
  let cols: { key: number; answer: number; status: number; id: number } | undefined;
  for (let r = 0; r < grid.length && !cols; r++) {
    const row = grid[r] ?? [];
    const at = (names: string[]) => row.findIndex((c) => names.includes(text(c)));
    const key = at(HEADER.key);
    const answer = at(HEADER.answer);
    if (key >= 0 && answer >= 0) cols = { key, answer, status: at(HEADER.status), id: at(HEADER.id) };
  }
  if (!cols)
    return {
      found: false,
      issues: [
        {
          code: 'eligibility.read.no-sheet',
          severity: 'error',
          where: sheet.name,
          params: {},
          message: t(lang, 'eligibility.read.no-sheet'),
        },
      ],
    };

  const answers: EligibilityAnswers = {};
  const whereOf: Partial<Record<InputKey, string>> = {};
  const settings: Partial<EligibilitySettings> = {};
  const issues: WorkbookIssue[] = [];
  const formulaStatuses: Partial<Record<ConditionId, ConditionStatus | null>> = {};
  let asOf: string | undefined;
  let formulaVerdict: Verdict | null = null;
  let filled = false;
  const kindOf = new Map(ELIGIBILITY_INPUTS.map((i) => [i.key as string, i.kind]));
  const firstKeyOf = new Map(ELIGIBILITY_CONDITIONS.map((c) => [c.inputs[0]!.key as string, c.id]));

  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const key = text(row[cols.key]);
    if (!key) continue;
    const value = row[cols.answer];
    if (INPUT_KEYS.has(key)) {
      const k = key as InputKey;
      const kind = kindOf.get(key);
      const v =
        kind === 'date'
          ? cellDay(value)
          : kind === 'uscc'
            ? text(value) || undefined
            : isBlank(value)
              ? undefined
              : value;
      if (v !== undefined) {
        answers[k] = v;
        filled = true;
      }
      whereOf[k] = where(r, cols.answer);
      const cond = firstKeyOf.get(key);
      if (cond && cols.status >= 0)
        formulaStatuses[cond] =
          (STATUSES.get(text(row[cols.status]).toLowerCase()) as ConditionStatus | undefined) ?? null;
    } else if ((SETTING_KEYS as readonly string[]).includes(key)) {
      const k = key as keyof EligibilitySettings;
      if (value === null || value === undefined || value === '') continue;
      const n = typeof value === 'number' ? value : Number(text(value));
      const ok = eligibilitySettingsSchema().shape[k].safeParse(n);
      if (ok.success) settings[k] = ok.data;
      else {
        const params = { where: where(r, cols.answer), value: text(value), default: DEFAULT_ELIGIBILITY_SETTINGS[k] };
        issues.push({
          code: 'eligibility.read.bad-setting',
          severity: 'warning',
          where: params.where,
          params,
          message: t(lang, 'eligibility.read.bad-setting', params),
        });
      }
    } else if (key === SC_KEY_AS_OF) {
      const d = readDay(cellDay(value));
      if (d.ok) asOf = formatDay(d.value);
      else if (!d.empty) {
        const fallback = t(lang, 'eligibility.sheet.as-of-fallback-today');
        const params = { where: where(r, cols.answer), value: text(value), fallback };
        issues.push({
          code: 'eligibility.read.bad-as-of',
          severity: 'warning',
          where: params.where,
          params,
          message: t(lang, 'eligibility.read.bad-as-of', params),
        });
      }
    } else if (key === SC_KEY_VERDICT) {
      formulaVerdict = (VERDICTS.get(text(value).toLowerCase()) as Verdict | undefined) ?? null;
    }
  }
  let asOfOrigin: 'sheet' | 'cover' | undefined = asOf ? 'sheet' : undefined;
  if (!asOf) {
    const cover = sheets.find((s) => (Object.values(SHEET_NAMES.cover) as string[]).includes(s.name));
    const date = cover ? readFacts(cover.grid, (r, c) => sheetRef(cover.name, addressOf(r, c))).date : undefined;
    const d = readDay(cellDay(date ?? null));
    if (d.ok) {
      asOf = formatDay(d.value);
      asOfOrigin = 'cover';
    }
  }
  return {
    found: true,
    sheet: sheet.name,
    answers,
    settings,
    ...(asOf ? { asOf, asOfOrigin } : {}),
    where: whereOf,
    formulaVerdict,
    formulaStatuses,
    filled,
    issues,
  };
}
