/*
 * One file, start to finish: load safely → read the audit (core) → score (core) → optional scored
 * copy and HTML report (cli/scored-copy/deliverables.ts, written to disk atomically). Never throws: every failure is a record
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
import { chooseSheet } from './choose-sheet';
import { internalIssue } from './internal-error';
import { DEFAULT_LOAD_LIMITS, loadWorkbookFile, type LoadLimits, type ReaderMode } from './load-workbook';
import { loadNoteMessage } from './messages';
import { schemeFromSpec, type SchemeSpec } from './resolve-scheme';
import { failedRecord, recordOf, type FileRecord, type RecordIssue } from './record';
import { today } from './today';

export interface ScoreJob {
  file: string;
  scheme: SchemeSpec;
  lang: Lang;
  /** Where to write the scored copy, if asked (--out). */
  copyPath?: string;
  /** Where to write the HTML report, if asked (--report). */
  reportPath?: string;
  force?: boolean;
  limits?: LoadLimits;
  reader?: ReaderMode;
  /** Keep the full AuditResult (demo and single-file detail); JSON Lines never need it. */
  keepResult?: boolean;
  /** The run's day (YYYY-MM-DD) for a 自查 sheet without a date of its own or on the cover; default: this thread's today. */
  today?: string;
  /** --sheet: the scoring sheet by name, or "#N" by position. */
  sheet?: string;
  /** --debug: library and system texts appended to messages (never otherwise). */
  debug?: boolean;
  /**
   * Scored on the CLI's own thread, without a worker's time and memory budgets (run-score.ts): the file is
   * then held to IN_THREAD_LIMITS and read by the direct reader only; anything beyond is handed back
   * (`escalate`) to be scored by a budgeted worker.
   */
  inThread?: boolean;
}

/**
 * What a file may be to be scored without a worker's budgets: an audit workbook is ~40 KiB and well under
 * 1 MiB unpacked, so these bounds are ~100× a real one and keep the main thread's work to a fraction of a
 * second and a few tens of MiB. A file beyond them, or one only exceljs reads, goes to a worker.
 */
export const IN_THREAD_LIMITS: LoadLimits = {
  ...DEFAULT_LOAD_LIMITS,
  maxFileBytes: 4 * 1024 * 1024,
  zip: { ...DEFAULT_LOAD_LIMITS.zip, maxTotalBytes: 16 * 1024 * 1024 },
};

/** Load failures that the in-thread bounds may have caused: the file is scored again by a worker. */
const ESCALATE = new Set(['too-large', 'zip-bomb', 'too-large-unpacked', 'needs-exceljs']);

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
  /** inThread only: the file is beyond IN_THREAD_LIMITS or needs exceljs; score it in a worker instead. */
  escalate?: true;
  result?: AuditResult;
  organisation?: string;
}

export async function scoreFile(job: ScoreJob): Promise<FileOutcome> {
  // process.hrtime, not performance.now(): the latter loads perf_hooks (~1 ms of a one-file run's start).
  const started = process.hrtime.bigint();
  const outcome = await scoreOne(job);
  // --debug: how long this file took, for finding the slow one in a batch.
  if (job.debug) outcome.record.elapsedMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return outcome;
}

async function scoreOne(job: ScoreJob): Promise<FileOutcome> {
  const { file, lang } = job;
  const scheme = schemeFromSpec(job.scheme, lang);
  const limits = job.inThread ? IN_THREAD_LIMITS : (job.limits ?? DEFAULT_LOAD_LIMITS);
  const readIssue = (
    code: string,
    params: Record<string, string | number>,
    severity: RecordIssue['severity'],
  ): RecordIssue => ({
    code: `read.${code}`,
    severity,
    where: file,
    message: loadNoteMessage(lang, { code, params }, job.debug === true),
  });
  try {
    const loaded = await loadWorkbookFile(file, limits, job.inThread ? 'direct-only' : (job.reader ?? 'auto'));
    if (!loaded.ok && job.inThread && ESCALATE.has(loaded.failure.code))
      return { record: failedRecord(file, scheme, []), escalate: true };
    if (!loaded.ok)
      return { record: failedRecord(file, scheme, [readIssue(loaded.failure.code, loaded.failure.params, 'error')]) };
    const notes = loaded.notes.map((n) => readIssue(n.code, n.params, 'warning'));

    const choice = chooseSheet(loaded.sheets, loaded.states, {
      file,
      lang,
      ...(job.sheet ? { wanted: job.sheet } : {}),
    });
    if (!choice.ok) {
      // Read, but not scored: which sheet to score is the user's call.
      const record = failedRecord(file, scheme, [...notes, choice.issue]);
      return { record: { ...record, read: true, reader: loaded.reader } };
    }
    const audit = auditFromSheets(choice.sheets, scheme, {
      lang,
      ...(choice.sheet ? { sheet: choice.sheet } : {}),
      ...(choice.layout ? { layout: choice.layout } : {}),
    });
    const result = score(audit.scheme, audit.input, { lang });
    const record = recordOf(
      file,
      result,
      [...notes, ...choice.warnings, ...audit.issues, ...result.issues],
      loaded.reader,
      audit.scheme.rules.rounding.decimals,
    );
    if (audit.facts.organisation) record.organisation = audit.facts.organisation;
    if (audit.exclusions.length)
      record.exclusions = audit.exclusions.map((x) => ({ id: x.id, where: x.where, text: x.text }));
    const eligibility = eligibilityOf(loaded.sheets, lang, job.today);
    if (eligibility)
      record.eligibility = {
        verdict: eligibility.verdict,
        unmet: eligibility.unmet,
        unknown: eligibility.unknown,
        asOf: eligibility.asOf,
      };

    if (job.copyPath || job.reportPath) {
      const where = job.copyPath ?? job.reportPath!;
      try {
        // The copy and report writers load only when asked for (--out, --report).
        const { writeDeliverables } = await import('./scored-copy/deliverables');
        await writeDeliverables(
          {
            lang,
            ...(job.force ? { force: true } : {}),
            ...(job.copyPath ? { copyPath: job.copyPath } : {}),
            ...(job.reportPath ? { reportPath: job.reportPath } : {}),
          },
          {
            bytes: loaded.bytes,
            result,
            scheme: audit.scheme,
            facts: audit.facts,
            problems: [
              ...[...notes, ...choice.warnings].map((n) => ({ ...n, severity: n.severity ?? 'warning' })),
              ...audit.issues,
            ],
            ...(eligibility ? { eligibility } : {}),
            ...(audit.exclusions.length ? { exclusions: audit.exclusions } : {}),
            budget: loaded.budget,
          },
          record,
        );
      } catch (e) {
        // A bug of ours while writing: the score stands; the issue carries an id (details with --debug).
        record.issues.push({
          ...internalIssue(where, lang, e, job.debug === true, 'copy-internal'),
          code: 'copy.failed',
        });
        if (job.copyPath) record.copyFailed = true;
        if (job.reportPath) record.reportFailed = true;
      }
    }
    return {
      record,
      ...(job.keepResult ? { result } : {}),
      ...(audit.facts.organisation ? { organisation: audit.facts.organisation } : {}),
    };
  } catch (e) {
    // A bug or an exception inside a library on a strange file: this file fails, the run goes on.
    return { record: failedRecord(file, scheme, [internalIssue(file, lang, e, job.debug === true)]) };
  }
}
