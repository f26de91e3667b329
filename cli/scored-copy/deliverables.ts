/*
 * What `score --out DIR` and `score --report DIR` hand over for one workbook: the scored copy (package-level
 * insertion of the 结果 sheet) and the one-page HTML report, both from core's one result content. Failures
 * become issues on the file's record, in the user's language, never a library's text; the score stands.
 */
import {
  resultContent,
  type AuditFacts,
  type AuditResult,
  type EligibilityResult,
  type Exclusion,
  type Lang,
  type ResultProblem,
  type Scheme,
} from '../core-api';
import { RefusedOverwrite, writeFileAtomic } from '../atomic-write';
import { renderHtmlReport } from '../html-report';
import type { FileRecord } from '../record';
import { copyFailureMessage, writeFailureMessage } from './messages';
import type { InflateBudget } from '../zip-guard';
import { ScoredCopyError, writeScoredCopy } from './write-scored-copy';

export interface DeliverablesJob {
  lang: Lang;
  copyPath?: string;
  reportPath?: string;
  force?: boolean;
}

export interface ScoredWorkbook {
  bytes: Uint8Array;
  result: AuditResult;
  scheme: Scheme;
  facts: AuditFacts;
  /** Reading problems (loader notes, sheet choice, readAudit), shown beside the result's own. */
  problems: readonly ResultProblem[];
  eligibility?: EligibilityResult;
  /** Items the sheet takes out with a mark in the score cell (readAudit's exclusions). */
  exclusions?: readonly Exclusion[];
  /** The file's inflation budget from the reader. */
  budget?: InflateBudget;
}

export async function writeDeliverables(job: DeliverablesJob, wb: ScoredWorkbook, record: FileRecord): Promise<void> {
  if (!job.copyPath && !job.reportPath) return;
  const options = {
    lang: job.lang,
    facts: wb.facts,
    schemeName: wb.scheme.name,
    decimals: wb.scheme.rules.rounding.decimals,
    problems: wb.problems,
    ...(wb.eligibility ? { eligibility: wb.eligibility } : {}),
    ...(wb.exclusions?.length ? { exclusions: wb.exclusions } : {}),
  };
  const fail = (code: string, where: string, message: string) => {
    record.issues.push({ code, severity: 'error', where, message });
  };
  const write = async (path: string, data: Uint8Array | string, code: string): Promise<boolean> => {
    try {
      await writeFileAtomic(path, data, { force: job.force });
      return true;
    } catch (e) {
      const refused = e instanceof RefusedOverwrite;
      fail(
        `${code}.${refused ? 'refused' : 'write-failed'}`,
        path,
        writeFailureMessage(job.lang, refused ? 'refused' : 'failed', path),
      );
      return false;
    }
  };

  if (job.copyPath) {
    let copy: Uint8Array | null = null;
    try {
      copy = writeScoredCopy(wb.bytes, wb.result, { ...options, ...(wb.budget ? { budget: wb.budget } : {}) });
    } catch (e) {
      const why = e instanceof ScoredCopyError ? e.why : 'unusual';
      const part = e instanceof ScoredCopyError ? e.part : '';
      fail(`copy.${why}`, job.copyPath, copyFailureMessage(job.lang, why, part));
    }
    if (copy && (await write(job.copyPath, copy, 'copy'))) record.scoredCopy = job.copyPath;
    else record.copyFailed = true;
  }
  if (job.reportPath) {
    const html = renderHtmlReport(resultContent(wb.result, options));
    if (await write(job.reportPath, html, 'report')) record.report = job.reportPath;
    else record.reportFailed = true;
  }
}
