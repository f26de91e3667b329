/*
 * The fuzz run: a seeded corpus of > 100 hostile files (test/cli/fuzz/hostile-corpus.ts), a FIFO, a
 * symlink loop, a dangling link, a folder named .xlsx, and two good workbooks, through the real CLI
 * (node cli/bin.mjs, a child process) in both modes, each in one process with 2 workers:
 *  - the run ends within its time limit (nothing blocks, a FIFO included);
 *  - every argument gets exactly one answer, in order, and every message is a sentence of ours
 *    (no "undefined", "Infinity", "NaN", no library text, no stack);
 *  - the good files score what core computes from the answers typed into them;
 *  - peak RSS (the process and all its threads) stays under 600 MiB;
 *  - inputs are unchanged; nothing is written outside the output folder, which holds only copies.
 * The figures (files, answers, peak MiB per mode, wall time, slowest file) are printed for the issue.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  lstatSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011, score, type IndicatorResponse } from '../../../cli/core-api';
import { writeTemplate } from '../../../cli/core-writers';
import { answersFor, fillWorkbook, type Answer } from '../support/fill-workbook';
import { hostileCorpus } from './hostile-corpus';

const BIN = resolve(import.meta.dirname, '../../../cli/bin.mjs');
const SEED = 27922;
const TIME_LIMIT_MS = 60_000;
const PEAK_LIMIT_MIB = 600;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  peakMiB: number;
}

/** Runs the CLI; peak RSS from /usr/bin/time -v when present, else by polling /proc (VmHWM of the child). */
function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const started = Date.now();
    const cmd = TIME ? TIME : process.execPath;
    const argv = TIME ? ['-v', process.execPath, BIN, ...args] : [BIN, ...args];
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let polled = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) polled = Math.max(polled, Number(hwm[1]) / 1024);
      } catch {
        // exited meanwhile
      }
    }, 50);
    const killer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(killer);
      const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      done({
        code,
        stdout,
        stderr,
        wallMs: Date.now() - started,
        peakMiB: fromTime ? Number(fromTime[1]) / 1024 : polled,
      });
    });
  });
}

/** Every path under dir (relative), with a hash for files: what "unchanged" means. */
function tree(dir: string, skip: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (skip.includes(rel)) continue;
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out.set(rel, 'dir');
        walk(p);
      } else if (st.isFile()) out.set(rel, createHash('sha256').update(readFileSync(p)).digest('hex'));
      else out.set(rel, st.isSymbolicLink() ? 'link' : 'special');
    }
  };
  walk(dir);
  return out;
}

function expectedScore(answers: Record<string, Answer>): number | null {
  const responses: IndicatorResponse[] = Object.entries(answers).map(([id, a]) => ({ id, ...a }));
  return score(gbt27922_2011, { responses }).score;
}

interface Record_ {
  file: string;
  score: number | null;
  issues: { code: string; message: string }[];
  elapsedMs?: number;
  scoredCopy?: string;
}

const root = mkdtempSync(join(tmpdir(), 'gbt27922-fuzz-'));
// Deep enough that "../../x" from the output folder still lands inside root, where it is seen.
const work = join(root, 'a', 'b');
const inDir = join(work, 'in');
const cwd = join(work, 'cwd');
const inputs: string[] = [];
const good: { file: string; score: number | null }[] = [];
let corpusSize = 0;

beforeAll(async () => {
  mkdirSync(inDir, { recursive: true });
  mkdirSync(cwd);
  const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
  const answers = [answersFor(gbt27922_2011, 101), answersFor(gbt27922_2011, 202, { unscored: 3 })];
  const goodBytes = await fillWorkbook(template, answers[0]!);
  const corpus = hostileCorpus(goodBytes, SEED);
  corpusSize = corpus.length;
  for (const f of corpus) {
    writeFileSync(join(inDir, f.name), f.bytes);
    inputs.push(join(inDir, f.name));
  }
  for (const [i, a] of answers.entries()) {
    const file = join(inDir, `good-${i}.xlsx`);
    writeFileSync(file, i === 0 ? goodBytes : await fillWorkbook(template, a));
    good.push({ file, score: expectedScore(a) });
  }
  // The good files among the hostile ones, not at the end: a blocked run would never reach them.
  inputs.splice(7, 0, good[0]!.file);
  execFileSync('mkfifo', [join(inDir, 'fifo.xlsx')]);
  symlinkSync('loop-b.xlsx', join(inDir, 'loop-a.xlsx'));
  symlinkSync('loop-a.xlsx', join(inDir, 'loop-b.xlsx'));
  symlinkSync('nowhere.xlsx', join(inDir, 'dangling.xlsx'));
  mkdirSync(join(inDir, 'folder.xlsx'));
  inputs.splice(3, 0, join(inDir, 'fifo.xlsx'));
  inputs.push(join(inDir, 'loop-a.xlsx'), join(inDir, 'dangling.xlsx'), good[1]!.file);
}, 120_000);

const ENGLISH_LIBRARY_TEXT =
  /undefined|Infinity|NaN|\[object|Error:| {4}at |Worksheet name|entity|unexpected end|Invalid/;

function checkRun(run: Run, mode: string): Record_[] {
  // Exit code 1 (some files refused) also says the run ended by itself: one killed at TIME_LIMIT_MS has none.
  expect(run.code, `${mode}: exit code (stderr: ${run.stderr.slice(0, 500)})`).toBe(1);
  if (run.stdout.trim().split('\n').length !== inputs.length) console.log(run.stderr.slice(0, 3000));
  const records = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record_);
  // Exactly one answer per argument, in order.
  expect(records.map((r) => r.file)).toEqual(inputs);
  for (const r of records) {
    for (const i of r.issues) {
      expect(i.message.trim(), `${r.file} ${i.code}`).not.toBe('');
      // What --debug adds, and the user's own values quoted back, may say anything; the rest is ours.
      const ours = i.message.replace(/ （调试信息：.*）$/, '').replace(/“[^”]*”/g, '“…”');
      expect(ours, `${r.file} ${i.code}`).not.toMatch(ENGLISH_LIBRARY_TEXT);
    }
  }
  for (const g of good) {
    const r = records.find((x) => x.file === g.file)!;
    expect(r.score, g.file).toBe(g.score);
  }
  expect(run.peakMiB, `${mode}: peak RSS`).toBeLessThan(PEAK_LIMIT_MIB);
  const slowest = records.reduce((a, b) => ((b.elapsedMs ?? 0) > (a.elapsedMs ?? 0) ? b : a));
  const codes = new Map<string, number>();
  for (const r of records) {
    const c =
      r.score !== null
        ? 'scored'
        : (r.issues.find((i) => i.code.startsWith('read.') || i.code.startsWith('sheet.'))?.code ?? 'not scored');
    codes.set(c, (codes.get(c) ?? 0) + 1);
  }
  console.log(
    `fuzz ${mode}: ${inputs.length} files (${corpusSize} generated, seed ${SEED}), ${records.length} answers, ` +
      `peak ${run.peakMiB.toFixed(0)} MiB${TIME ? ' (/usr/bin/time)' : ' (/proc)'}, wall ${(run.wallMs / 1000).toFixed(1)} s, ` +
      `slowest ${relative(inDir, slowest.file)} ${((slowest.elapsedMs ?? 0) / 1000).toFixed(2)} s; ` +
      [...codes].map(([c, n]) => `${c} ${n}`).join(', '),
  );
  return records;
}

describe('fuzz: hostile files through the real CLI', () => {
  it('--json: ends in time, one answer per file, good files scored right, under 600 MiB, inputs unchanged', async () => {
    const before = tree(root);
    // A folder argument means the workbooks inside it: this one (named .xlsx) has none, which is said.
    const run = await cli(['score', ...inputs, join(inDir, 'folder.xlsx'), '--json', '--jobs', '2', '--debug'], cwd);
    const records = checkRun(run, '--json');
    expect(run.stderr).toContain(`“${join(inDir, 'folder.xlsx')}”没有匹配到任何 .xlsx / .xlsm 文件`);
    expect(tree(root)).toEqual(before);
    // The classes of the issue each get their own words.
    const codeOf = (suffix: string) => records.find((r) => r.file.endsWith(suffix))!.issues.map((i) => i.code);
    expect(codeOf('fifo.xlsx')).toEqual(['read.not-regular']);
    expect(codeOf('loop-a.xlsx')).toEqual(['read.symlink-loop']);
    expect(codeOf('dangling.xlsx')).toEqual(['read.not-found']);
    expect(codeOf('fifty-parts-of-5MiB.xlsx')).toEqual(['read.zip-bomb']);
    expect(codeOf('billion-laughs-sheet.xlsx')).toEqual(['read.dtd']);
    expect(codeOf('same-name-twice.xlsx')).toContain('sheet.same-name');
    expect(codeOf('date-in-score.xlsx')).toContain('value-is-date');
  }, 150_000);

  it('--out DIR: the same, and the output folder holds only finished copies', async () => {
    const out = join(work, 'out');
    const before = tree(root);
    const run = await cli(['score', ...inputs, '--json', '--jobs', '2', '--out', out, '--debug'], cwd);
    const records = checkRun(run, '--out');
    const after = tree(root, []);
    for (const [p, h] of before) expect(after.get(p), p).toBe(h);
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added.every((p) => p === relative(root, out) || p.startsWith(`${relative(root, out)}/`))).toBe(true);
    const written = readdirSync(out).sort();
    expect(written).toEqual(
      records
        .filter((r) => r.scoredCopy)
        .map((r) => relative(out, r.scoredCopy!))
        .sort(),
    );
    for (const g of good) expect(records.find((r) => r.file === g.file)!.scoredCopy).toBeTruthy();
  }, 150_000);
});
