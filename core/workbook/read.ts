// Host-agnostic reading of audit workbooks (plain grids). No exceljs here: the browser extension and
// the Excel add-in import this through core/index.ts.
export * from './types';
export { addressOf, columnLetters, parseAddress, parseRange, sheetRef } from './address';
export {
  detectLayout,
  detectLayoutReusing,
  isSubtotalText,
  normaliseId,
  readPoints,
  type DetectOptions,
} from './detect-layout';
export {
  HEADER_SYNONYMS,
  FACT_LABELS,
  SPECIAL_SYNONYMS,
  SUBTOTAL_WORDS,
  SPECIAL_TYPE_WORDS,
  type SynonymEntry,
} from './header-synonyms';
export { headerCandidates, assignColumns, type HeaderCandidate } from './match-header';
export { readFacts } from './read-facts';
export { readSpecials, specialType } from './read-specials';
export { auditFromSheets, readAudit } from './read-audit';
export { withSheetPoints, adHocScheme, type AdHocRow } from './sheet-scheme';
export { splitIdName, pointsInName } from './id-and-name';
export { kindFromCells, kindFromText } from './item-kind';
export { SHEET_NAMES, sheetName, isOurSheet, type SheetKey } from './sheet-names';
export {
  resultSheet,
  displayWidth,
  RESULT_COLUMNS,
  RESULT_SHEET_MARKER,
  RESULT_STYLES,
  type ResultCell,
  type ResultMerge,
  type ResultSheetLayout,
  type ResultSheetOptions,
  type ResultStyle,
} from './result-sheet';
export {
  resultContent,
  type ResultContent,
  type ResultContentOptions,
  type ResultProblem,
  type Table as ResultTable,
} from './result-content';
