import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, readAudit, score, type IndicatorResponse } from '../../../core/index';
import { gridsFromExcelJs, writeTemplate } from '../../../core/workbook/index';
import { FLAG_FILL } from '../../../excel-addin/src/excel/flags';
import { createSession } from '../../../excel-addin/src/excel/session';
import { createFakeExcel } from '../../support/fake-excel';
import { fixtureFiles, loadXlsx } from '../workbooks';

const answers: IndicatorResponse[] = gbt27922_2011.items.map((it, i) =>
  it.kind === 'sampled'
    ? { id: it.id, samples: 10, nonconforming: i % 3 }
    : it.kind === 'binary'
      ? { id: it.id, value: i % 4 ? '符合' : '不符合' }
      : { id: it.id, value: Math.max(0, it.max - (i % 2)) },
);

async function session(bytes: Uint8Array) {
  const fake = createFakeExcel(await loadXlsx(bytes));
  const s = createSession({
    excel: fake.Excel as never,
    scheme: gbt27922_2011,
    lang: 'zh-CN',
    debounceMs: 5,
    notes: true,
  });
  await s.start();
  return { fake, s };
}

describe('the workbook core writes (same .xlsx as the CLI), in the add-in', () => {
  it('scores our template as core does, writes 结果, and the result survives an .xlsx round trip', async () => {
    const bytes = await writeTemplate(gbt27922_2011, { lang: 'zh-CN', responses: answers });
    const { fake, s } = await session(bytes);
    const expected = score(gbt27922_2011, { responses: answers }).score;
    expect(s.state.phase).toBe('ready');
    if (s.state.phase !== 'ready') return;
    expect(s.state.computed.result!.score).toBe(expected);
    expect(s.state.resultSheet).toBe('结果');
    const back = await loadXlsx(await fake.workbook.xlsx.writeBuffer());
    const ours = back.getWorksheet('结果')!;
    const scoreRow = ours.getColumn(1).values.findIndex((v) => v === '得分');
    expect(ours.getCell(scoreRow, 2).value).toBe(expected);
    expect(back.worksheets.map((w) => w.name)).toContain('评分表');
  });

  it('re-scores an edit to the template’s score cell; on its protected sheet the problem is listed, not painted', async () => {
    const bytes = await writeTemplate(gbt27922_2011, { lang: 'zh-CN', responses: answers });
    const { fake, s } = await session(bytes);
    const before = s.state.phase === 'ready' ? s.state.computed.result!.score : null;
    const graded =
      s.state.phase === 'ready'
        ? s.state.computed.result!.items.find((i) => i.kind === 'graded' && i.earned === i.max)!
        : null;
    const cell = graded!.where!.value!.split('!')[1]!;
    fake.resetStats();
    fake.userEdit('评分表', cell, 0);
    await fake.settle();
    await s.idle();
    expect(s.state.phase === 'ready' && s.state.computed.result!.score).toBeLessThan(before!);
    expect(fake.stats.roundTrips).toBe(2);

    fake.userEdit('评分表', cell, '九');
    await fake.settle();
    await s.idle();
    expect(s.state.phase).toBe('ready'); // no AccessDenied from painting a protected sheet
    if (s.state.phase !== 'ready') return;
    expect([...s.state.computed.flags.keys()]).toContain(`评分表!${cell}`);
    expect(fake.cell('评分表', cell).fill).not.toBe(FLAG_FILL);
    expect(fake.cell('评分表', cell).value).toBe('九');
  });

  it('flags problem cells once the sheet is unprotected', async () => {
    const wb = await loadXlsx(await writeTemplate(gbt27922_2011, { lang: 'en', responses: answers }));
    for (const ws of wb.worksheets) ws.unprotect();
    const fake = createFakeExcel(wb);
    const s = createSession({
      excel: fake.Excel as never,
      scheme: gbt27922_2011,
      lang: 'en',
      debounceMs: 5,
      notes: true,
    });
    await s.start();
    const item = s.state.phase === 'ready' ? s.state.computed.result!.items.find((i) => i.kind === 'graded')! : null;
    const [sheet, cell] = item!.where!.value!.split('!') as [string, string];
    fake.userEdit(sheet, cell, -2);
    await fake.settle();
    await s.idle();
    expect(fake.cell(sheet, cell).fill).toBe(FLAG_FILL);
    expect(fake.cell(sheet, cell).note).toContain('-2');
    expect(s.resultSheet).toBe('Result');
  });

  const files = fixtureFiles();
  describe('foreign fixtures (LibreOffice-saved)', () => {
    it('there are at least three foreign layouts to try', () => expect(files.length).toBeGreaterThanOrEqual(3));
    for (const file of files) {
      it(`${basename(file)}: the pane's result equals core's readAudit + score on the same grids`, async () => {
        const wb = await loadXlsx(readFileSync(file));
        const core = readAudit(gridsFromExcelJs(wb), gbt27922_2011);
        const expected = core.layout.ok
          ? score(core.scheme, {
              responses: core.responses,
              specialDeductions: core.specialDeductions,
              bonuses: core.bonuses,
              ...(core.facts.monthsAtCompliantLevel !== undefined
                ? { monthsAtCompliantLevel: core.facts.monthsAtCompliantLevel }
                : {}),
            }).score
          : null;
        const fake = createFakeExcel(wb);
        const s = createSession({ excel: fake.Excel as never, scheme: gbt27922_2011, lang: 'zh-CN', notes: true });
        await s.start();
        expect(s.state.phase).toBe('ready');
        if (s.state.phase !== 'ready') return;
        expect(s.state.computed.audit.layout.ok).toBe(core.layout.ok);
        expect(s.state.computed.result?.score ?? null).toBe(expected);
      });
    }
  });
});

describe('新建评分表 / New audit workbook', () => {
  it('opens core’s template through Excel.createWorkbook with base64 bytes', async () => {
    const { openNewAuditWorkbook } = await import('../../../excel-addin/src/excel/new-workbook');
    const fake = createFakeExcel(await loadXlsx(await writeTemplate(gbt27922_2011)));
    await openNewAuditWorkbook(fake.Excel as never, gbt27922_2011, 'en');
    expect(fake.created).toHaveLength(1);
    const wb = await loadXlsx(Buffer.from(fake.created[0]!, 'base64'));
    expect(wb.worksheets.map((w) => w.name)).toContain('Scoring');
  });
});
