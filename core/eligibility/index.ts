export * from './types';
export { ELIGIBILITY_CONDITIONS, ELIGIBILITY_CONDITION_BY_ID, ELIGIBILITY_INPUTS } from './catalogue';
export {
  DEFAULT_ELIGIBILITY_SETTINGS,
  ELIGIBILITY_THRESHOLD_OPTIONS,
  eligibilitySettingsSchema,
  resolveEligibilitySettings,
  type ThresholdOption,
} from './settings';
export { checkEligibility, ELIGIBILITY_ENGINE } from './check-eligibility';
export { readAnswer, readCount, readDay, addMonths, formatDay, type Day } from './read-input';
export {
  parseAnswersFile,
  readAnswersFile,
  safeParseAnswersFile,
  type AnswersFile,
  type AnswersFileIssue,
  type AnswersFileResult,
} from './answers-file';
export { SELF_CHECK_SHEET_NAMES } from './self-check-layout';
