import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../../cli/core-api';
import { writeTemplate } from '../../../cli/core-writers';
import { runMain } from '../support/run-main';
import { answersFor, fillWorkbook } from '../support/fill-workbook';
import { fillSelfCheck } from '../support/fill-self-check';

const dir = mkdtempSync(join(tmpdir(), 'gbt27922-score-'));
let filled: string;
let untouched: string;

const run = runMain;

beforeAll(async () => {
  const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
  const audit = await fillWorkbook(template, answersFor(gbt27922_2011, 7));
  untouched = join(dir, 'untouched.xlsx');
  writeFileSync(untouched, audit);
  filled = join(dir, 'filled.xlsx');
  writeFileSync(
    filled,
    await fillSelfCheck(audit, {
      asOf: '2025-06-30',
      uscc: '91350100M000100Y43',
      E1: '是',
      licenceDate: '2019-03-01',
      systemStartDate: '2024-01-01',
      E5: '否',
      E7: '不确定',
    }),
  );
}, 60_000);

describe('gbt27922 score: the 自查 (eligibility self-check) verdict', () => {
  it('a filled 自查 sheet adds eligibility to the --json record; an untouched one adds nothing', async () => {
    const r = await run('score', filled, untouched, '--json', '--jobs', '1');
    expect(r.code).toBe(0);
    const [withCheck, without] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(withCheck.eligibility).toMatchObject({ verdict: 'not-yet', unmet: ['E5'], asOf: '2025-06-30' });
    expect(withCheck.eligibility.unknown).toContain('E7');
    expect(withCheck.eligibility.unknown).not.toContain('E1');
    expect(without.score).not.toBeNull();
    expect(without).not.toHaveProperty('eligibility');
  });

  it('the human report gives the verdict line of the filled file only', async () => {
    const r = await run('score', filled, untouched, '--jobs', '1');
    expect(r.out).toContain('申请条件自查（自查工作表）：');
    expect(r.out).toMatch(/filled\.xlsx：暂不能申请（核对日期 2025-06-30）（未满足 E5；待确认 [^）]*E7/);
    expect(r.out).not.toMatch(/untouched\.xlsx：(可以申请|暂不能申请|尚不确定)/);
  });

  it("without a date on the sheet or the cover, the check is as of the CLI's today", async () => {
    const noDate = join(dir, 'no-date.xlsx');
    writeFileSync(noDate, await fillSelfCheck(readFileSync(untouched), { E5: '否' }));
    const r = await run('score', noDate, '--json');
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(JSON.parse(r.out).eligibility).toMatchObject({ verdict: 'not-yet', unmet: ['E5'], asOf: today });
  });

  it("the scored copy's 结果 sheet carries a 申请条件自查 section with the gaps and their names", async () => {
    const out = join(dir, 'copies');
    const r = await run('score', filled, untouched, '--out', out, '--json', '--jobs', '1');
    expect(r.code).toBe(0);
    const text = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const rows: string[] = [];
      wb.getWorksheet('结果')!.eachRow((row) =>
        rows.push(
          (row.values as unknown[])
            .slice(1)
            .map((v) => v ?? '')
            .join('|'),
        ),
      );
      return rows;
    };
    const copy = await text(join(out, 'filled.scored.xlsx'));
    const at = copy.findIndex((r) => r.startsWith('申请条件自查（2025-06-30）'));
    expect(at).toBeGreaterThan(0);
    expect(copy.slice(at)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/暂不能申请/),
        expect.stringMatching(/^E5\|[^|]+\|未满足\|/),
        expect.stringMatching(/^E7\|[^|]+\|不确定\|/),
      ]),
    );
    expect(await text(join(out, 'untouched.scored.xlsx'))).not.toContain('申请条件自查');
  });
});

describe('gbt27922 score --out: the scored copy lists reading problems too', () => {
  it('every problem of the record, reading problems included (duplicate id, item not in the sheet), is in the 结果 sheet', async () => {
    const src = join(import.meta.dirname, '../../fixtures/workbooks/errors.xlsx');
    const out = mkdtempSync(join(tmpdir(), 'gbt27922-copy-'));
    const r = await run('score', src, '--json', '--out', out);
    const record = JSON.parse(r.out.trim());
    expect(record.issues.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['duplicate-id', 'item-not-in-sheet']),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(record.scoredCopy) as unknown as ArrayBuffer);
    const texts = new Set<string>();
    wb.getWorksheet('结果')!.eachRow((row) => row.eachCell((c) => void texts.add(String(c.text))));
    // Each problem is a row: its cell in 位置, its message (without repeating the cell) in 说明.
    const shown = [...texts];
    const missing = record.issues
      .filter(
        (i: { where: string; message: string }) =>
          (i.where !== '' && !texts.has(i.where)) ||
          !shown.some((t) => t.endsWith(i.message.replace(`${i.where}：`, ''))),
      )
      .map((i: { code: string }) => i.code);
    expect(missing).toEqual([]);
  });
});
