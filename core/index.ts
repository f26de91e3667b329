// Public surface of core: faces import from here only.
export { IssuesError, type Issue, type Severity, type SafeResult } from './issue';
export * from './scheme/index';
export * from './scoring/index';
export * from './scoring/display-number';
export * from './workbook/read';
export { t, LANGS, isLang, allMessages, MESSAGE_MODULES, type Lang, type Params } from './i18n/index';
export * from './documents/index';
export * from './eligibility/index';
