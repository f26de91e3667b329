import type { EligibilitySettings } from './types';

/*
 * Where things sit on the 自查 sheet. Shared by the exceljs writer (core/workbook/self-check-sheet.ts)
 * and the grid reader (read-self-check.ts). The reader does not rely on these row numbers: it finds
 * rows by the key in the hidden 键 column, so users may insert rows.
 */
export const SELF_CHECK_SHEET_NAMES = ['自查', 'Self-check'] as const;

/** 1-based columns as exceljs counts them. */
export const SC_COL = {
  id: 1,
  condition: 2,
  question: 3,
  answer: 4,
  status: 5,
  computed: 6,
  todo: 7,
  documents: 8,
  indicators: 9,
  source: 10,
  key: 11,
  /** Hidden helper cells for the USCC checksum start here. */
  helpers: 12,
} as const;

export const SC_ROW = {
  title: 1,
  instructions: 2,
  settings: 4,
  asOf: 5,
  licenceMinMonths: 6,
  systemMinMonths: 7,
  managerRatioPercent: 8,
  verdict: 10,
  header: 12,
  firstInput: 13,
} as const;

export const SETTING_KEYS: readonly (keyof EligibilitySettings)[] = [
  'licenceMinMonths',
  'systemMinMonths',
  'managerRatioPercent',
];
/** Keys in the 键 column that are not inputs. */
export const SC_KEY_AS_OF = 'asOf';
export const SC_KEY_VERDICT = 'verdict';
