/*
 * The CLI reads a formula saved without its result as core does: the direct XML reader (<f> and no <v>)
 * and the exceljs reader list the same cells, and `gbt27922 score` says so at the cell with score null.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../cli/load-workbook';
import {
  PENDING_NONCONFORMING_CELL,
  PENDING_SCORE_CELL,
  formulaWithoutResultWorkbook,
} from '../support/formula-without-result';

const BIN = resolve(__dirname, '../../cli/bin.mjs');
let file: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gbt-formula-'));
  file = join(dir, 'script-written.xlsx');
  writeFileSync(file, await formulaWithoutResultWorkbook());
});

function run(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('close', (code) => done({ code, stdout }));
  });
}

describe('a formula without a saved result, in the CLI', () => {
  it('both readers list the same cells and formulas', async () => {
    const direct = await loadWorkbookFile(file, undefined, 'auto');
    const viaExcelJs = await loadWorkbookFile(file, undefined, 'exceljs');
    if (!direct.ok || !viaExcelJs.ok) throw new Error('not loaded');
    expect(direct.reader).toBe('direct');
    expect(viaExcelJs.reader).toBe('exceljs');
    const expected = [
      { row: 2, col: 3, formula: '1+1' },
      { row: 3, col: 5, formula: '0*1' },
    ];
    expect(direct.sheets[0]!.formulasWithoutResult).toEqual(expected);
    expect(viaExcelJs.sheets[0]!.formulasWithoutResult).toEqual(expected);
  });

  it('`gbt27922 score --json` gives score null and an error at each cell, with either reader', async () => {
    for (const reader of [[], ['--reader', 'exceljs']]) {
      const r = await run(['score', file, '--json', ...reader]);
      expect(r.code).toBe(1);
      const rec = JSON.parse(r.stdout.trim()) as {
        score: number | null;
        level: string | null;
        issues: { code: string; severity?: string; where: string; message: string }[];
      };
      expect(rec.score).toBeNull();
      expect(rec.level).toBeNull();
      const pending = rec.issues.filter((i) => i.code === 'formula-without-result');
      expect(pending.map((i) => i.where)).toEqual([PENDING_SCORE_CELL, PENDING_NONCONFORMING_CELL]);
      expect(pending.every((i) => i.severity === 'error')).toBe(true);
      expect(pending[0]!.message).toContain('公式没有已保存的计算结果');
    }
  });

  it('the table report shows no score and names the cell', async () => {
    const r = await run(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/五星/);
    expect(r.stdout).toContain(PENDING_SCORE_CELL);
  });
});
