/*
 * One file, start to finish: load safely → read the audit (core) → score (core) → optional scored
 * copy (core writes it, this writes it to disk atomically). Never throws: every failure is a record
 * with score null and an issue saying why. Runs in the main thread or in a pool worker alike.
 */
import {
  auditFromSheets,
  checkEligibility,
  readSelfCheck,
  score,
  type AuditResult,
  type EligibilityResult,
  type Lang,
  type SheetGrid,
} from './core-api';
import { writeFileAtomic, RefusedOverwrite } from './atomic-write';
import {
  DEFAULT_LOAD_LIMITS,
  guardWholeZip,
  loadWorkbookFile,
  oneLine,
  type LoadLimits,
  type ReaderMode,
} from './load-workbook';
import { m } from './messages';
import { schemeFromSpec, type SchemeSpec } from './resolve-scheme';
import { failedRecord, recordOf, type FileRecord, type RecordIssue } from './record';
import { today } from './today';

export interface ScoreJob {
  file: string;
  scheme: SchemeSpec;
  lang: Lang;
  /** Where to write the scored copy, if asked (--out). */
  copyPath?: string;
  force?: boolean;
  limits?: LoadLimits;
  reader?: ReaderMode;
  /** Keep the full AuditResult (demo and single-file detail); JSON Lines never need it. */
  keepResult?: boolean;
  /** The run's day (YYYY-MM-DD) for a 自查 sheet without a date of its own or on the cover; default: this thread's today. */
  today?: string;
}

/** The self-check verdict when the 自查 sheet has answers; undefined for an untouched or absent sheet. */
function eligibilityOf(
  sheets: readonly SheetGrid[],
  lang: Lang,
  day: string | undefined,
): EligibilityResult | undefined {
  const self = readSelfCheck(sheets, { lang });
  if (!self.found || !self.filled) return undefined;
  return checkEligibility(self.answers, self.settings, { lang, asOf: self.asOf ?? day ?? today(), where: self.where });
}

export interface FileOutcome {
  record: FileRecord;
  result?: AuditResult;
  organisation?: string;
}

export async function scoreFile(job: ScoreJob): Promise<FileOutcome> {
  const { file, lang } = job;
  const scheme = schemeFromSpec(job.scheme, lang);
  const readIssue = (
    code: string,
    params: Record<string, string | number>,
    severity: RecordIssue['severity'],
  ): RecordIssue => ({
    code: `read.${code}`,
    severity,
    where: file,
    // Zip problems carry a `why` with its own sentence, slotted into the reason's {detail}.
    message: m(
      lang,
      `read.${code}`,
      typeof params.why === 'string' ? { ...params, detail: m(lang, `zip.${params.why}`, params) } : params,
    ),
  });
  try {
    const loaded = await loadWorkbookFile(file, job.limits ?? DEFAULT_LOAD_LIMITS, job.reader ?? 'auto');
    if (!loaded.ok)
      return { record: failedRecord(file, scheme, [readIssue(loaded.failure.code, loaded.failure.params, 'error')]) };
    const notes = loaded.notes.map((n) => readIssue(n.code, n.params, 'warning'));

    const audit = auditFromSheets(loaded.sheets, scheme, { lang });
    const result = score(audit.scheme, audit.input, { lang });
    const record = recordOf(file, result, [...notes, ...audit.issues, ...result.issues], loaded.reader);
    if (audit.facts.organisation) record.organisation = audit.facts.organisation;
    const eligibility = eligibilityOf(loaded.sheets, lang, job.today);
    if (eligibility)
      record.eligibility = {
        verdict: eligibility.verdict,
        unmet: eligibility.unmet,
        unknown: eligibility.unknown,
        asOf: eligibility.asOf,
      };

    if (job.copyPath) {
      try {
        // The writer (exceljs) unpacks every part, media included: guard them all first.
        const unsafe = loaded.reader === 'direct' ? guardWholeZip(loaded.bytes, job.limits) : null;
        if (unsafe)
          throw new Error(
            m(lang, `read.${unsafe.code}`, {
              ...unsafe.params,
              detail: m(lang, `zip.${String(unsafe.params.why)}`, unsafe.params),
            }),
          );
        const { writeScoredCopy } = await import('./core-writers');
        const copy = await writeScoredCopy(loaded.bytes, result, {
          lang,
          issues: [...notes.map((n) => ({ ...n, severity: n.severity ?? 'warning' })), ...audit.issues],
          ...(eligibility ? { eligibility } : {}),
        });
        await writeFileAtomic(job.copyPath, copy, { force: job.force });
        record.scoredCopy = job.copyPath;
      } catch (e) {
        const msg =
          e instanceof RefusedOverwrite
            ? m(lang, 'copy.refused', { file: job.copyPath })
            : m(lang, 'copy.failed', { detail: oneLine(e) });
        record.issues.push({
          code: e instanceof RefusedOverwrite ? 'copy.refused' : 'copy.failed',
          severity: 'error',
          where: job.copyPath,
          message: msg,
        });
        record.copyFailed = true;
      }
    }
    return {
      record,
      ...(job.keepResult ? { result } : {}),
      ...(audit.facts.organisation ? { organisation: audit.facts.organisation } : {}),
    };
  } catch (e) {
    // A bug or an exception inside a library on a strange file: this file fails, the run goes on.
    return { record: failedRecord(file, scheme, [readIssue('unexpected', { detail: oneLine(e) }, 'error')]) };
  }
}
