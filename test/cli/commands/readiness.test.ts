import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main';
import { addSelfCheckSheet } from '../../../core/workbook/self-check-sheet';

const FIX = join(import.meta.dirname, '../../fixtures/eligibility');
const dir = mkdtempSync(join(tmpdir(), 'gbt27922-readiness-'));

const run = runMain;

describe('gbt27922 readiness FILE', () => {
  it('nothing answered: a short summary (no verdict yet, 0 / 16, the open ones on one line), not 70 lines', async () => {
    const file = join(dir, 'empty.answers.json');
    writeFileSync(file, JSON.stringify({ answers: {}, asOf: '2025-06-30' }));
    const r = await run('readiness', file);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('还没有回答任何问题（共 16 项），所以还不能判断能否申请。');
    expect(lines[1]).toBe('已回答 0 / 16 项');
    expect(lines).toContain('? 尚未回答 16 项：E1 E2 E3 E4 E5 E6 E7 E8 E9 E10 E11 E12 E13 E14 E15 E16');
    expect(r.out).not.toMatch(/^\? E\d+ /m); // no condition card
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(lines.at(-1)).toBe('每一项条件的原因：加 --verbose。');
  });

  it('some answered: the verdict is provisional; --verbose lists every one of the 16 conditions', async () => {
    const file = join(dir, 'some.answers.json');
    writeFileSync(file, JSON.stringify({ answers: { E4: '是', E5: '否' }, asOf: '2025-06-30' }));
    const short = await run('readiness', file, '--lang', 'en');
    expect(short.out.split('\n')[0]).toBe('Not yet: one of the answered conditions is not met (2 of 16 answered).');
    expect(short.out.match(/^[✗?✓–] E\d+ /gm)).toEqual(['✗ E5 ']);
    const verbose = await run('readiness', file, '--verbose');
    expect(verbose.out.match(/^[✗?✓–] E\d+ /gm)).toHaveLength(1 + 16);
  });

  it('a JSON answers file of a ready applicant: verdict and exit 0', async () => {
    const r = await run('readiness', join(FIX, 'small-retailer-ready.answers.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('可以申请：适用的 15 项条件都已满足。');
    expect(r.out).toContain('核对日期：2025-06-30（文件中填写）');
  });

  it('a gap is printed with its reason, what to do and the document asked for; exit 1', async () => {
    const r = await run('readiness', join(FIX, 'manufacturer-short-of-managers.answers.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ E6 售后服务管理师比例（未满足）');
    expect(r.out).toContain('还差 1 人');
    expect(r.out).toContain('要做的事：还需要 1 名持证售后服务管理师');
    expect(r.out).toContain('证明文件：D23 人员资质与培训证明');
  });

  it('--json --lang en gives one JSON object in English', async () => {
    const r = await run('readiness', join(FIX, 'new-company-too-early.answers.json'), '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ verdict: 'not-yet', unmet: ['E2', 'E3'], asOf: '2025-06-30', asOfOrigin: 'file' });
    expect(j.conditions.find((c: { id: string }) => c.id === 'E2').reason).toMatch(/^Licence registered on 2025-04-30/);
  });

  it('command-line thresholds override the file: the 6-month body case passes at 3 months', async () => {
    expect((await run('readiness', join(FIX, 'six-month-body.answers.json'))).code).toBe(1);
    expect((await run('readiness', join(FIX, 'six-month-body.answers.json'), '--system-months', '3')).code).toBe(0);
  });

  it('--as-of moves the check date', async () => {
    const r = await run(
      'readiness',
      join(FIX, 'new-company-too-early.answers.json'),
      '--as-of',
      '2025-08-15',
      '--json',
    );
    expect(JSON.parse(r.out)).toMatchObject({ verdict: 'ready', asOf: '2025-08-15', asOfOrigin: 'option' });
  });

  it('reads the 自查 sheet of a filled workbook and names its cells', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('封面');
    addSelfCheckSheet(wb, {
      asOf: '2025-06-30',
      answers: {
        uscc: '91350100M000100Y43',
        E1: '是',
        licenceDate: '2019-03-01',
        systemStartDate: '2024-01-01',
        E5: '否',
        E12: '也许',
      },
    });
    const file = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('readiness', file, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.verdict).toBe('not-yet');
    expect(j.unmet).toEqual(['E5']);
    expect(j.conditions.find((c: { id: string }) => c.id === 'E12').reason).toBe(
      '自查!D26：“也许”无法识别，请填写“是”“否”或“不确定”。',
    );
  });

  it('a workbook without a 自查 sheet says so; exit 1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('评分表').getCell('A1').value = '编号';
    const file = join(dir, 'no-self-check.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('readiness', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('没有“自查”工作表');
  });

  it('wrong usage exits 2: missing file, bad date, bad threshold, no file', async () => {
    expect((await run('readiness', join(dir, 'nope.json'))).code).toBe(2);
    expect((await run('readiness', join(FIX, 'small-retailer-ready.answers.json'), '--as-of', '30/06/2025')).code).toBe(
      2,
    );
    expect(
      (await run('readiness', join(FIX, 'small-retailer-ready.answers.json'), '--system-months', 'six')).code,
    ).toBe(2);
    expect((await run('readiness')).code).toBe(2);
  });

  it('a broken JSON file is reported, exit 1', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"answers": {"E5": ');
    const r = await run('readiness', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('答案文件无法读取');
  });
});
