// Public surface of core: faces import from here only.
export { IssuesError, type Issue, type Severity, type SafeResult } from './issue';
export * from './scheme/index';
export * from './scoring/index';
export * from './scoring/display-number';
export * from './workbook/read';
export {
  t,
  LANGS,
  isLang,
  allMessages,
  MESSAGE_MODULES,
  createTranslator,
  defineMessages,
  type Lang,
  type Params,
  type MessageKey,
  type MessageModule,
  type Translator,
} from './i18n/index';
export * from './documents/index';
export * from './eligibility/index';
