/*
 * The real command, as a child process (node cli/bin.mjs …), on real .xlsx files: templates written
 * by core and filled with exceljs, hostile and broken files, and the foreign fixtures of
 * test/fixtures/workbooks/. Each child costs ~1 s (tsx + exceljs), so runs are batched.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011, score, type IndicatorResponse } from '../../cli/core-api';
import { writeTemplate } from '../../cli/core-writers';
import { answersFor, fillWorkbook, type Answer } from './support/fill-workbook';
import {
  millionRows,
  notZip,
  ole2,
  truncated,
  withPrefixedPart,
  zipBombLying,
  zipBombRatio,
} from './support/hostile-files';

const BIN = resolve(__dirname, '../../cli/bin.mjs');
const FOREIGN = resolve(__dirname, '../fixtures/workbooks');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function expectedScore(answers: Record<string, Answer>): number | null {
  const responses: IndicatorResponse[] = Object.entries(answers).map(([id, a]) => ({ id, ...a }));
  return score(gbt27922_2011, { responses }).score;
}

let dir: string;
const good: { file: string; expected: number | null }[] = [];
const broken: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gbt-cli-'));
  mkdirSync(join(dir, 'in'));
  const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
  for (const [i, opts] of [
    [1, {}],
    [2, {}],
    [3, { unscored: 4 }],
  ] as const) {
    const answers = answersFor(gbt27922_2011, i, opts);
    const file = join(dir, 'in', `audit-${i}.xlsx`);
    writeFileSync(file, await fillWorkbook(template, answers));
    good.push({ file, expected: expectedScore(answers) });
  }
  // exceljs throws on this one (element prefixes in styles.xml); Excel and LibreOffice read it.
  const answers4 = answersFor(gbt27922_2011, 4);
  const prefixed = join(dir, 'in', 'prefixed-styles.xlsx');
  writeFileSync(prefixed, withPrefixedPart(await fillWorkbook(template, answers4), 'xl/styles.xml'));
  good.push({ file: prefixed, expected: expectedScore(answers4) });

  const b = join(dir, 'bad');
  mkdirSync(b);
  const make: Record<string, () => Uint8Array> = {
    'csv-renamed.xlsx': notZip,
    'encrypted.xlsx': ole2,
    'truncated.xlsx': () => truncated(readFileSync(good[0]!.file)),
    'bomb.xlsx': zipBombRatio,
    'bomb-lying.xlsx': zipBombLying,
    'empty.xlsx': () => new Uint8Array(0),
  };
  for (const [name, f] of Object.entries(make)) writeFileSync((broken[name] = join(b, name)), f());
  const items = gbt27922_2011.items.filter((i) => i.kind !== 'sampled');
  writeFileSync(
    (broken['million-rows.xlsx'] = join(b, 'million-rows.xlsx')),
    millionRows([['编号', '指标', '分值', '得分'], ...items.map((i) => [i.id, i.name.zh, i.max, i.max])]),
  );
  // A million rows and four filled workbooks take more than the default 10 s on a busy machine.
}, 120_000);

describe('gbt27922 score', () => {
  it('prints one JSON line per file, in order, with the contract fields; broken files get one reason and the run goes on (exit 1)', async () => {
    const files = [...good.map((g) => g.file), ...Object.values(broken), join(dir, 'no-such-file.xlsx')];
    const before = files.filter(existsSync).map(sha);
    const r = await cli(['score', ...files, '--json'], dir);
    expect(r.code).toBe(1);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.file)).toEqual(files);
    for (const rec of recs) {
      for (const k of [
        'file',
        'scheme',
        'score',
        'level',
        'vetoed',
        'earned',
        'applicable',
        'specialDeductions',
        'bonus',
        'unscored',
        'categories',
        'issues',
      ])
        expect(rec, `${String(rec.file)} ${k}`).toHaveProperty(k);
      expect(rec.scheme).toEqual({ id: 'gbt27922-2011', version: gbt27922_2011.version });
      for (const i of rec.issues as Record<string, unknown>[])
        expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'where', 'message']));
    }
    const byName = new Map(recs.map((x) => [basename(String(x.file)), x]));
    for (const g of good) {
      const rec = byName.get(basename(g.file))!;
      expect(rec.score, g.file).toBe(g.expected);
      expect((rec.categories as { id: string }[]).map((c) => c.id)).toEqual(['5.1', '5.2', '5.3']);
    }
    expect(byName.get('audit-3.xlsx')!.unscored).toBe(4);
    expect(byName.get('prefixed-styles.xlsx')!.reader).toBe('direct');

    const reason = (name: string) => {
      const rec = byName.get(name)!;
      expect(rec.score, name).toBeNull();
      expect((rec.issues as unknown[]).length, name).toBe(1);
      return (rec.issues as { code: string; message: string }[])[0]!;
    };
    expect(reason('csv-renamed.xlsx').code).toBe('read.not-zip');
    expect(reason('encrypted.xlsx').message).toMatch(/加密或旧版 \.xls/);
    expect(reason('truncated.xlsx').code).toBe('read.truncated');
    expect(reason('bomb.xlsx').code).toBe('read.zip-bomb');
    expect(reason('bomb-lying.xlsx').message).toMatch(/超过其声明的 1024 字节/);
    expect(reason('empty.xlsx').code).toBe('read.empty');
    expect(reason('no-such-file.xlsx').code).toBe('read.not-found');
    // The million-row sheet is cut, said so, and what was read is still scored.
    const million = byName.get('million-rows.xlsx')!;
    expect((million.issues as { code: string; message: string }[])[0]).toMatchObject({
      code: 'read.too-many-rows',
      message: expect.stringMatching(/1000000 行.*前 10000 行/),
    });
    expect(million.score).not.toBeNull();

    // exceljs first (--reader exceljs): it throws on the prefixed styles.xml; the direct reader takes over and says so.
    const viaExcelJs = lines(
      (await cli(['score', good[3]!.file, good[0]!.file, '--json', '--reader', 'exceljs'], dir)).stdout,
    );
    expect(viaExcelJs.map((x) => [x.reader, x.score])).toEqual([
      ['direct', good[3]!.expected],
      ['exceljs', good[0]!.expected],
    ]);
    expect((viaExcelJs[0]!.issues as { code: string; message: string }[])[0]).toMatchObject({
      code: 'read.fallback-used',
      message: expect.stringMatching(/exceljs 无法打开此文件/),
    });

    expect(files.filter(existsSync).map(sha)).toEqual(before);
    // Piped: no progress bar.
    expect(r.stderr).not.toMatch(/评分中|\[[░█]/);
  });

  it('prints a Chinese table and summary, writes scored copies atomically, refuses to overwrite them without --force', async () => {
    const inputs = good.slice(0, 2).map((g) => g.file);
    const before = inputs.map(sha);
    const out = join(dir, 'scored');
    const r = await cli(['score', join(dir, 'in', 'audit-[12].xlsx'), '--out', out], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/文件\s+得分\s+等级\s+状态\s+未评分\s+问题/);
    expect(r.stdout).toMatch(/共 2 个文件：已评分 2 个，未能评分 0 个。/);
    expect(r.stdout).toMatch(/等级分布：/);
    expect(readdirSync(out).sort()).toEqual(['audit-1.scored.xlsx', 'audit-2.scored.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, 'audit-1.scored.xlsx')) as never);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect(inputs.map(sha)).toEqual(before);

    const copyHash = sha(join(out, 'audit-1.scored.xlsx'));
    const again = await cli(['score', ...inputs, '--out', out], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(join(out, 'audit-1.scored.xlsx'));
    expect(again.stderr).toContain('--force');
    expect(sha(join(out, 'audit-1.scored.xlsx'))).toBe(copyHash);

    const forced = await cli(['score', ...inputs, '--out', out, '--force', '--jobs', '1', '--lang', 'en'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/2 files: 2 scored, 0 could not be scored\./);
    expect(readdirSync(out).sort()).toEqual(['audit-1.scored.xlsx', 'audit-2.scored.xlsx']);
  });

  it("scores the foreign fixtures (certification bodies' own sheets) and matches their expected JSON", async () => {
    const fixtures = existsSync(FOREIGN) ? readdirSync(FOREIGN).filter((f) => f.endsWith('.xlsx')) : [];
    if (!fixtures.length) {
      console.warn('test/fixtures/workbooks/ has no .xlsx fixtures yet; foreign-sheet CLI check skipped');
      return;
    }
    const r = await cli(['score', FOREIGN, '--json'], dir);
    const recs = lines(r.stdout);
    expect(recs.length).toBe(fixtures.length);
    let compared = 0;
    for (const rec of recs) {
      const expectedFile = String(rec.file).replace(/\.xlsx$/, '.expected.json');
      if (!existsSync(expectedFile)) continue;
      const want = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
        score: number | null;
        level: string | null;
        vetoed: boolean;
        categories: { id: string; earned: number; applicable: number }[];
        issues: string[];
      };
      const name = String(rec.file);
      expect(rec.score, name).toBe(want.score);
      expect(rec.level, name).toBe(want.level);
      expect(rec.vetoed, name).toBe(want.vetoed);
      expect(
        (rec.categories as { id: string; earned: number; applicable: number }[]).map((c) => ({
          id: c.id,
          earned: Math.round(c.earned * 1000) / 1000,
          applicable: c.applicable,
        })),
        name,
      ).toEqual(want.categories.map((c) => ({ id: c.id, earned: c.earned, applicable: c.applicable })));
      const got = (rec.issues as { code: string; where: string }[]).map((i) => `${i.code}@${i.where}`);
      for (const i of want.issues) expect(got, name).toContain(i);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('usage errors exit 2 with a Chinese message', () => {
  it('unknown option, missing files, a glob without matches, bad --jobs, bad --lang, unknown scheme', async () => {
    const runs = await Promise.all([
      cli(['score', '--bogus', 'x.xlsx'], dir),
      cli(['score'], dir),
      cli(['score', 'nothing/*.xlsx'], dir),
      cli(['score', good[0]!.file, '--jobs', '0'], dir),
      cli(['score', good[0]!.file, '--lang', 'fr'], dir),
      cli(['template', '--scheme', 'no-such-scheme'], dir),
    ]);
    // A glob without matches is a failed input (exit 1, like a missing file); the others are wrong usage.
    for (const [i, r] of runs.entries()) expect(r.code, r.stderr).toBe(i === 2 ? 1 : 2);
    expect(runs[0]!.stderr).toMatch(/未知选项 --bogus/);
    expect(runs[1]!.stderr).toMatch(/缺少参数 files/);
    expect(runs[2]!.stderr).toMatch(/没有找到要评分的文件/);
    expect(runs[3]!.stderr).toMatch(/--jobs 应为正整数/);
    expect(runs[4]!.stderr).toMatch(/不支持的语言“fr”/);
    expect(runs[5]!.stderr).toMatch(/找不到评分方案“no-such-scheme”/);
  });

  it('--help lists the commands with Chinese descriptions; LANG=en gives English', async () => {
    const [zh, en] = await Promise.all([cli(['--help'], dir), cli(['--help'], dir, { LANG: 'en_US.UTF-8' })]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/用法：/);
    expect(zh.stdout).toMatch(/template .*生成评分表/);
    expect(zh.stdout).toMatch(/score .*为评分表评分/);
    expect(zh.stdout).toMatch(/demo .*演示/);
    expect(en.stdout).toMatch(/Commands:/);
    expect(en.stdout).toMatch(/score .*score workbooks/);
  });
});

describe('gbt27922 template and demo', () => {
  it('template writes a workbook, refuses to overwrite it without --force, replaces it with --force', async () => {
    const file = join(dir, 'tpl', '评分表.xlsx');
    const first = await cli(['template', '-o', file], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(file);
    const hash = sha(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as never);
    expect(wb.worksheets.map((w) => w.name)).toContain('评分表');

    const refused = await cli(['template', '-o', file], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/文件已存在：.*评分表\.xlsx。未覆盖。如需覆盖，请加 --force。/);
    expect(sha(file)).toBe(hash);

    const forced = await cli(['template', '-o', file, '--force', '--lang', 'en'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(join(dir, 'tpl'))).toEqual(['评分表.xlsx']);
  });

  it('demo writes the sample, scores it, writes the scored copy, prints the Chinese report; re-running works', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gbt-demo-'));
    const first = await cli(['demo'], work);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/评分报告/);
    expect(first.stdout).toMatch(/总分：\d+(\.\d)?\s+等级：(达标|三星|四星|五星)/);
    const runs = readdirSync(join(work, 'gbt27922-demo'));
    expect(runs).toHaveLength(1);
    expect(readdirSync(join(work, 'gbt27922-demo', runs[0]!)).sort()).toEqual([
      'blank-workbook.xlsx',
      'sample-audit.scored.xlsx',
      'sample-audit.xlsx',
    ]);
    expect(first.stdout).toContain(join('gbt27922-demo', runs[0]!));

    const second = await cli(['demo'], work);
    expect(second.code, second.stderr).toBe(0);
    expect(readdirSync(join(work, 'gbt27922-demo'))).toHaveLength(2);
  });
});
