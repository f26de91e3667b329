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
import { performance } from 'node:perf_hooks';
import { writeFileAtomic, RefusedOverwrite } from './atomic-write';
import { chooseSheet } from './choose-sheet';
import { internalIssue } from './internal-error';
import {
  DEFAULT_LOAD_LIMITS,
  guardWholeZip,
  loadWorkbookFile,
  type LoadLimits,
  type ReaderMode,
} from './load-workbook';
import { loadNoteMessage, m } from './messages';
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
  /** --sheet: the scoring sheet by name, or "#N" by position. */
  sheet?: string;
  /** --debug: library and system texts appended to messages (never otherwise). */
  debug?: boolean;
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
  const started = performance.now();
  const outcome = await scoreOne(job);
  // --debug: how long this file took, for finding the slow one in a batch.
  if (job.debug) outcome.record.elapsedMs = Math.round(performance.now() - started);
  return outcome;
}

async function scoreOne(job: ScoreJob): Promise<FileOutcome> {
  const { file, lang } = job;
  const scheme = schemeFromSpec(job.scheme, lang);
  const limits = job.limits ?? DEFAULT_LOAD_LIMITS;
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
    const loaded = await loadWorkbookFile(file, limits, job.reader ?? 'auto');
    if (!loaded.ok)
      return { record: failedRecord(file, scheme, [readIssue(loaded.failure.code, loaded.failure.params, 'error')]) };
    const notes = loaded.notes.map((n) => readIssue(n.code, n.params, 'warning'));

    const choice = chooseSheet(loaded.sheets, loaded.states, {
      file,
      lang,
      ...(job.sheet ? { wanted: job.sheet } : {}),
    });
    if (!choice.ok) return { record: failedRecord(file, scheme, [...notes, choice.issue]) };
    const audit = auditFromSheets(choice.sheets, scheme, { lang, ...(choice.sheet ? { sheet: choice.sheet } : {}) });
    const result = score(audit.scheme, audit.input, { lang });
    const record = recordOf(
      file,
      result,
      [...notes, ...choice.warnings, ...audit.issues, ...result.issues],
      loaded.reader,
    );
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
        const refusal = copyRefusal(loaded.bytes, limits, loaded.budget, loaded.notes);
        if (refusal) {
          record.issues.push({
            code: `copy.${refusal.code}`,
            severity: 'error',
            where: job.copyPath,
            message: m(lang, 'copy.not-written', { why: loadNoteMessage(lang, refusal, job.debug === true) }),
          });
          record.copyFailed = true;
        } else {
          const { writeScoredCopy } = await import('./core-writers');
          const copy = await writeScoredCopy(loaded.bytes, result, {
            lang,
            issues: [
              ...[...notes, ...choice.warnings].map((n) => ({ ...n, severity: n.severity ?? 'warning' })),
              ...audit.issues,
            ],
            ...(eligibility ? { eligibility } : {}),
          });
          await writeFileAtomic(job.copyPath, copy, { force: job.force });
          record.scoredCopy = job.copyPath;
        }
      } catch (e) {
        record.issues.push(
          e instanceof RefusedOverwrite
            ? {
                code: 'copy.refused',
                severity: 'error',
                where: job.copyPath,
                message: m(lang, 'copy.refused', { file: job.copyPath }),
              }
            : { ...internalIssue(job.copyPath, lang, e, job.debug === true, 'copy-internal'), code: 'copy.failed' },
        );
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
    return { record: failedRecord(file, scheme, [internalIssue(file, lang, e, job.debug === true)]) };
  }
}

/**
 * Why the scored copy cannot be written from these bytes, or null. The writer (exceljs) unpacks
 * every part, media included, and holds every row of every sheet: the whole zip must pass the guard
 * within the file's one inflation budget, and no sheet may hold more rows than the reader reads.
 */
function copyRefusal(
  bytes: Uint8Array,
  limits: LoadLimits,
  budget: Parameters<typeof guardWholeZip>[2],
  notes: readonly { code: string; params: Record<string, string | number> }[],
): { code: string; params: Record<string, string | number> } | null {
  // The reader stopped at maxRows; the writer would load every row (1.2 GiB for 200,000).
  const long = notes.find((n) => n.code === 'too-many-rows');
  if (long) return long;
  return guardWholeZip(bytes, limits, budget);
}
