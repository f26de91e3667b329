export * from './schema';
export {
  parseScheme,
  safeParseScheme,
  SchemeError,
  type SchemeIssue,
  type SchemeProblem,
  type SchemeParseResult,
} from './parse-scheme';
export { gbt27922_2011, gbt27922_2011_fiveStar98, BUNDLED_SCHEMES, DEFAULT_SCHEME_ID, bundledScheme } from './bundled';
