/*
 * Workbooks bench (npm run bench -- workbooks):
 *  1. score 1,000 filled workbooks of the default scheme with the CLI itself (`gbt27922 score DIR
 *     --json`: safe load → core read → core score, on the worker-thread pool) — workbooks per second;
 *  2. baseline: what a consultant would otherwise do, LibreOffice headless recalculating and saving
 *     a fixed sample of them (one soffice invocation, fresh profile), scaled per workbook; the ratio;
 *  3. 1,000 distribution copies (score + writeScoredCopy + atomic write): seconds and peak RSS;
 *  4. the copy step alone per workbook, in this thread: package-level insertion (cli/scored-copy) against the
 *     exceljs round trip it replaced (load every part, add the same 结果 grid, write every part again), on 100
 *     of the generated workbooks and on the foreign fixtures (openpyxl, LibreOffice, pivot, xlsm).
 * Timings are printed, never asserted. Set GBT27922_BENCH_N to change 1,000.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { auditFromSheets, gbt27922_2011, resultSheet, score, type AuditResult } from '../cli/core-api';
import { writeTemplate } from '../cli/core-writers';
import { loadWorkbookBytes } from '../cli/load-workbook';
import { defaultJobs } from '../cli/run-score';
import { writeScoredCopy } from '../cli/scored-copy/write-scored-copy';
import { answersFor, fillWorkbook } from '../test/cli/support/fill-workbook';

const N = Number(process.env.GBT27922_BENCH_N ?? 1000);
const LO_SAMPLE = 20;
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

const BIN = join(import.meta.dirname, '../cli/bin.mjs');

/** Runs the CLI; RSS high-water mark sampled from /proc every 20 ms (worker threads share the process). */
function runCli(args: string[]): Promise<{ seconds: number; code: number | null; scored: number; peakMb: number }> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let peakKb = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const timer = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      } catch {
        // the process has just exited
      }
    }, 20);
    child.on('close', (code) => {
      clearInterval(timer);
      const scored = out.split('\n').filter((l) => l && JSON.parse(l).score !== null).length;
      done({ seconds: (performance.now() - t0) / 1000, code, scored, peakMb: peakKb / 1024 });
    });
  });
}

export async function run(): Promise<void> {
  const root = mkdtempSync(join(os.tmpdir(), 'gbt-bench-wb-'));
  try {
    const inDir = join(root, 'in');
    mkdirSync(inDir);
    const t0 = performance.now();
    const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
    const files: string[] = [];
    for (let i = 0; i < N; i++) {
      const f = join(inDir, `audit-${String(i).padStart(4, '0')}.xlsx`);
      writeFileSync(
        f,
        await fillWorkbook(template, answersFor(gbt27922_2011, i + 1, { unscored: i % 10 === 0 ? 2 : 0 })),
      );
      files.push(f);
    }
    console.log(`  generated ${N} filled workbooks (exceljs) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const jobs = defaultJobs();
    // The command itself, as a consultant runs it (plain node: process start, tsx, worker pool).
    // Not in-process: the figure includes what a user waits for (process start, tsx, worker start-up).
    const direct = await runCli(['score', inDir, '--json']);
    const perSec = N / direct.seconds;
    console.log(
      `  gbt27922 score DIR --json: ${N} workbooks in ${direct.seconds.toFixed(2)} s on ${jobs} threads (main + ${jobs - 1} workers) = ${perSec.toFixed(0)} workbooks/s (${direct.scored} scored, exit ${direct.code}; includes start-up)`,
    );
    const viaExcelJs = await runCli(['score', inDir, '--json', '--reader', 'exceljs']);
    console.log(
      `  same with --reader exceljs (exceljs parses every part): ${viaExcelJs.seconds.toFixed(2)} s = ${(N / viaExcelJs.seconds).toFixed(0)} workbooks/s`,
    );

    if (!existsSync(SOFFICE)) {
      console.log(`  LibreOffice baseline skipped: ${SOFFICE} not found (apt-get install -y libreoffice-calc-nogui)`);
    } else {
      const sample = files.slice(0, LO_SAMPLE);
      const loOut = join(root, 'lo-out');
      const profile = pathToFileURL(join(root, 'lo-profile')).href;
      const t0 = performance.now();
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'xlsx',
          '--outdir',
          loOut,
          ...sample,
        ],
        { stdio: 'ignore', timeout: 600_000 },
      );
      const loSec = (performance.now() - t0) / 1000;
      const converted = existsSync(loOut) ? readdirSync(loOut).length : 0;
      const loPerSec = LO_SAMPLE / loSec;
      console.log(
        `  baseline LibreOffice headless (open, recalculate, save as xlsx): ${LO_SAMPLE} workbooks in ${loSec.toFixed(2)} s (one invocation, fresh profile, ${converted} written) = ${loPerSec.toFixed(2)} workbooks/s`,
      );
      console.log(
        `  ratio: ${(perSec / loPerSec).toFixed(0)}× LibreOffice (goal ≥ 100×); with --reader exceljs ${(N / viaExcelJs.seconds / loPerSec).toFixed(0)}×`,
      );
    }

    const copies = await runCli(['score', inDir, '--json', '--out', join(root, 'copies')]);
    const written = existsSync(join(root, 'copies')) ? readdirSync(join(root, 'copies')).length : 0;
    console.log(
      `  distribution copies: ${written} of ${N} written (score + writeScoredCopy + atomic write) in ${copies.seconds.toFixed(2)} s = ${((copies.seconds * 1000) / N).toFixed(1)} ms each; peak RSS ${copies.peakMb.toFixed(0)} MiB (one process: main + ${jobs - 1} worker threads)`,
    );
    const fixtures = join(import.meta.dirname, '../test/fixtures/foreign-packages');
    await copyStep(
      'generated workbooks',
      files.slice(0, 100).map((f) => readFileSync(f)),
    );
    await copyStep(
      'foreign fixtures ×25',
      readdirSync(fixtures)
        .filter((f) => /\.xls[xm]$/.test(f))
        .flatMap((f) => Array.from({ length: 25 }, () => readFileSync(join(fixtures, f)))),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The scored copy's step alone: package-level insertion vs the exceljs round trip it replaced (same 结果 grid). */
async function copyStep(label: string, inputs: Uint8Array[]): Promise<void> {
  const scored: { bytes: Uint8Array; result: AuditResult }[] = [];
  for (const bytes of inputs) {
    const loaded = await loadWorkbookBytes(bytes);
    if (!loaded.ok) continue;
    const audit = auditFromSheets(loaded.sheets, gbt27922_2011, {});
    scored.push({ bytes, result: score(audit.scheme, audit.input, {}) });
  }
  let t0 = performance.now();
  for (const s of scored) writeScoredCopy(s.bytes, s.result);
  const pkgMs = (performance.now() - t0) / scored.length;
  let failed = 0;
  t0 = performance.now();
  for (const s of scored) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(s.bytes).buffer);
      const ws = wb.addWorksheet('结果 (bench)');
      resultSheet(s.result).rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell) ws.getCell(r + 1, c + 1).value = cell.value;
        }),
      );
      await wb.xlsx.writeBuffer();
    } catch {
      failed++; // exceljs throws on some foreign packages (e.g. openpyxl drawings): the failure this replaced
    }
  }
  const xlMs = (performance.now() - t0) / scored.length;
  console.log(
    `  copy step, ${label} (${scored.length}): package-level insertion ${pkgMs.toFixed(2)} ms per workbook; baseline exceljs load + add sheet + write ${xlMs.toFixed(2)} ms (${failed} threw) = ${(xlMs / pkgMs).toFixed(1)}× slower`,
  );
}
