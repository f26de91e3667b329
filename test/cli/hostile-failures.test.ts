/*
 * Failures 1–7 of issue 14 ("hostile input, every mode"), one test each, named after them. Crafted
 * workbooks are built here byte by byte (test/cli/fuzz/hostile-corpus.ts); expectations are worked
 * out by hand in the comments. Runs that need the real process (a FIFO, memory, SIGKILL) start
 * node cli/bin.mjs as a child.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TEMP_NAME } from '../../cli/atomic-write';
import { gbt27922_2011 } from '../../cli/core-api';
import { writeTemplate } from '../../cli/core-writers';
import { internalIssue } from '../../cli/internal-error';
import { loadWorkbookBytes, loadWorkbookFile } from '../../cli/load-workbook';
import { scoreFile, type ScoreJob } from '../../cli/score-file';
import { InflateBudget, readCentralDirectory, safeUnzip, ZipProblem } from '../../cli/zip-guard';
import {
  buildZip,
  scoringRows,
  sheetXml,
  STYLES_WITH_DATES,
  workbookParts,
  zipParts,
  type CellSpec,
  type RawZipEntry,
} from './fuzz/hostile-corpus';
import { answersFor, fillWorkbook } from './support/fill-workbook';

const BIN = resolve(import.meta.dirname, '../../cli/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'gbt27922-failures-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakMiB: number;
}

function cli(args: string[], opts: { timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((done) => {
    const time = existsSync('/usr/bin/time');
    const child = spawn(
      time ? '/usr/bin/time' : process.execPath,
      [...(time ? ['-v', process.execPath] : []), BIN, ...args],
      {
        cwd: dir,
        env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    const killer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(killer);
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      done({ code, stdout, stderr, peakMiB: peak ? Number(peak[1]) / 1024 : NaN });
    });
  });
}

const records = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          file: string;
          score: number | null;
          earned: number | null;
          applicable: number | null;
          issues: { code: string; where: string; message: string }[];
          scoredCopy?: string;
        },
    );

const file = (name: string, bytes: Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

const job = (f: string, extra: Partial<ScoreJob> = {}): ScoreJob => ({
  file: f,
  scheme: { kind: 'bundled', id: 'gbt27922-2011' },
  lang: 'zh-CN',
  ...extra,
});

const sheetA = sheetXml(
  scoringRows([
    ['5.1.1.1', '专门售后部门', 3, 3],
    ['5.1.1.2', '服务网点', 3, 2],
  ]),
);
const sheetB = sheetXml(
  scoringRows([
    ['5.1.1.1', '专门售后部门', 3, 1],
    ['5.1.1.2', '服务网点', 3, 1],
  ]),
);

describe('issue 14, failures 1–7', () => {
  it('failure 1 (hang): a FIFO named x.xlsx among the arguments is refused by stat; the good file beside it is scored', async () => {
    const good = file('f1-good.xlsx', zipParts(workbookParts([{ name: '评分表', xml: sheetA }])));
    const fifo = join(dir, 'f1-fifo.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await cli(['score', fifo, good, '--json'], { timeoutMs: 30_000 });
    // Ended by itself (a run blocked on the FIFO would be killed by the helper and have no exit code), exit 1 for the FIFO.
    expect(r.code).toBe(1);
    const [a, b] = records(r.stdout);
    expect(a!.issues.map((i) => [i.code, i.message])).toEqual([
      ['read.not-regular', '不是普通文件（命名管道 FIFO），未打开。请给出 .xlsx 文件。'],
    ]);
    // 3 + 2 of the two items' 3 + 3.
    expect([b!.earned, b!.applicable]).toEqual([5, 6]);
  });

  it('failure 1 (hang): a file that runs past its time budget is stopped and reported; the run goes on', async () => {
    // One row of 2,500,000 cells (~40 MB of XML, under the inflation budget, compressing ~10×): well over a
    // second of inflating and reading on a loaded machine, still several tenths of a second on a quiet one, so
    // the budget here is 0.3 s (the watchdog starts when a ready worker takes the job); the good file takes
    // milliseconds.
    const cells: string[] = [];
    for (let i = 0; i < 2_500_000; i++) cells.push(`<c><v>${i}</v></c>`);
    const slow = file(
      'f1-slow.xlsx',
      zipParts(
        workbookParts([
          {
            name: '评分表',
            xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells.join('')}</row></sheetData></worksheet>`,
          },
        ]),
      ),
    );
    const good = file('f1-good2.xlsx', zipParts(workbookParts([{ name: '评分表', xml: sheetB }])));
    const r = await cli(['score', slow, good, '--json', '--time-limit', '0.3', '--jobs', '2']);
    const [a, b] = records(r.stdout);
    expect(a!.issues.map((i) => i.code)).toEqual(['read.timeout']);
    expect(a!.issues[0]!.message).toBe('处理超过 0.3 秒，已停止（文件可能异常或被恶意构造）。其他文件照常处理。');
    expect(b!.earned).toBe(2);
  });

  it('failure 2 (memory with --out): a sheet declaring 1,048,576 rows and holding 200,001 is scored from its top and copied within 600 MiB, its real row count said', async () => {
    const rows: string[] = [
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E1048576"/><sheetData>',
      sheetA.replace(/^.*<sheetData>|<\/sheetData>.*$/g, ''),
    ];
    // Rows 4 … 200,001 of filler: with the header and two items, 200,001 <row> elements.
    for (let i = 4; i <= 200_001; i++) rows.push(`<row r="${i}"><c r="E${i}"><v>${i}</v></c></row>`);
    rows.push('</sheetData></worksheet>');
    const big = file('f2-big.xlsx', zipParts(workbookParts([{ name: '评分表', xml: rows.join('') }])));
    const out = join(dir, 'f2-out');
    const r = await cli(['score', big, '--json', '--out', out, '--jobs', '2']);
    const [rec] = records(r.stdout);
    expect(rec!.earned).toBe(5);
    expect(rec!.issues.find((i) => i.code === 'read.too-many-rows')!.message).toBe(
      '工作表“评分表”有 200001 行，只读取了前 10000 行。',
    );
    // The copy is written at the package level: the big sheet's bytes are copied, never inflated by the writer.
    expect(rec!.scoredCopy).toBe(join(out, 'f2-big.scored.xlsx'));
    const sheetOf = (b: Uint8Array) => readCentralDirectory(b).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheetOf(new Uint8Array(readFileSync(rec!.scoredCopy!))).size).toBe(
      sheetOf(new Uint8Array(readFileSync(big))).size,
    );
    if (!Number.isNaN(r.peakMiB)) expect(r.peakMiB).toBeLessThan(600);
  });

  it('failure 3 (zip guard per part only): 50 parts of exactly 5 MiB from a file of a few hundred kB are one bomb, refused before inflating', async () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const deflated = { data: deflateRawSync(zeros), size: zeros.length, crc: 0 };
    const parts: RawZipEntry[] = Object.entries(workbookParts([{ name: '评分表', xml: sheetA }])).map(
      ([name, data]) => ({ name, data }),
    );
    const bomb = buildZip([
      ...parts,
      ...Array.from({ length: 50 }, (_, i) => ({ name: `xl/media/image${i}.bin`, deflated })),
    ]);
    expect(bomb.length).toBeLessThan(600 * 1024);
    // No single part trips the per-part check (5 MiB is not above 5 MiB)…
    const listed = readCentralDirectory(bomb, {
      maxEntries: 5000,
      maxTotalBytes: Infinity,
      ratioCheckAbove: Infinity,
      maxRatio: 100,
    });
    expect(listed.filter((e) => e.size > 5 * 1024 * 1024 && e.size > e.compressedSize * 100)).toEqual([]);
    // …but together they are 250 MiB: over the file's budget, and over 100× the file's size.
    const r = await loadWorkbookBytes(bomb);
    expect(r.ok ? 'read' : [r.failure.code, r.failure.params.why]).toEqual(['zip-bomb', 'declared-total']);
    // One budget for the file across passes: a part counted once, the sum capped whoever inflates.
    // (Random bytes: they do not compress, so no ratio check is involved.)
    const small = zipParts({
      a: new Uint8Array(randomBytes(3 * 1024 * 1024)),
      b: new Uint8Array(randomBytes(3 * 1024 * 1024)),
    });
    const budget = new InflateBudget(5 * 1024 * 1024);
    safeUnzip(small, { filter: (e) => e.name === 'a', budget });
    safeUnzip(small, { filter: (e) => e.name === 'a', budget });
    expect(budget.used).toBe(3 * 1024 * 1024);
    expect(() => safeUnzip(small, { filter: (e) => e.name === 'b', budget })).toThrow(ZipProblem);
  });

  it('failure 4 (decoys): two sheets called 评分表, or two scoring sheets, are named and not scored; --sheet picks one; hidden ones are scored with a warning', async () => {
    const twins = file(
      'f4-twins.xlsx',
      zipParts(
        workbookParts([
          { name: '评分表', xml: sheetA },
          { name: '评分表', xml: sheetB },
        ]),
      ),
    );
    const none = await scoreFile(job(twins));
    expect(none.record.score).toBeNull();
    expect(none.record.issues.map((i) => i.message)).toEqual([
      '有同名的工作表：“评分表”（第 1 个工作表）、“评分表”（第 2 个工作表）。无法确定哪一个是评分表，为避免评错，未评分。请在 Excel 中重命名其中一个，或用 --sheet "#序号" 指定要评分的工作表。',
    ]);
    // The second sheet: 1 + 1 of 3 + 3. The first: 3 + 2.
    expect((await scoreFile(job(twins, { sheet: '#2' }))).record.earned).toBe(2);
    expect((await scoreFile(job(twins, { sheet: '#1' }))).record.earned).toBe(5);

    const two = file(
      'f4-two.xlsx',
      zipParts(
        workbookParts([
          { name: '评分表', xml: sheetA },
          { name: '复核评分', xml: sheetB },
        ]),
      ),
    );
    const competing = await scoreFile(job(two));
    expect(competing.record.issues.map((i) => i.code)).toEqual(['sheet.competing']);
    // Read, not scored: the table says — rather than 无法读取.
    expect([competing.record.read, competing.record.score]).toEqual([true, null]);
    expect(competing.record.issues[0]!.message).toContain('“评分表”（第 1 个工作表）、“复核评分”（第 2 个工作表）');
    expect((await scoreFile(job(two, { sheet: '复核评分' }))).record.earned).toBe(2);
    expect((await scoreFile(job(two, { sheet: '没有' }))).record.issues.map((i) => i.code)).toEqual([
      'sheet.not-found',
    ]);

    for (const [state, code] of [
      ['hidden', 'sheet.hidden'],
      ['veryHidden', 'sheet.very-hidden'],
    ] as const) {
      const hidden = file(
        `f4-${state}.xlsx`,
        zipParts(
          workbookParts([
            { name: '说明', xml: sheetXml([['本表说明']]) },
            { name: '评分表', xml: sheetA, state },
          ]),
        ),
      );
      for (const reader of ['auto', 'exceljs'] as const) {
        const o = await scoreFile(job(hidden, { reader }));
        expect(o.record.earned, `${state} ${reader}`).toBe(5);
        expect(o.record.issues.filter((i) => i.code.startsWith('sheet.')).map((i) => [i.code, i.where])).toEqual([
          [code, '评分表'],
        ]);
      }
    }
  });

  it('failure 5 (date cell read as points): a date-formatted cell in a score column is a date, not a score; booleans and error values have their own words', async () => {
    // D2: serial 2 with built-in format 14 (a date: 1900-01-02); D3: serial 1 with yyyy-mm-dd
    // (1900-01-01); D4: serial 2 with 0.0" 分" (a number: 2 points). Earned: only D4's 2.
    const rows: CellSpec[][] = scoringRows([
      ['5.1.1.1', '专门售后部门', 3, { v: 2, s: 1 }],
      ['5.1.1.2', '服务网点', 3, { v: 1, s: 2 }],
      ['5.1.1.3', '服务人员', 3, { v: 2, s: 3 }],
    ]);
    const dates = file(
      'f5-dates.xlsx',
      zipParts(workbookParts([{ name: '评分表', xml: sheetXml(rows) }], STYLES_WITH_DATES)),
    );
    for (const reader of ['auto', 'exceljs'] as const) {
      const o = await scoreFile(job(dates, { reader }));
      expect(o.record.score, reader).toBeNull();
      expect(o.record.earned, reader).toBe(2);
      expect(
        o.record.issues.filter((i) => i.code === 'value-is-date').map((i) => i.where),
        reader,
      ).toEqual(['评分表!D2', '评分表!D3']);
    }
    const direct = await scoreFile(job(dates));
    expect(direct.record.issues.find((i) => i.where === '评分表!D2')!.message).toBe(
      '评分表!D2：这是日期（1900-01-02），不是分数：单元格设成了日期格式。请把格式改为“常规”或“数值”，再填写 0 到 3 之间的分数。',
    );
    const odd = file(
      'f5-odd.xlsx',
      zipParts(
        workbookParts([
          {
            name: '评分表',
            xml: sheetXml(
              scoringRows([
                ['5.1.1.1', '专门售后部门', 3, 2],
                ['5.1.1.2', '服务网点', 3, { e: '#DIV/0!' }],
              ]),
            ),
          },
        ]),
      ),
    );
    expect((await scoreFile(job(odd))).record.issues.find((i) => i.where === '评分表!D3')!.code).toBe('value-is-error');
    // TRUE typed into a graded item of our own template: no number of points.
    const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
    const graded = gbt27922_2011.items.find((it) => it.kind === 'graded')!;
    const withTrue = file('f5-true.xlsx', await fillWorkbook(template, { [graded.id]: { value: true } }));
    const t = await scoreFile(job(withTrue));
    const bools = t.record.issues.filter((i) => i.code === 'value-is-boolean');
    expect(bools.length).toBe(1);
    expect(bools[0]!.message).toMatch(/：这是逻辑值（true），不是分数。请填写 0 到 \d+(\.5)? 之间的分数。$/);
  });

  it('failure 6 (killed run): SIGKILL leaves no half workbook, only temp files of our pattern, which the next run removes and reports', async () => {
    const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
    const audit = await fillWorkbook(template, answersFor(gbt27922_2011, 6));
    const inputs = Array.from({ length: 24 }, (_, i) => file(`f6-${i}.xlsx`, audit));
    const out = join(dir, 'f6-out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'score', ...inputs, '--out', out, '--json', '--jobs', '2'], {
      cwd: dir,
      stdio: 'ignore',
    });
    // Kill it as soon as the first file lands in the folder (a temp or a copy), mid-batch.
    await new Promise<void>((done) => {
      const t = setInterval(() => {
        if (readdirSync(out).length > 0 || child.exitCode !== null) {
          clearInterval(t);
          child.kill('SIGKILL');
          done();
        }
      }, 5);
    });
    await new Promise((r) => child.on('close', r));
    for (const name of readdirSync(out)) {
      if (TEMP_NAME.test(name)) continue;
      expect(name).toMatch(/^f6-\d+\.scored\.xlsx$/);
      // A copy that has its name is whole: its zip directory reads.
      expect(readCentralDirectory(new Uint8Array(readFileSync(join(out, name)))).length).toBeGreaterThan(5);
    }
    // A temp of a run that is gone (a process that has exited): stale, whatever the kill left.
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => gone.on('close', r));
    writeFileSync(join(out, `.gbt27922-${gone.pid}-0badc0de.tmp`), 'PK');
    const stale = readdirSync(out).filter((n) => TEMP_NAME.test(n)).length;
    const r = await cli(['score', inputs[0]!, '--out', out, '--json', '--force']);
    expect(r.stderr).toContain(`已删除以前中断的运行留在 ${out} 中的 ${stale} 个临时文件。`);
    expect(readdirSync(out).filter((n) => TEMP_NAME.test(n))).toEqual([]);
  });

  it('failure 7 (misleading messages): permission denied, symlink loop, not found, not a regular file, a damaged part, a DTD, 32,767 digits, library text', async () => {
    const say = async (p: string) => {
      const r = await loadWorkbookFile(p);
      return r.ok ? 'read' : r.failure.code;
    };
    expect(await say(join(dir, 'f7-missing.xlsx'))).toBe('not-found');
    symlinkSync('f7-loop-b.xlsx', join(dir, 'f7-loop-a.xlsx'));
    symlinkSync('f7-loop-a.xlsx', join(dir, 'f7-loop-b.xlsx'));
    expect(await say(join(dir, 'f7-loop-a.xlsx'))).toBe('symlink-loop');
    // Root reads any mode-000 file; a write-only /proc/sys file is refused to root too.
    const denied =
      process.getuid?.() === 0 ? '/proc/sys/vm/compact_memory' : file('f7-denied.xlsx', new Uint8Array([1]));
    if (process.getuid?.() !== 0) chmodSync(denied, 0);
    expect(await say(denied)).toBe('permission-denied');
    expect(await say('/dev/null')).toBe('not-regular');

    const parts = Object.entries(workbookParts([{ name: '评分表', xml: sheetA }])).map(([name, data]): RawZipEntry =>
      name === 'xl/worksheets/sheet1.xml'
        ? { name, deflated: { data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]), size: data.length, crc: 0 } }
        : { name, data },
    );
    const damaged = file('f7-damaged.xlsx', buildZip(parts));
    const dtd = file(
      'f7-dtd.xlsx',
      zipParts({
        ...workbookParts([{ name: '评分表', xml: sheetA }]),
        'xl/sharedStrings.xml': strToU8(
          '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst/>',
        ),
      }),
    );
    const digits = file(
      'f7-digits.xlsx',
      zipParts(
        workbookParts([
          { name: '评分表', xml: sheetXml(scoringRows([['5.1.1.1', '专门售后部门', 3, { raw: '9'.repeat(32_767) }]])) },
        ]),
      ),
    );
    const twins = file(
      'f7-twins.xlsx',
      zipParts(
        workbookParts([
          { name: '评分表', xml: sheetA },
          { name: '评分表', xml: sheetB },
        ]),
      ),
    );
    const [d, x, n] = records((await cli(['score', damaged, dtd, digits, '--json'])).stdout);
    expect(d!.issues.map((i) => i.message)).toEqual([
      '文件已损坏：其中的 xl/worksheets/sheet1.xml 已损坏，无法解压。请重新复制或下载原文件，或在 Excel 中打开修复后另存。',
    ]);
    expect(x!.issues.map((i) => i.message)).toEqual([
      '文件中的 xl/sharedStrings.xml 含有 DTD（文档类型声明）。正常的 Excel 文件不会有，这通常是恶意构造的文件，未读取。',
    ]);
    const long = n!.issues.find((i) => i.where === '评分表!D2')!;
    expect(long.code).toBe('value-too-long');
    expect(long.message).toBe(
      `评分表!D2：“${'9'.repeat(20)}…(32767)”位数过多，不是有效分数。请填写 0 到 3 之间的分数。`,
    );
    // exceljs throws "Worksheet name already exists" on the twins, and makes the digits Infinity; the user sees neither.
    const [t, n2] = records((await cli(['score', twins, digits, '--json', '--reader', 'exceljs'])).stdout);
    expect(t!.issues.map((i) => i.code)).toEqual(['read.fallback-used', 'sheet.same-name']);
    expect(n2!.issues.find((i) => i.where === '评分表!D2')!.code).toBe('value-too-long');
    const all = JSON.stringify([d, x, n, t, n2]);
    expect(all).not.toMatch(/Infinity|Worksheet name|already exists|undefined entity|\d+:\d+:/);
    const debug = records((await cli(['score', twins, '--json', '--reader', 'exceljs', '--debug'])).stdout)[0]!;
    expect(debug.issues[0]!.message).toMatch(/（调试信息：.*Worksheet name already exists.*）$/);

    // An exception nobody foresaw: 内部错误, a short id stable for the same bug, details only with --debug.
    const boom = () => {
      try {
        JSON.parse('{');
      } catch (e) {
        return e;
      }
    };
    const plain = internalIssue('a.xlsx', 'zh-CN', boom(), false);
    expect(plain.message).toMatch(
      /^内部错误（编号 [0-9a-f]{8}）：处理此文件时程序出错，其他文件不受影响。请把编号 [0-9a-f]{8} 报告给我们（加 --debug 可看到详细信息）。$/,
    );
    expect(internalIssue('b.xlsx', 'zh-CN', boom(), false).message).toBe(plain.message);
    expect(internalIssue('a.xlsx', 'zh-CN', boom(), true).message).toContain('SyntaxError');
  });
});
