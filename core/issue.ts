/*
 * One shape for every problem core reports, and one convention for results that can fail.
 *
 * Issue: what went wrong (`code`, stable, for programs), how bad (`severity`), where (a cell such as
 * `评分表!J5`, a form field ref, a JSON path such as `nodes[4].max`, a file name; '' when it concerns the
 * whole input), the values the message was built from (`params`) and the message itself, already in
 * the user's language. Areas may add fields that say which thing the issue is about (scoring adds
 * `indicatorId`); they never rename these five.
 *
 * Result: as zod does it. `parseX` returns the value or throws an IssuesError carrying the issues;
 * `safeParseX` never throws and returns `{ success: true, data }` or `{ success: false, issues }`.
 */
import type { Params } from './i18n/index';

/**
 * error: the result cannot be trusted until it is corrected; warning: check it; note: for information
 * only (the sheet's own way, read as it is) — never a problem to count, never a reason to fail.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface Issue<Code extends string = string> {
  code: Code;
  severity: Severity;
  /** sheet!cell, field ref, JSON path or file; '' when the issue is about the whole input. */
  where: string;
  params: Params;
  /** In the user's language; names the place and says what to do. */
  message: string;
}

/** What a `safeParse…` function returns. A success may still carry warnings. */
export type SafeResult<T, I extends Issue = Issue> =
  { success: true; data: T; issues?: I[] } | { success: false; issues: I[] };

/** What a `parse…` function throws: every issue, the message lists them one per line. */
export class IssuesError<I extends Issue = Issue> extends Error {
  constructor(readonly issues: readonly I[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'IssuesError';
  }
}

export const success = <T>(data: T): { success: true; data: T } => ({ success: true, data });
export const failure = <I extends Issue>(issues: I[]): { success: false; issues: I[] } => ({ success: false, issues });

/** The errors among some issues (a result with any is not usable). */
/** The issues that are problems (errors and warnings), without the notes. */
export const problemsOf = <I extends Issue>(issues: readonly I[]): I[] => issues.filter((i) => i.severity !== 'note');

export const errorsOf = <I extends Issue>(issues: readonly I[]): I[] => issues.filter((i) => i.severity === 'error');
