/*
 * Public surface of core: the faces (cli/, extension/, excel-addin/) import from here, or from the
 * two other documented entries, and never deeper (eslint's no-restricted-imports enforces it):
 *   core/index.ts    everything pure: schemes, scoring, reading grids, the 结果 layout, documents,
 *                    eligibility, messages. No exceljs, so the extension and the add-in can bundle it.
 *   core/writers.ts  the exceljs side: grids from an exceljs workbook, the template and scored-copy writers.
 *   core/light.ts    the level rules and level names without zod, for code that must load small
 *                    (the add-in's custom functions, loaded with every workbook).
 * The list is by name on purpose: a name is here because a face uses it (or the design contract,
 * DESIGN.md, names it). Tests of a module import that module directly.
 */

// Problems and results (core/issue.ts)
export { IssuesError, type Issue, type SafeResult, type Severity } from './issue';

// Schemes
export {
  BUNDLED_SCHEMES,
  DEFAULT_SCHEME_ID,
  bundledScheme,
  gbt27922_2011,
  gbt27922_2011_fiveStar98,
  parseScheme,
  safeParseScheme,
  SchemeError,
  LEVEL_IDS,
  type LevelId,
  type Rules,
  type Scheme,
  type SchemeInput,
  type SchemeIssue,
  type SchemeNode,
  type ScoredItem,
  type Text,
} from './scheme/index';

// Scoring, its rules, and the audit state every face shows
export {
  score,
  auditState,
  auditStateOf,
  isStateIssue,
  AUDIT_STATES,
  type AuditInput,
  type AuditResult,
  type AuditState,
  type AuditStateId,
  type GroupResult,
  type IndicatorResponse,
  type ItemResult,
  type ItemStatus,
  type NextLevel,
  type ScoringIssue,
  type SpecialItem,
} from './scoring/index';

// The numbers people see: one rounding policy for every face
export { formatPoints, formatScore } from './scoring/display-number';

// The CLI's JSON Lines record (schema/score-record.schema.json is generated from it)
export { ScoreRecordSchema, type ScoreRecord } from './score-record';

// Reading audit workbooks from plain grids (no exceljs)
export {
  addressOf,
  columnLetters,
  parseAddress,
  sheetRef,
  detectLayout,
  auditFromSheets,
  readAudit,
  SHEET_NAMES,
  sheetName,
  resultSheet,
  resultContent,
  RESULT_COLUMNS,
  RESULT_SHEET_MARKER,
  RESULT_STYLES,
  type AuditFacts,
  type AuditFromSheets,
  type Cell,
  type Exclusion,
  type Grid,
  type Layout,
  type LayoutFailure,
  type ReadAuditResult,
  type ResultCell,
  type ResultContent,
  type ResultProblem,
  type ResultSheetLayout,
  type ResultSheetOptions,
  type ResultStyle,
  type SheetGrid,
  type WorkbookIssue,
} from './workbook/read';
export { isNeverScoringSheet } from './workbook/sheet-names';
export { readSelfCheck, type SelfCheckRead } from './workbook/read-self-check';

// Application documents and form checks
export {
  DOCUMENT_CATALOGUE,
  catalogueById,
  checkApplication,
  checkUscc,
  isValidUscc,
  parseRequirementList,
  safeParseRequirementList,
  type ApplicationCheck,
  type ApplicationProfile,
  type CatalogueRequirement,
  type CheckApplicationOptions,
  type DocumentRequirement,
  type FormSnapshot,
  type Limitation,
  type ProfileKey,
  type ProfileOrigin,
  type RequirementListIssue,
  type RequirementCheck,
  type RequirementStatus,
  type SnapshotField,
  type SnapshotFile,
  type SnapshotUpload,
  type UsccCheck,
} from './documents/index';

// Eligibility self-check (申请条件自查)
export {
  checkEligibility,
  CONDITION_IDS,
  DEFAULT_ELIGIBILITY_SETTINGS,
  ELIGIBILITY_CONDITIONS,
  ELIGIBILITY_THRESHOLD_OPTIONS,
  eligibilitySettingsSchema,
  parseAnswersFile,
  readAnswersFile,
  safeParseAnswersFile,
  readDay,
  resolveEligibilitySettings,
  type ConditionCheck,
  type ConditionId,
  type ConditionStatus,
  type AnswersFile,
  type AnswersFileIssue,
  type EligibilityAnswers,
  type EligibilityCondition,
  type EligibilityInput,
  type EligibilityResult,
  type EligibilitySettings,
  type InputKey,
  type Verdict,
} from './eligibility/index';
export { questionnaireProgress, type QuestionnaireProgress } from './eligibility/questionnaire';

// Messages
export {
  t,
  LANGS,
  createTranslator,
  defineMessages,
  type Lang,
  type MessageKey,
  type MessageModule,
  type Params,
  type Translator,
} from './i18n/index';
