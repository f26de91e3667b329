/*
 * One audit, one set of figures: an audit scored once, and the strings each face SHOWS compared — the
 * CLI table and detail, its JSON record, the scored copy's 结果 (and, for our template, 汇总) as
 * LibreOffice shows them, the HTML report, and the task pane's model. Each face also lists the items the
 * sheet takes out (删减) with their cells. Expected figures are worked out by hand (below), never printed
 * by the code. Points are shown as 0.0# ("18.0", "32.67"), scores with the scheme's one decimal.
 */
import ExcelJS from 'exceljs';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../core/index';
import { gridsFromExcelJs, writeTemplate } from '../../core/writers';
import { compute } from '../../excel-addin/src/excel/compute';
import { dashboardModel } from '../../excel-addin/src/taskpane/dashboard-model';
import { freshProfile } from '../core/workbook/libreoffice';
import { hasSoffice, SOFFICE_PATH } from '../support/external-programs';
import { fillWorkbook, type Answer } from './support/fill-workbook';

const BIN = resolve(__dirname, '../../cli/bin.mjs');

interface Case {
  name: string;
  _why: string;
  file: () => Promise<string>;
  score: string;
  level: string;
  earned: string;
  applicable: string;
  categories: string[][];
  toNext: string;
  excluded: { id: string; where: string; text: string }[];
  /** Our template: its 汇总 shows the same figures through its number formats. */
  summary: boolean;
}

const SHEET = '现场评分表';
let dir: string;

const CASES: Case[] = [
  {
    name: 'a certification body’s sheet with exclusion marks (cb-exclusion-marks.xlsx)',
    _why: 'From the fixture’s _why: 29.5 points excluded, applicable 70.5, earned 64.5; 64.5 / 70.5 × 100 = 91.489… → 91.5 → 四星; 5.1: 24.5 of 27.5, 5.2: 18 of 18, 5.3: 22 of 25; to 五星: 95 − 91.5 = 3.5.',
    file: async () => resolve(__dirname, '../fixtures/workbooks/cb-exclusion-marks.xlsx'),
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
    // The marks as the fixture writes them (its _why), with their cells (its expected exclusions).
    excluded: [
      { id: '5.1.2.1', where: `${SHEET}!D5`, text: '/' },
      { id: '5.1.3.3', where: `${SHEET}!D9`, text: '不涉及' },
      { id: '5.1.5.1', where: `${SHEET}!D12`, text: '—' },
      { id: '5.1.7', where: `${SHEET}!D15`, text: 'N/A' },
      { id: '5.2.3', where: `${SHEET}!D18`, text: '－' },
      { id: '5.2.5', where: `${SHEET}!D20`, text: '删减' },
      { id: '5.2.6', where: `${SHEET}!D21`, text: '不适用' },
    ],
    summary: false,
  },
  {
    name: 'our template filled by an auditor (fractions of points)',
    _why: 'All full marks but 5.1.1.1 不符合 (−3), 5.2.4 (7) 1 of 3 samples nonconforming → 7 × 2/3 = 4.667 (−2.333), 5.3.2 (13) 1 of 7 → 13 × 6/7 = 11.143 (−1.857): earned 100 − 3 − 2.333 − 1.857 = 92.810 → "92.81", score 92.8 → 四星; 5.1: 37 of 40, 5.2: 32.67 of 35, 5.3: 23.14 of 25; to 五星: 95 − 92.8 = 2.2.',
    file: async () => {
      const answers: Record<string, Answer> = {};
      for (const it of gbt27922_2011.items)
        answers[it.id] =
          it.kind === 'sampled'
            ? { samples: 10, nonconforming: 0 }
            : it.kind === 'binary'
              ? { value: '符合' }
              : { value: it.max };
      answers['5.1.1.1'] = { value: '不符合' };
      answers['5.2.4'] = { samples: 3, nonconforming: 1 };
      answers['5.3.2'] = { samples: 7, nonconforming: 1 };
      const path = join(dir, 'template-audit.xlsx');
      writeFileSync(path, await fillWorkbook(await writeTemplate(gbt27922_2011, { lang: 'zh-CN' }), answers));
      return path;
    },
    score: '92.8',
    level: '四星',
    earned: '92.81',
    applicable: '100.0',
    categories: [
      ['5.1', '37.0', '40.0'],
      ['5.2', '32.67', '35.0'],
      ['5.3', '23.14', '25.0'],
    ],
    toNext: '2.2',
    excluded: [],
    summary: true,
  },
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

/** Every sheet of a workbook as LibreOffice SHOWS it (CSV "as shown", formulas recalculated), by sheet name. */
async function shownSheets(file: string, outDir: string): Promise<Map<string, string[][]>> {
  await promisify(execFile)(
    SOFFICE_PATH,
    [
      `-env:UserInstallation=file://${freshProfile()}`,
      '--headless',
      '--norestore',
      '--convert-to',
      // Separator , quote " UTF-8, from row 1, …, token 9 true = as shown, token 12 -1 = every sheet.
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      '--outdir',
      outDir,
      file,
    ],
    { timeout: 180_000 },
  );
  const stem = basename(file).replace(/\.xlsx$/, '');
  const out = new Map<string, string[][]>();
  for (const f of readdirSync(outDir).filter((x) => x.startsWith(`${stem}-`) && x.endsWith('.csv')))
    out.set(
      f.slice(stem.length + 1, -4),
      readFileSync(join(outDir, f), 'utf8')
        .split('\n')
        .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, ''))),
    );
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gbt-figures-'));
});

describe.each(CASES)('one audit shows the same figures in every face: $name', (c) => {
  let file: string;
  let stem: string;
  let table: string;

  beforeAll(async () => {
    file = await c.file();
    stem = basename(file).replace(/\.xlsx$/, '');
    const r = await run(['score', file, '--out', join(dir, `out-${stem}`), '--report', join(dir, `report-${stem}`)]);
    expect(r.code).toBe(0);
    table = r.stdout;
  }, 60_000);

  it('CLI table and detail', () => {
    const row = table.split('\n').find((l) => l.startsWith(file))!;
    expect(row.split(/\s{2,}/).slice(1, 3)).toEqual([c.score, c.level]);
    expect(table).toContain(`总分：${c.score}`);
    expect(table).toContain(`指标分合计 ${c.earned} / 已评分项满分 ${c.applicable}`);
    for (const [id, earned, applicable] of c.categories)
      expect(table).toMatch(new RegExp(`${id!.replace('.', '\\.')} \\S+：${earned} / ${applicable}\\n`));
    expect(table).toContain(`还差 ${c.toNext} 分`);
    if (c.excluded.length)
      expect(table).toContain(`不适用（删减）：${c.excluded.map((x) => `${x.id}（${x.where}）`).join('、')}`);
    else expect(table).not.toContain('不适用（删减）');
  });

  it('JSON record: scoreText and the exclusions with their marks', async () => {
    const r = await run(['score', file, '--json']);
    const rec = JSON.parse(r.stdout.trim()) as { scoreText: string; exclusions?: unknown };
    expect(rec.scoreText).toBe(c.score);
    expect(rec.exclusions ?? []).toEqual(c.excluded);
  });

  it('HTML report', () => {
    const html = readFileSync(join(dir, `report-${stem}`, `${stem}.report.html`), 'utf8');
    expect(html).toContain(`<span class="value">${c.score}</span>`);
    expect(html).toContain(`<span class="value">${c.level}</span>`);
    expect(html).toContain(`</span> ${c.earned}</span>`);
    // Category bars: "24.5 / 27.5 · 89%" beside each category's name.
    for (const [, earned, applicable] of c.categories) expect(html).toContain(`>${earned} / ${applicable} · `);
    if (c.excluded.length) expect(html).toContain(`不适用（删减）（${c.excluded.length} 项）`);
    for (const x of c.excluded) expect(html).toContain(`<td class="w">${x.where}</td><td>${x.text}</td>`);
  });

  it('the scored copy’s 结果 (and 汇总) as LibreOffice shows them', async (ctx) => {
    if (!hasSoffice('结果 and 汇总 as shown')) return ctx.skip();
    const sheets = await shownSheets(join(dir, `out-${stem}`, `${stem}.scored.xlsx`), join(dir, `csv-${stem}`));
    const result = sheets.get('结果')!;
    const rowOf = (rows: string[][], first: string) => rows.find((r) => r[0] === first);
    expect(result.find((r) => r.includes(c.level))!.slice(0, 2)).toEqual(['得分', c.score]);
    expect(result.some((r) => r.includes(c.earned) && r.includes(c.applicable))).toBe(true);
    for (const [id, earned, applicable] of c.categories)
      expect(rowOf(result, id!)!.slice(2, 4), `结果 ${id}`).toEqual([earned, applicable]);
    expect(result.some((r) => r[0]!.startsWith('不适用（删减）'))).toBe(c.excluded.length > 0);
    for (const x of c.excluded) expect(rowOf(result, x.id)!.slice(2, 4), `结果 ${x.id}`).toEqual([x.where, x.text]);
    if (!c.summary) return;
    // 汇总: 类别编号, 类别, 满分, 适用满分, 已评分满分, 得分, …; key figures with their value in column C.
    const summary = sheets.get('汇总')!;
    for (const [id, earned, applicable] of c.categories)
      expect([rowOf(summary, id!)![3], rowOf(summary, id!)![5]], `汇总 ${id}`).toEqual([applicable, earned]);
    expect(summary.find((r) => r[1] === '合计')!.slice(4, 6)).toEqual([c.applicable, c.earned]);
    expect(rowOf(summary, '最终得分')![2]).toBe(c.score);
    expect(rowOf(summary, '等级')![2]).toBe(c.level);
    expect(rowOf(summary, '距下一等级还差（分）')![2]).toBe(c.toNext);
  }, 200_000);

  it('the task pane model', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as never);
    const m = dashboardModel(compute(gridsFromExcelJs(wb), gbt27922_2011, 'zh-CN'), 'zh-CN');
    if (m.kind !== 'dashboard') throw new Error('not a dashboard');
    expect([m.scoreText, m.level.name]).toEqual([c.score, c.level]);
    expect(m.categories.map((g) => [g.id, g.earnedText, g.applicableText])).toEqual(c.categories);
    expect(m.next?.points).toBe(c.toNext);
  });
});
