/*
 * The grid reader the Excel add-in uses (core's auditFromSheets + score over plain grids, the shape
 * Office.js Range.values gives), fed a seeded corpus of hostile grids: huge and ragged grids, odd
 * values (NaN, ±Infinity, -0, 1e308, invalid Dates, 100,000-character strings, control characters,
 * __proto__), formulas as text (never evaluated), and random mutations of a good scoring table.
 * Properties, for every grid: nothing throws; the score is null or within 0–100; earned ≤ applicable;
 * every issue has a code and a message of ours (no "undefined", "NaN", "[object" outside the quoted
 * value) and every sheet!cell it names lies inside the grid; and sheets that are not scoring sheets,
 * however strange, change nothing about the scoring sheet's result.
 */
import { describe, expect, it } from 'vitest';
import { auditFromSheets, gbt27922_2011, parseAddress, score, type Cell, type SheetGrid } from '../../../core/index';
import { rng } from '../../support/seeded-random';

const ODD: Cell[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e-308,
  Number.MAX_SAFE_INTEGER,
  new Date(NaN),
  new Date(Date.UTC(1900, 0, 2)),
  '',
  '   ',
  '\u0000\u0001\u001f',
  '\u202e3',
  '３',
  ' 2 ',
  '1e3',
  '0x10',
  '2,5',
  '½',
  '=SUM(D2:D9)',
  "=cmd|' /C calc'!A0",
  '@SUM(1)',
  '+1',
  '-1',
  '=1/0',
  '#DIV/0!',
  '#N/A',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '😀',
  '9'.repeat(400),
  'x'.repeat(100_000),
  true,
  false,
  null,
];

/** A good table of the 2011 scheme's first items: 编号 / 指标 / 满分 / 得分, each item at 1 point under max. */
function goodSheet(): SheetGrid {
  const items = gbt27922_2011.items.filter((it) => it.kind === 'graded').slice(0, 12);
  return {
    name: '评分表',
    grid: [['编号', '指标', '满分', '得分'], ...items.map((it) => [it.id, it.name.zh, it.max, it.max - 1])],
  };
}

/** A sheet that reads as no scoring sheet: no header row of ours, just noise. */
function noiseSheet(r: () => number, name: string, rows: number, cols: number): SheetGrid {
  const pick = () => ODD[Math.floor(r() * ODD.length)]!;
  const grid: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const width = Math.floor(r() * cols);
    grid.push(Array.from({ length: width }, () => (r() < 0.5 ? pick() : Math.floor(r() * 1000))));
  }
  return { name, grid };
}

function mutate(sheet: SheetGrid, r: () => number, n: number): SheetGrid {
  const grid = sheet.grid.map((row) => [...row]);
  for (let i = 0; i < n; i++) {
    const row = Math.floor(r() * (grid.length + 3));
    while (grid.length <= row) grid.push([]);
    const col = Math.floor(r() * 8);
    grid[row]![col] = ODD[Math.floor(r() * ODD.length)]!;
  }
  return { ...sheet, grid };
}

const QUOTED = /“[^”]*”|"[^"]*"|（[^）]*）/g;

function check(sheets: SheetGrid[], label: string) {
  const audit = auditFromSheets(sheets, gbt27922_2011, { lang: 'zh-CN' });
  const result = score(audit.scheme, audit.input, { lang: 'zh-CN' });
  if (result.score !== null) {
    expect(result.score, label).toBeGreaterThanOrEqual(0);
    expect(result.score, label).toBeLessThanOrEqual(100);
  }
  expect(result.earned, label).toBeLessThanOrEqual(result.applicable + 1e-9);
  for (const i of [...audit.issues, ...result.issues]) {
    expect(i.code, label).toMatch(/^[a-z-]+$/);
    expect(i.message.trim(), `${label} ${i.code}`).not.toBe('');
    const ours = i.message.replace(QUOTED, '“…”');
    expect(ours, `${label} ${i.code}`).not.toMatch(/undefined|\[object|\{\w+\}/);
    // An id is echoed as the sheet has it (a NaN id cell says NaN); a value never is, unquoted.
    if (!/indicator|id/.test(i.code)) expect(ours, `${label} ${i.code}`).not.toMatch(/NaN|Infinity/);
    const m = /^(.+)!([A-Z]+\d+)$/.exec(i.where);
    if (m) {
      const sheet = sheets.find((s) => s.name === m[1]);
      const at = parseAddress(m[2]!)!;
      expect(sheet, `${label} ${i.where}`).toBeDefined();
      expect(at.row, `${label} ${i.where}`).toBeLessThan(sheet!.grid.length);
    }
  }
  return { audit, result };
}

describe('hostile grids through auditFromSheets + score (the add-in reader)', () => {
  it('a good table scores as written: each of 12 graded items 1 point under its maximum', () => {
    const sheet = goodSheet();
    const { result } = check([sheet], 'good');
    const items = gbt27922_2011.items.filter((it) => it.kind === 'graded').slice(0, 12);
    expect(result.earned).toBe(items.reduce((n, it) => n + it.max - 1, 0));
    expect(result.applicable).toBe(items.reduce((n, it) => n + it.max, 0));
  });

  it('noise sheets beside the scoring sheet (odd values, 2,000 × 60 ragged) change nothing about its result', () => {
    const r = rng(14);
    const alone = check([goodSheet()], 'alone').result;
    for (let k = 0; k < 10; k++) {
      const sheets = [noiseSheet(r, `杂项${k}`, 50 + Math.floor(r() * 2000), 60), goodSheet()];
      const { result } = check(sheets, `noise ${k}`);
      expect([result.earned, result.applicable, result.score], `noise ${k}`).toEqual([
        alone.earned,
        alone.applicable,
        alone.score,
      ]);
    }
  });

  it('formulas as text in score cells are values to reject, never evaluated', () => {
    const sheet = goodSheet();
    const formulas = ['=SUM(D2:D9)', "=cmd|' /C calc'!A0", '@SUM(1)', '=1/0'];
    formulas.forEach((f, i) => (sheet.grid[i + 1]![3] = f));
    const { audit, result } = check([sheet], 'formulas');
    for (const [i, f] of formulas.entries())
      expect(audit.input.responses.find((x) => x.where?.value === `评分表!D${i + 2}`)?.value).toBe(f);
    expect(result.score).toBeNull();
    expect(result.issues.filter((i) => i.where.startsWith('评分表!D')).map((i) => i.where)).toEqual([
      '评分表!D2',
      '评分表!D3',
      '评分表!D4',
      '评分表!D5',
    ]);
  });

  it('300 seeded mutations of the good table and 40 noise-only workbooks: no throw, bounded results, issues inside the grid', () => {
    const r = rng(27922);
    for (let k = 0; k < 300; k++) check([mutate(goodSheet(), r, 1 + Math.floor(r() * 12))], `mutation ${k}`);
    for (let k = 0; k < 40; k++) check([noiseSheet(r, `表${k}`, 1 + Math.floor(r() * 300), 30)], `noise-only ${k}`);
  });

  it('a huge grid (10,000 rows × 40 columns under the table) is read without throwing', () => {
    const sheet = goodSheet();
    const r = rng(7);
    for (let i = 0; i < 10_000; i++) sheet.grid.push(Array.from({ length: 40 }, () => Math.floor(r() * 100)));
    check([sheet], 'huge');
  });
});
