/*
 * Command-line conventions of `gbt27922 score`, on the real command (node cli/bin.mjs) and real
 * LibreOffice-saved workbooks: natural order of file names, `-` reads one workbook from stdin,
 * --quiet, errors about files on stderr (the report on stdout), and one exit code for every input
 * that yields no workbook (missing file, empty folder, glob without match: 1; wrong usage: 2).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../cli/bin.mjs');
const GOOD = resolve(import.meta.dirname, '../fixtures/workbooks/cb-column-order.xlsx');

function cli(args: string[], cwd: string, stdin?: Buffer): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code: code ?? -1, out, err }));
    child.stdin.end(stdin ?? '');
  });
}

describe('gbt27922 score: command-line conventions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gbt27922-conventions-'));
  mkdirSync(join(dir, 'in'));
  mkdirSync(join(dir, 'empty'));
  for (const n of ['a10', 'a2', 'a1']) copyFileSync(GOOD, join(dir, 'in', `${n}.xlsx`));

  it('lists a folder’s files in natural order: a1, a2, a10', async () => {
    const r = await cli(['score', 'in'], dir);
    const rows = r.out.split('\n').filter((l) => /^in\/\S+\s{2,}/.test(l));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['in/a1.xlsx', 'in/a2.xlsx', 'in/a10.xlsx']);
  }, 60_000);

  it('`-` scores one workbook from standard input, shown as "-"', async () => {
    const r = await cli(['score', '-', '--json'], dir, readFileSync(GOOD));
    expect(r.code, r.err).toBe(0);
    const rec = JSON.parse(r.out.trim());
    expect(rec.file).toBe('-');
    expect(typeof rec.score).toBe('number');
  }, 60_000);

  it('--quiet prints nothing on stdout; the exit code tells', async () => {
    const r = await cli(['score', 'in/a1.xlsx', '--quiet'], dir);
    expect([r.code, r.out]).toEqual([0, '']);
  }, 60_000);

  it('a missing file is reported on stderr (not in the report on stdout), exit 1', async () => {
    const r = await cli(['score', 'in/a1.xlsx', 'in/nope.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('in/nope.xlsx');
    expect(r.out).not.toMatch(/^in\/nope\.xlsx[:：]/m);
  }, 60_000);

  it('an empty folder and a missing file both exit 1; wrong usage exits 2', async () => {
    const [empty, missing, usage] = await Promise.all([
      cli(['score', 'empty'], dir),
      cli(['score', 'nope.xlsx'], dir),
      cli(['score', '--no-such-option', 'x.xlsx'], dir),
    ]);
    expect([empty.code, missing.code, usage.code]).toEqual([1, 1, 2]);
    expect(empty.err).toContain('“empty”没有匹配到任何 .xlsx / .xlsm 文件。');
    expect(empty.out).toBe('');
  }, 60_000);
});
