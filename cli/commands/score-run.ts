/* gbt27922 score FILE|DIR|GLOB...: JSON Lines (--json) or a table and a summary; scored copies with --out, HTML reports with --report. */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exists, removeStaleTemps } from '../atomic-write';
import type { CliContext } from '../context';
import { expandInputs } from '../expand-inputs';
import { m } from '../messages';
import { startProgress } from '../progress';
import { isComplete, type FileRecord } from '../record';
import { renderDetail, renderEligibility, renderIssues, renderSummary, renderTable } from '../report';
import { resolveSchemeSpec, schemeFromSpec } from '../resolve-scheme';
import { copyPaths, reportPaths, defaultJobs, scoreMany } from '../run-score';
import type { FileOutcome } from '../score-file';
import { today } from '../today';
import { UsageError } from '../usage-error';

export interface ScoreOpts {
  json?: boolean;
  out?: string;
  report?: string;
  scheme?: string;
  jobs?: string;
  reader?: string;
  force?: boolean;
  sheet?: string;
  debug?: boolean;
  timeLimit?: string;
  memoryLimit?: string;
  quiet?: boolean;
}

/** All of standard input, for `-` (one workbook piped in). */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseLimit(option: string, value: string | undefined, ctx: CliContext): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(m(ctx.lang, 'usage.bad-limit', { option, value }));
  return n;
}

export function parseJobs(value: string | undefined, ctx: CliContext): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(m(ctx.lang, 'usage.bad-jobs', { value }));
  return n;
}

export async function runScore(args: string[], opts: ScoreOpts, ctx: CliContext): Promise<void> {
  const { lang } = ctx;
  const spec = resolveSchemeSpec(opts.scheme, lang);
  const jobs = parseJobs(opts.jobs, ctx);
  const reader = opts.reader ?? 'auto';
  if (reader !== 'auto' && reader !== 'exceljs') throw new UsageError(m(lang, 'usage.bad-reader', { value: reader }));
  const timeLimit = parseLimit('--time-limit', opts.timeLimit, ctx);
  const memoryLimit = parseLimit('--memory-limit', opts.memoryLimit, ctx);
  const { files, empty } = await expandInputs(args);
  // An argument that yields no workbook (empty folder, glob without match) is a failed input like a missing
  // file: said on stderr, exit 1. Exit 2 is kept for a wrong command line.
  for (const arg of empty) ctx.stderr(`${m(lang, 'usage.no-match', { arg })}\n`);
  if (!files.length) {
    ctx.stderr(`${m(lang, 'usage.no-files', { args: args.join(' ') })}\n`);
    ctx.exitCode = 1;
    return;
  }
  // `-`: one workbook from standard input, scored from a private temporary copy and reported as "-".
  let stdinDir = '';
  const stdinAt = files.indexOf('-');
  if (stdinAt >= 0) {
    const bytes = await readStdin();
    if (!bytes.length) {
      ctx.stderr(`${m(lang, 'read.stdin-empty')}\n`);
      ctx.exitCode = 1;
      return;
    }
    stdinDir = mkdtempSync(join(tmpdir(), 'gbt27922-stdin-'));
    files[stdinAt] = join(stdinDir, 'stdin.xlsx');
    writeFileSync(files[stdinAt]!, bytes, { mode: 0o600 });
  }
  const shownName = (f: string) => (stdinDir && f === files[stdinAt] ? '-' : f);

  // Output folders: each must be a folder, and (without --force) hold none of this run's outputs yet.
  for (const [dir, paths, isFileKey, existKey] of [
    [opts.out, copyPaths, 'usage.out-is-file', 'usage.copies-exist'],
    [opts.report, reportPaths, 'usage.report-is-file', 'usage.reports-exist'],
  ] as const) {
    if (!dir) continue;
    let isFile = false;
    try {
      isFile = statSync(dir).isFile();
    } catch {
      isFile = false;
    }
    if (isFile) throw new UsageError(m(lang, isFileKey, { dir }));
    if (!opts.force) {
      // Refuse before any work rather than half-way through a batch.
      const taken: string[] = [];
      for (const p of paths(files, dir)) if (await exists(p)) taken.push(p);
      if (taken.length) throw new UsageError([m(lang, existKey), ...taken.map((p) => `  ${p}`)].join('\n'));
    }
    // Temp files of ours that an interrupted run left behind (cli/atomic-write.ts): removed, and said.
    const stale = await removeStaleTemps(dir);
    if (stale) ctx.stderr(`${m(lang, 'cleanup.removed', { count: stale, dir })}\n`);
  }

  const started = process.hrtime.bigint(); // not performance.now(), which loads perf_hooks
  const progress = opts.quiet ? { update: () => {}, stop: () => {} } : await startProgress(files.length, lang);
  let outcomes: FileOutcome[];
  try {
    outcomes = await scoreMany(
      files,
      // One day for the whole run, read here: a 自查 sheet without a date is checked as of today.
      {
        scheme: spec,
        lang,
        reader,
        force: opts.force,
        keepResult: files.length === 1,
        today: today(),
        ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
        ...(opts.debug ? { debug: true } : {}),
      },
      {
        jobs,
        // Limits asked for are a worker's budgets: only without them may one file be scored on this thread.
        inThread: timeLimit === undefined && memoryLimit === undefined,
        ...(timeLimit ? { timeoutMs: Math.round(timeLimit * 1000) } : {}),
        ...(memoryLimit ? { maxHeapMb: Math.round(memoryLimit) } : {}),
        ...(opts.out ? { outDir: opts.out } : {}),
        ...(opts.report ? { reportDir: opts.report } : {}),
        onDone: (n) => progress.update(n),
        onOutcome: (o) => {
          o.record.file = shownName(o.record.file);
          if (opts.json) ctx.stdout(`${JSON.stringify(o.record)}\n`);
        },
      },
    );
  } finally {
    progress.stop();
    if (stdinDir) rmSync(stdinDir, { recursive: true, force: true });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records: FileRecord[] = outcomes.map((o) => o.record);

  if (!opts.json) {
    // Files that could not be read are errors: on stderr (the report on stdout stays the report).
    const unread = renderIssues(
      records.filter((r) => !r.read),
      lang,
    );
    if (unread) ctx.stderr(`${unread}\n`);
  }
  if (!opts.json && !opts.quiet) {
    const parts = [renderTable(records, lang)];
    const issues = renderIssues(
      records.filter((r) => r.read),
      lang,
    );
    if (issues) parts.push(issues);
    const only = outcomes.length === 1 ? outcomes[0] : undefined;
    if (only?.result) parts.push(renderDetail(only.result, schemeFromSpec(spec, lang), lang, only.organisation));
    const eligibility = renderEligibility(records, lang);
    if (eligibility) parts.push(eligibility);
    parts.push(
      renderSummary(records, lang, {
        ...(opts.out ? { outDir: opts.out } : {}),
        ...(opts.report ? { reportDir: opts.report } : {}),
        seconds,
        jobs: Math.min(jobs, files.length),
      }),
    );
    ctx.stdout(`${parts.join('\n\n')}\n`);
  } else if (opts.json && process.stderr.isTTY && !opts.quiet) {
    ctx.stderr(`${renderSummary(records, lang, { seconds, jobs: Math.min(jobs, files.length) })}\n`);
  }
  ctx.exitCode = records.every(isComplete) && !empty.length ? 0 : 1;
}
