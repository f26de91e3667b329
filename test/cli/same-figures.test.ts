/*
 * One audit, one set of figures: a certification body's sheet with exclusion marks (the fixture
 * cb-exclusion-marks.xlsx) scored once, and the strings each face SHOWS compared — the CLI table and
 * detail, its JSON record, the scored copy's 结果 sheet as LibreOffice shows it, the HTML report, and
 * the task pane's model. Each face also lists the items the sheet takes out (删减) with their cells.
 *
 * Expected figures, by hand from the fixture's _why (cb-exclusion-marks.expected.json): 29.5 points
 * excluded, applicable 70.5, earned 64.5; 64.5 / 70.5 × 100 = 91.489… → 91.5 (one decimal) → 四星;
 * 5.1: 24.5 of 27.5, 5.2: 18 of 18, 5.3: 22 of 25 (points shown as 0.0#: "18.0"); to 五星: 95 − 91.5 = 3.5.
 */
import ExcelJS from 'exceljs';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../core/index';
import { gridsFromExcelJs } from '../../core/workbook/index';
import { compute } from '../../excel-addin/src/excel/compute';
import { dashboardModel } from '../../excel-addin/src/taskpane/dashboard-model';
import { freshProfile } from '../core/workbook/libreoffice';
import { hasSoffice, SOFFICE_PATH } from '../support/external-programs';

const BIN = resolve(__dirname, '../../cli/bin.mjs');
const FIXTURE = resolve(__dirname, '../fixtures/workbooks/cb-exclusion-marks.xlsx');
const SHEET = '现场评分表';

const SHOWN = {
  score: '91.5',
  level: '四星',
  earned: '64.5',
  applicable: '70.5',
  categories: [
    ['5.1', '24.5', '27.5'],
    ['5.2', '18.0', '18.0'],
    ['5.3', '22.0', '25.0'],
  ],
  toNext: '3.5',
};
// The marks as the fixture writes them (its _why), with their cells (its expected exclusions).
const EXCLUDED = [
  { id: '5.1.2.1', where: `${SHEET}!D5`, text: '/' },
  { id: '5.1.3.3', where: `${SHEET}!D9`, text: '不涉及' },
  { id: '5.1.5.1', where: `${SHEET}!D12`, text: '—' },
  { id: '5.1.7', where: `${SHEET}!D15`, text: 'N/A' },
  { id: '5.2.3', where: `${SHEET}!D18`, text: '－' },
  { id: '5.2.5', where: `${SHEET}!D20`, text: '删减' },
  { id: '5.2.6', where: `${SHEET}!D21`, text: '不适用' },
];

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

let dir: string;
let table: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gbt-figures-'));
  const r = await run(['score', FIXTURE, '--out', join(dir, 'out'), '--report', join(dir, 'report')]);
  expect(r.code).toBe(0);
  table = r.stdout;
}, 60_000);

describe('one audit shows the same figures and exclusions in every face', () => {
  it('CLI table and detail', () => {
    const row = table.split('\n').find((l) => l.startsWith(FIXTURE) || l.includes('cb-exclusion-marks.xlsx  '))!;
    expect(row.split(/\s{2,}/).slice(1, 3)).toEqual([SHOWN.score, SHOWN.level]);
    expect(table).toContain(`总分：${SHOWN.score}`);
    expect(table).toContain(`指标分合计 ${SHOWN.earned} / 已评分项满分 ${SHOWN.applicable}`);
    for (const [id, earned, applicable] of SHOWN.categories)
      expect(table).toMatch(new RegExp(`${id.replace('.', '\\.')} \\S+：${earned} / ${applicable}`));
    expect(table).toContain(`还差 ${SHOWN.toNext} 分`);
    expect(table).toContain(`不适用（删减）：${EXCLUDED.map((x) => `${x.id}（${x.where}）`).join('、')}`);
  });

  it('JSON record: scoreText and the exclusions with their marks', async () => {
    const r = await run(['score', FIXTURE, '--json']);
    const rec = JSON.parse(r.stdout.trim()) as { score: number; scoreText: string; exclusions: unknown };
    expect(rec.scoreText).toBe(SHOWN.score);
    expect(rec.exclusions).toEqual(EXCLUDED);
  });

  it('HTML report', () => {
    const html = readFileSync(join(dir, 'report', 'cb-exclusion-marks.report.html'), 'utf8');
    expect(html).toContain(`<span class="value">${SHOWN.score}</span>`);
    expect(html).toContain(`<span class="value">${SHOWN.level}</span>`);
    expect(html).toContain(`</span> ${SHOWN.earned}</span>`);
    // Category bars: "24.5 / 27.5 · 89%" beside each category's name.
    for (const [, earned, applicable] of SHOWN.categories) expect(html).toContain(`>${earned} / ${applicable} · `);
    expect(html).toContain('不适用（删减）（7 项）');
    for (const x of EXCLUDED) expect(html).toContain(`<td>${x.id}</td>`);
    for (const x of EXCLUDED) expect(html).toContain(`<td class="w">${x.where}</td><td>${x.text}</td>`);
  });

  it('the scored copy’s 结果 sheet, as LibreOffice shows it', async (ctx) => {
    if (!hasSoffice('结果 sheet as shown')) return ctx.skip();
    const csvDir = join(dir, 'csv');
    // CSV "as shown" (token 9 true), every sheet (token 12 -1): the strings a person sees in the cells.
    await promisify(execFile)(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=file://${freshProfile()}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        csvDir,
        join(dir, 'out', 'cb-exclusion-marks.scored.xlsx'),
      ],
      { timeout: 180_000 },
    );
    const file = readdirSync(csvDir).find((f) => f.endsWith('-结果.csv'))!;
    const rows = readFileSync(join(csvDir, file), 'utf8')
      .split('\n')
      .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
    const rowOf = (first: string) => rows.find((r) => r[0] === first);
    expect(rows.find((r) => r.includes(SHOWN.level))!.slice(0, 2)).toEqual(['得分', SHOWN.score]);
    expect(rows.some((r) => r.includes(SHOWN.earned) && r.includes(SHOWN.applicable))).toBe(true);
    for (const [id, earned, applicable] of SHOWN.categories)
      expect(rowOf(id)!.slice(2, 4), `结果 ${id}`).toEqual([earned, applicable]);
    expect(rows.some((r) => r[0]!.startsWith('不适用（删减）（7 项）'))).toBe(true);
    for (const x of EXCLUDED) expect(rowOf(x.id)!.slice(2, 4), `结果 ${x.id}`).toEqual([x.where, x.text]);
  }, 200_000);

  it('the task pane model', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(FIXTURE) as never);
    const m = dashboardModel(compute(gridsFromExcelJs(wb), gbt27922_2011, 'zh-CN'), 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect([m.scoreText, m.level.name]).toEqual([SHOWN.score, SHOWN.level]);
    expect(m.categories.map((c) => [c.id, c.earnedText, c.applicableText])).toEqual(SHOWN.categories);
    expect(m.next?.points).toBe(SHOWN.toNext);
  });
});
