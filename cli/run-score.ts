/*
 * Scores many files: in this thread for one file (a worker would only add start-up time), else in
 * this thread plus worker threads, as many threads in all as CPUs (or --jobs). Outcomes are handed over in input order as soon as each
 * one's predecessors are done, so JSON Lines stream yet stay deterministic.
 */
import os from 'node:os';
import { basename, join } from 'node:path';
import { oneLine } from './load-workbook';
import { m } from './messages';
import { failedRecord } from './record';
import { schemeFromSpec } from './resolve-scheme';
import { scoreFile, type FileOutcome, type ScoreJob } from './score-file';
import { WorkerPool } from './worker-pool';

export interface RunOptions {
  jobs?: number;
  outDir?: string;
  /** Called in input order. */
  onOutcome?: (outcome: FileOutcome, index: number) => void;
  /** Called in completion order (progress bars). */
  onDone?: (completed: number) => void;
  /** false: only the workers score (tests of the worker path); default true. */
  mainThreadScores?: boolean;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/** <name>.scored.xlsx in outDir, with -2, -3… when two inputs share a name. */
export function copyPaths(files: readonly string[], outDir: string): string[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const stem = basename(f).replace(/\.(xlsx|xlsm)$/i, '');
    const n = (used.get(stem.toLowerCase()) ?? 0) + 1;
    used.set(stem.toLowerCase(), n);
    return join(outDir, `${stem}${n > 1 ? `-${n}` : ''}.scored.xlsx`);
  });
}

export async function scoreMany(
  files: readonly string[],
  base: Omit<ScoreJob, 'file' | 'copyPath'>,
  opts: RunOptions = {},
): Promise<FileOutcome[]> {
  const copies = opts.outDir ? copyPaths(files, opts.outDir) : [];
  const jobsOf = (i: number): ScoreJob => ({
    ...base,
    file: files[i]!,
    ...(opts.outDir ? { copyPath: copies[i] } : {}),
  });
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let emitted = 0;
  let completed = 0;
  const settle = (i: number, o: FileOutcome) => {
    outcomes[i] = o;
    opts.onDone?.(++completed);
    while (emitted < files.length && outcomes[emitted]) opts.onOutcome?.(outcomes[emitted]!, emitted++);
  };

  const size = Math.min(opts.jobs ?? defaultJobs(), files.length);
  if (size <= 1) {
    for (let i = 0; i < files.length; i++) settle(i, await scoreFile(jobsOf(i)));
    return outcomes as FileOutcome[];
  }
  const pool = new WorkerPool<ScoreJob, FileOutcome>({
    entry: new URL('./score-worker.mjs', import.meta.url),
    // This thread is one of the `size` scorers: it is ready at once, a worker loads for ~0.4 s first.
    ...(opts.mainThreadScores === false ? { size } : { size: size - 1, local: scoreFile }),
    onCrash: (job, error) => ({
      record: failedRecord(job.file, schemeFromSpec(job.scheme, job.lang), [
        {
          code: 'read.unexpected',
          severity: 'error',
          where: job.file,
          message: m(job.lang, 'read.unexpected', { detail: oneLine(error) }),
        },
      ]),
    }),
  });
  try {
    await Promise.all(files.map((_, i) => pool.run(jobsOf(i)).then((o) => settle(i, o))));
  } finally {
    await pool.close();
  }
  return outcomes as FileOutcome[];
}
