/*
 * Scores many files on worker threads, as many as CPUs (or --jobs), each file under a time and a
 * memory budget (cli/worker-pool.ts): a file that breaks its budget is stopped and reported, the run
 * goes on. Outcomes are handed over in input order as soon as each one's predecessors are done, so
 * JSON Lines stream yet stay deterministic.
 */
import os from 'node:os';
import { basename, join } from 'node:path';
import { internalIssue } from './internal-error';
import { m } from './messages';
import { failedRecord, type RecordIssue } from './record';
import { schemeFromSpec } from './resolve-scheme';
import { scoreFile, type FileOutcome, type ScoreJob } from './score-file';
import type { CrashReason } from './worker-pool';

export interface RunOptions {
  jobs?: number;
  outDir?: string;
  /** --report: one HTML page per file in this folder. */
  reportDir?: string;
  /** Called in input order. */
  onOutcome?: (outcome: FileOutcome, index: number) => void;
  /** Called in completion order (progress bars). */
  onDone?: (completed: number) => void;
  /** Wall-clock budget per file, ms. */
  timeoutMs?: number;
  /** Heap budget per worker, MiB. */
  maxHeapMb?: number;
  /**
   * A single file may be scored on this thread (no worker to start, no second copy of the code to load:
   * ~100 ms of a ~250 ms run) when it fits IN_THREAD_LIMITS (cli/score-file.ts); otherwise, and always
   * for several files, workers with their budgets score it.
   */
  inThread?: boolean;
}

/**
 * Per-file budgets. 60 s is ~1,000× what an audit workbook takes; 128 MiB of heap per worker (with
 * the file, at most 64 MiB, and its inflated parts, at most 64 MiB, outside the heap) keeps two
 * workers and this thread under 600 MiB whatever the files (measured by test/cli/fuzz/).
 */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_HEAP_MB = 128;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/** One output per input in dir: <name><suffix>, with -2, -3… when two inputs share a name. */
function outputPaths(files: readonly string[], dir: string, suffix: (ext: string) => string): string[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const ext = /\.xlsm$/i.test(f) ? '.xlsm' : '.xlsx';
    const stem = basename(f).replace(/\.(xlsx|xlsm)$/i, '');
    const n = (used.get(stem.toLowerCase()) ?? 0) + 1;
    used.set(stem.toLowerCase(), n);
    return join(dir, `${stem}${n > 1 ? `-${n}` : ''}${suffix(ext)}`);
  });
}

/** <name>.scored.xlsx in outDir (.scored.xlsm for a macro-enabled workbook: the package keeps its type). */
export const copyPaths = (files: readonly string[], outDir: string) =>
  outputPaths(files, outDir, (ext) => `.scored${ext}`);

/** <name>.report.html in reportDir. */
export const reportPaths = (files: readonly string[], reportDir: string) =>
  outputPaths(files, reportDir, () => '.report.html');

/** The record of a file whose worker was stopped or died. */
export function crashedOutcome(
  job: ScoreJob,
  reason: CrashReason,
  error: Error,
  limits: { timeoutMs: number; maxHeapMb: number },
): FileOutcome {
  const issue: RecordIssue =
    reason === 'timeout'
      ? {
          code: 'read.timeout',
          severity: 'error',
          where: job.file,
          message: m(job.lang, 'read.timeout', { seconds: Math.round(limits.timeoutMs / 100) / 10 }),
        }
      : reason === 'memory'
        ? {
            code: 'read.out-of-memory',
            severity: 'error',
            where: job.file,
            message: m(job.lang, 'read.out-of-memory', { limit: limits.maxHeapMb }),
          }
        : internalIssue(job.file, job.lang, error, job.debug === true);
  return { record: failedRecord(job.file, schemeFromSpec(job.scheme, job.lang), [issue]) };
}

export async function scoreMany(
  files: readonly string[],
  base: Omit<ScoreJob, 'file' | 'copyPath' | 'reportPath'>,
  opts: RunOptions = {},
): Promise<FileOutcome[]> {
  const copies = opts.outDir ? copyPaths(files, opts.outDir) : [];
  const reports = opts.reportDir ? reportPaths(files, opts.reportDir) : [];
  const jobsOf = (i: number): ScoreJob => ({
    ...base,
    file: files[i]!,
    ...(opts.outDir ? { copyPath: copies[i] } : {}),
    ...(opts.reportDir ? { reportPath: reports[i] } : {}),
  });
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let emitted = 0;
  let completed = 0;
  const settle = (i: number, o: FileOutcome) => {
    outcomes[i] = o;
    opts.onDone?.(++completed);
    while (emitted < files.length && outcomes[emitted]) opts.onOutcome?.(outcomes[emitted]!, emitted++);
  };
  if (files.length === 1 && opts.inThread && base.reader !== 'exceljs') {
    const outcome = await scoreFile({ ...jobsOf(0), inThread: true });
    if (!outcome.escalate) {
      settle(0, outcome);
      return outcomes as FileOutcome[];
    }
  }
  const limits = { timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxHeapMb: opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB };
  // Loaded only when workers are needed: worker_threads is a few ms of a one-file run's start-up.
  const { WorkerPool } = await import('./worker-pool');
  const pool = new WorkerPool<ScoreJob, FileOutcome>({
    entry: new URL('./score-worker.mjs', import.meta.url),
    size: Math.max(1, Math.min(opts.jobs ?? defaultJobs(), files.length)),
    timeoutMs: limits.timeoutMs,
    maxHeapMb: limits.maxHeapMb,
    onCrash: (job, reason, error) => crashedOutcome(job, reason, error, limits),
  });
  try {
    await Promise.all(files.map((_, i) => pool.run(jobsOf(i)).then((o) => settle(i, o))));
  } finally {
    await pool.close();
  }
  return outcomes as FileOutcome[];
}
