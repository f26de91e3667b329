/*
 * Workbooks bench (npm run bench -- workbooks):
 *  1. score 1,000 filled workbooks of the default scheme through the CLI's own code path (scoreMany:
 *     safe load → core read → core score, on the worker-thread pool) — workbooks per second;
 *  2. baseline: what a consultant would otherwise do, LibreOffice headless recalculating and saving
 *     a fixed sample of them (one soffice invocation, fresh profile), scaled per workbook; the ratio;
 *  3. 1,000 distribution copies (score + writeScoredCopy + atomic write): seconds and peak RSS.
 * Timings are printed, never asserted. Set GBT27922_BENCH_N to change 1,000.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SCHEME_ID, gbt27922_2011, writeTemplate } from '../cli/core-api';
import { isScored } from '../cli/record';
import { defaultJobs, scoreMany } from '../cli/run-score';
import { answersFor, fillWorkbook } from '../test/cli/support/fill-workbook';

const N = Number(process.env.GBT27922_BENCH_N ?? 1000);
const LO_SAMPLE = 20;
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return work().then((value) => {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: peak / 1024 / 1024 };
  });
}

export async function run(): Promise<void> {
  const root = mkdtempSync(join(os.tmpdir(), 'gbt-bench-wb-'));
  try {
    const inDir = join(root, 'in');
    mkdirSync(inDir);
    let t0 = performance.now();
    const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
    const files: string[] = [];
    for (let i = 0; i < N; i++) {
      const f = join(inDir, `audit-${String(i).padStart(4, '0')}.xlsx`);
      writeFileSync(f, await fillWorkbook(template, answersFor(gbt27922_2011, i + 1, { unscored: i % 10 === 0 ? 2 : 0 })));
      files.push(f);
    }
    console.log(`  generated ${N} filled workbooks (exceljs) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const jobs = defaultJobs();
    const base = { scheme: { kind: 'bundled' as const, id: DEFAULT_SCHEME_ID }, lang: 'zh-CN' as const };
    t0 = performance.now();
    const outcomes = await scoreMany(files, base, { jobs });
    const scoreSec = (performance.now() - t0) / 1000;
    const scored = outcomes.filter((o) => isScored(o.record)).length;
    const perSec = N / scoreSec;
    console.log(`  score: ${N} workbooks in ${scoreSec.toFixed(2)} s on ${jobs} worker threads = ${perSec.toFixed(0)} workbooks/s (${scored} scored; includes worker start-up)`);

    // The whole command, as a user runs it (process start, tsx, workers), on the same files.
    t0 = performance.now();
    const cli = spawnSync(process.execPath, [join(import.meta.dirname, '../cli/bin.mjs'), 'score', inDir, '--json'], { maxBuffer: 1 << 28 });
    const cliSec = (performance.now() - t0) / 1000;
    console.log(`  score via \`gbt27922 score DIR --json\`: ${cliSec.toFixed(2)} s = ${(N / cliSec).toFixed(0)} workbooks/s (exit ${cli.status})`);

    if (!existsSync(SOFFICE)) {
      console.log(`  LibreOffice baseline skipped: ${SOFFICE} not found (apt-get install -y libreoffice-calc-nogui)`);
    } else {
      const sample = files.slice(0, LO_SAMPLE);
      const loOut = join(root, 'lo-out');
      const profile = pathToFileURL(join(root, 'lo-profile')).href;
      t0 = performance.now();
      execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--calc', '--convert-to', 'xlsx', '--outdir', loOut, ...sample], { stdio: 'ignore', timeout: 600_000 });
      const loSec = (performance.now() - t0) / 1000;
      const converted = existsSync(loOut) ? readdirSync(loOut).length : 0;
      const loPerSec = LO_SAMPLE / loSec;
      console.log(`  baseline LibreOffice headless recalc+save: ${LO_SAMPLE} workbooks in ${loSec.toFixed(2)} s (one invocation, fresh profile, ${converted} written) = ${loPerSec.toFixed(2)} workbooks/s`);
      console.log(`  ratio: ${(perSec / loPerSec).toFixed(0)}× LibreOffice (goal ≥ 100×); whole command incl. start-up: ${(N / cliSec / loPerSec).toFixed(0)}×`);
    }

    const outDir = join(root, 'copies');
    t0 = performance.now();
    const { value: copies, peakMb } = await peakRss(() => scoreMany(files, base, { jobs, outDir }));
    const copySec = (performance.now() - t0) / 1000;
    const written = copies.filter((o) => o.record.scoredCopy).length;
    console.log(`  distribution copies: ${written} of ${N} written (score + writeScoredCopy + atomic write) in ${copySec.toFixed(2)} s = ${(copySec * 1000 / N).toFixed(1)} ms each; peak RSS ${peakMb.toFixed(0)} MiB (main + ${jobs} workers)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
