import { describe, expect, it } from 'vitest';
import { gbt27922_2011, resultSheet } from '../../../core/index';
import { FLAG_FILL, NOTE_PREFIX } from '../../../excel-addin/src/excel/flags';
import { createSession, type SessionState } from '../../../excel-addin/src/excel/session';
import { createFakeExcel, type FakeExcel } from '../../support/fake-excel';
import { foreignWorkbook, fullMarks, rowOf } from '../workbooks';

function start(fake: FakeExcel, extra: Partial<Parameters<typeof createSession>[0]> = {}) {
  const states: SessionState[] = [];
  const session = createSession({
    excel: fake.Excel as never,
    scheme: gbt27922_2011,
    lang: 'zh-CN',
    debounceMs: 5,
    timeoutMs: 2000,
    notes: true,
    pageLayout: true,
    onUpdate: (s) => states.push(s),
    ...extra,
  });
  return { session, states };
}
/** The value beside a label of core's 结果 layout (label in column A, value in B; the level is in D). */
function resultValue(fake: FakeExcel, label: string, col = 'B', sheet = '结果'): unknown {
  const ws = fake.workbook.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++)
    if (fake.cell(sheet, `A${r}`).value === label) return fake.cell(sheet, `${col}${r}`).value;
  throw new Error(`no row labelled ${label} on ${sheet}`);
}
const ready = (s: SessionState) => {
  if (s.phase !== 'ready') throw new Error(`not ready: ${JSON.stringify(s)}`);
  return s;
};
async function edit(
  fake: FakeExcel,
  session: ReturnType<typeof createSession>,
  sheet: string,
  addr: string,
  v: unknown,
) {
  fake.userEdit(sheet, addr, v);
  await fake.settle();
  await session.idle();
  await fake.settle(); // our own writes' events, which must not start another recompute
  await session.idle();
}

describe('live calculator session against the exceljs-backed fake', () => {
  it('scores a foreign 评分表 on open and writes only to its own 结果 sheet', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const before = JSON.stringify(fake.workbook.getWorksheet('评分表')!.getSheetValues());
    const { session } = start(fake);
    await session.start();
    const s = ready(session.state);
    expect(s.computed.result?.score).toBe(100);
    expect(s.resultSheet).toBe('结果');
    expect(fake.names.get('结果')?.has('_gbt27922_result')).toBe(true); // ours by its marker name, as in the CLI's copy
    expect(fake.cell('结果', 'A1').value).toBe('示例售后服务有限公司 · 售后服务评价评分结果');
    expect(resultValue(fake, '得分')).toBe(100);
    expect(resultValue(fake, '得分', 'D')).toBe('五星');
    expect(fake.cell('结果', 'H1').value).toBe('标记的单元格（加载项使用，请勿修改）');
    expect(JSON.stringify(fake.workbook.getWorksheet('评分表')!.getSheetValues())).toBe(before);
    expect(fake.stats.calcSuspends).toBeGreaterThanOrEqual(1);
  });

  it('writes core’s 结果 layout: merges, widths, A4 portrait one page wide, print area A..F, title row', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session } = start(fake);
    await session.start();
    const ws = fake.workbook.getWorksheet('结果')!;
    const layout = resultSheet(ready(session.state).computed.result!, {
      facts: ready(session.state).computed.audit.facts,
    });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toBe(`A1:F${layout.rows.length}`);
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    expect(ws.getCell('A1').isMerged && ws.getCell('F1').isMerged).toBe(true);
    expect(ws.getColumn(1).width).toBeCloseTo(layout.widths[0]!, 1);
    const scoreRow = layout.rows.findIndex((r) => r[0]?.value === '得分') + 1;
    expect(ws.getCell(scoreRow, 2).font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell(scoreRow, 2).alignment).toMatchObject({ horizontal: 'right' });
    // An edit that leaves the layout's shape alone (5.1.1.2 already lost points) rewrites values only, not formats.
    await edit(fake, session, '评分表', `D${rowOf('5.1.1.2')}`, 2.5);
    fake.resetStats();
    await edit(fake, session, '评分表', `D${rowOf('5.1.1.2')}`, 2);
    const writesWithoutFormats = fake.stats.writes;
    expect(resultValue(fake, '得分')).toBe(ready(session.state).computed.result!.score);
    expect(writesWithoutFormats).toBeLessThan(10);
  });

  it('re-scores a user edit in exactly two round trips, and its own writes do not loop', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session, states } = start(fake);
    await session.start();
    await fake.settle();
    await session.idle();
    const revision = ready(session.state).revision;
    fake.resetStats();
    const cell = `D${rowOf('5.1.1.2')}`; // graded, max 3
    await edit(fake, session, '评分表', cell, 1);
    const s = ready(session.state);
    expect(s.revision).toBe(revision + 1); // one recompute for one edit, none for our own writes' events
    expect(s.computed.result!.score).toBeLessThan(100);
    expect(resultValue(fake, '得分')).toBe(s.computed.result!.score);
    expect(fake.stats.roundTrips).toBe(2);
    expect(fake.cell('评分表', cell).value).toBe(1);
    expect(states.filter((x) => x.phase === 'ready').length).toBe(revision + 1);
    // A change this add-in made comes back as an event with triggerSource ThisLocalAddin: ignored.
    fake.emit('评分表', cell, 'ThisLocalAddin');
    await fake.settle();
    await session.idle();
    expect(ready(session.state).revision).toBe(revision + 1);
  });

  it('debounces a burst of edits into one recompute', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session } = start(fake, { debounceMs: 30 });
    await session.start();
    await fake.settle();
    await session.idle();
    const revision = ready(session.state).revision;
    for (const v of [2, 1.5, 1]) fake.userEdit('评分表', `D${rowOf('5.1.1.2')}`, v);
    await fake.settle();
    await session.idle();
    expect(ready(session.state).revision).toBe(revision + 1);
  });

  it('flags invalid input with fill and note, leaves the value, and undoes the flag when fixed', async () => {
    const wb = foreignWorkbook(fullMarks());
    const row = rowOf('5.1.1.2');
    wb.getWorksheet('评分表')!.getCell(`D${row}`).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    };
    const fake = createFakeExcel(wb);
    const { session } = start(fake);
    await session.start();
    await edit(fake, session, '评分表', `D${row}`, 'abc');
    let c = fake.cell('评分表', `D${row}`);
    expect(c.value).toBe('abc');
    expect(c.fill).toBe(FLAG_FILL);
    expect(c.note).toContain(NOTE_PREFIX);
    expect(c.note).toContain('abc');
    const s = ready(session.state);
    expect(s.computed.result!.score).toBeNull();
    expect([...s.computed.flags.keys()]).toContain(`评分表!D${row}`);

    await edit(fake, session, '评分表', `D${row}`, 4); // above max 3
    c = fake.cell('评分表', `D${row}`);
    expect(c.value).toBe(4);
    expect(c.note).toContain('3');
    expect(c.fill).toBe(FLAG_FILL);

    await edit(fake, session, '评分表', `D${row}`, 2);
    c = fake.cell('评分表', `D${row}`);
    expect(c.fill).toBe('#FFF2CC'); // the auditor's own fill is back
    expect(c.note).toBeUndefined();
    expect(ready(session.state).computed.result!.score).not.toBeNull();
  });

  it('flags k > n on the nonconforming cell and negative points, each in two round trips', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session } = start(fake);
    await session.start();
    await fake.settle();
    await session.idle();
    const row = rowOf('5.2.4'); // sampled
    fake.resetStats();
    await edit(fake, session, '评分表', `F${row}`, 12);
    expect(fake.stats.roundTrips).toBe(2);
    expect(fake.cell('评分表', `F${row}`).fill).toBe(FLAG_FILL);
    expect(fake.cell('评分表', `F${row}`).value).toBe(12);
    fake.resetStats();
    await edit(fake, session, '评分表', `D${rowOf('5.1.3.2')}`, -1);
    expect(fake.stats.roundTrips).toBe(2);
    expect(fake.cell('评分表', `D${rowOf('5.1.3.2')}`).note).toContain('-1');
  });

  it('flags a non-answer cell just typed into (a duplicate 编号) in two round trips too', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session } = start(fake);
    await session.start();
    await fake.settle();
    await session.idle();
    fake.resetStats();
    await edit(fake, session, '评分表', `A${rowOf('5.2.4')}`, '5.2.1'); // duplicate id
    expect(fake.cell('评分表', `A${rowOf('5.2.4')}`).fill).toBe(FLAG_FILL);
    expect(fake.stats.roundTrips).toBe(2);
  });

  it('never replaces an auditor’s own note; the fill still marks the cell', async () => {
    const wb = foreignWorkbook(fullMarks());
    const row = rowOf('5.1.1.2');
    wb.getWorksheet('评分表')!.getCell(`D${row}`).note = '审核员备注';
    const fake = createFakeExcel(wb);
    const { session } = start(fake);
    await session.start();
    await edit(fake, session, '评分表', `D${row}`, 'x');
    expect(fake.cell('评分表', `D${row}`).note).toBe('审核员备注');
    expect(fake.cell('评分表', `D${row}`).fill).toBe(FLAG_FILL);
    await edit(fake, session, '评分表', `D${row}`, 3);
    expect(fake.cell('评分表', `D${row}`).note).toBe('审核员备注');
  });

  it('writes text from the workbook as text, never as a formula', async () => {
    // A sheet whose rows the scheme does not know: core builds the scheme from the sheet, names included.
    const wb = new (await import('exceljs')).default.Workbook();
    const ws = wb.addWorksheet('检查表');
    ws.addRow(['编号', '评价指标', '分值', '得分']);
    ws.addRow(['A1', '=HYPERLINK("http://x","y")', 10, 5]);
    ws.addRow(['A2', '+cmd', 10, 10]);
    const fake = createFakeExcel(wb);
    const { session } = start(fake);
    await session.start();
    const s = ready(session.state);
    expect(s.computed.result).not.toBeNull();
    const items = fake.workbook.getWorksheet('结果')!;
    const cells: unknown[] = [];
    items.eachRow((r) => r.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('=HYPERLINK("http://x","y")');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in (v as object))).toBe(false);
  });

  it('keeps a second recompute off while one runs, then runs once more', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session } = start(fake, { debounceMs: 0 });
    await session.start();
    await fake.settle();
    await session.idle();
    const revision = ready(session.state).revision;
    fake.userEdit('评分表', `D${rowOf('5.1.1.2')}`, 1);
    await new Promise((r) => setTimeout(r, 2)); // first recompute starts
    fake.userEdit('评分表', `D${rowOf('5.1.1.2')}`, 2);
    await fake.settle();
    await session.idle();
    await fake.settle();
    await session.idle();
    expect(ready(session.state).revision).toBe(revision + 2);
    expect(resultValue(fake, '得分')).toBe(ready(session.state).computed.result!.score);
  });

  it('shows a timeout with a retry when Excel does not answer', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const { session } = start(fake, { timeoutMs: 50 });
    fake.hangSyncs(1);
    await session.start();
    expect(session.state).toMatchObject({ phase: 'error', timeout: true, timeoutMs: 50 }); // the pane's message shows this, not a constant
    await session.retry();
    expect(ready(session.state).computed.result!.score).toBe(100);
  });

  it('registers again after a task-pane reload and keeps re-scoring', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const first = start(fake).session;
    await first.start();
    await first.dispose();
    fake.reloadRuntime();
    expect(fake.handlerCount()).toBe(0);
    const { session } = start(fake);
    await session.start();
    expect(fake.handlerCount()).toBe(1);
    await edit(fake, session, '评分表', `D${rowOf('5.1.1.2')}`, 0);
    expect(ready(session.state).computed.result!.score).toBeLessThan(100);
  });

  it('reuses its own 结果 sheet after a reload and clears rows a longer result left', async () => {
    const fake = createFakeExcel(foreignWorkbook(fullMarks()));
    const a = start(fake).session;
    await a.start();
    await a.dispose();
    fake.reloadRuntime();
    const b = start(fake).session;
    await b.start();
    expect(fake.workbook.worksheets.map((w) => w.name)).toEqual(['评分表', '结果']);
  });

  it('leaves a workbook’s own 结果 sheet alone and writes to a sheet of its own', async () => {
    const wb = foreignWorkbook(fullMarks());
    wb.addWorksheet('结果').getCell('A1').value = '审核组的结论';
    const fake = createFakeExcel(wb);
    const { session } = start(fake);
    await session.start();
    expect(session.resultSheet).toBe('结果（加载项）');
    expect(fake.cell('结果', 'A1').value).toBe('审核组的结论');
    const wbEn = foreignWorkbook(fullMarks());
    wbEn.addWorksheet('Result').getCell('A1').value = 'our own';
    const en = start(createFakeExcel(wbEn), { lang: 'en' }).session;
    await en.start();
    expect(en.resultSheet).toBe('Result (add-in)');
  });
});
