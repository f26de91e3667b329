/*
 * One file, start to finish: load safely → read the audit (core) → score (core) → optional scored
 * copy (core writes it, this writes it to disk atomically). Never throws: every failure is a record
 * with score null and an issue saying why. Runs in the main thread or in a pool worker alike.
 */
import { auditFromSheets, score, type AuditResult, type Lang } from './core-api';
import { writeFileAtomic, RefusedOverwrite } from './atomic-write';
import { DEFAULT_LOAD_LIMITS, guardWholeZip, loadWorkbookFile, oneLine, type LoadLimits, type ReaderMode } from './load-workbook';
import { m } from './messages';
import { schemeFromSpec, type SchemeSpec } from './resolve-scheme';
import { failedRecord, recordOf, type FileRecord, type RecordIssue } from './record';

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
}

export interface FileOutcome {
  record: FileRecord;
  result?: AuditResult;
  organisation?: string;
}

export async function scoreFile(job: ScoreJob): Promise<FileOutcome> {
  const { file, lang } = job;
  const scheme = schemeFromSpec(job.scheme, lang);
  const readIssue = (code: string, params: Record<string, string | number>, severity: RecordIssue['severity']): RecordIssue => ({
    code: `read.${code}`,
    severity,
    where: file,
    // Zip problems carry a `why` with its own sentence, slotted into the reason's {detail}.
    message: m(lang, `read.${code}`, typeof params.why === 'string' ? { ...params, detail: m(lang, `zip.${params.why}`, params) } : params),
  });
  try {
    const loaded = await loadWorkbookFile(file, job.limits ?? DEFAULT_LOAD_LIMITS, job.reader ?? 'auto');
    if (!loaded.ok) return { record: failedRecord(file, scheme, [readIssue(loaded.failure.code, loaded.failure.params, 'error')]) };
    const notes = loaded.notes.map((n) => readIssue(n.code, n.params, 'warning'));

    const audit = auditFromSheets(loaded.sheets, scheme, { lang });
    const result = score(audit.scheme, audit.input, { lang });
    const record = recordOf(file, result, [...notes, ...audit.issues, ...result.issues], loaded.reader);
    if (audit.facts.organisation) record.organisation = audit.facts.organisation;

    if (job.copyPath) {
      try {
        // The writer (exceljs) unpacks every part, media included: guard them all first.
        const unsafe = loaded.reader === 'direct' ? guardWholeZip(loaded.bytes, job.limits) : null;
        if (unsafe) throw new Error(m(lang, `read.${unsafe.code}`, { ...unsafe.params, detail: m(lang, `zip.${String(unsafe.params.why)}`, unsafe.params) }));
        const { writeScoredCopy } = await import('./core-writers');
        const copy = await writeScoredCopy(loaded.bytes, result, { lang });
        await writeFileAtomic(job.copyPath, copy, { force: job.force });
        record.scoredCopy = job.copyPath;
      } catch (e) {
        const msg = e instanceof RefusedOverwrite ? m(lang, 'copy.refused', { file: job.copyPath }) : m(lang, 'copy.failed', { detail: oneLine(e) });
        record.issues.push({ code: e instanceof RefusedOverwrite ? 'copy.refused' : 'copy.failed', severity: 'error', where: job.copyPath, message: msg });
        record.copyFailed = true;
      }
    }
    return { record, ...(job.keepResult ? { result } : {}), ...(audit.facts.organisation ? { organisation: audit.facts.organisation } : {}) };
  } catch (e) {
    // A bug or an exception inside a library on a strange file: this file fails, the run goes on.
    return { record: failedRecord(file, scheme, [readIssue('unexpected', { detail: oneLine(e) }, 'error')]) };
  }
}
