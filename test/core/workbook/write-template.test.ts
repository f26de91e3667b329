import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, readSelfCheck, score, type IndicatorResponse } from '../../../core/index';
import { buildTemplate, gridsFromExcelJs, readAudit, writeTemplate } from '../../../core/workbook/index';

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

const responses: IndicatorResponse[] = gbt27922_2011.items.map((it, i) =>
  it.kind === 'sampled'
    ? { id: it.id, samples: 10, nonconforming: i % 4, note: '抽查记录' }
    : it.kind === 'binary'
      ? { id: it.id, value: i % 3 ? '符合' : '不符合' }
      : { id: it.id, value: Math.max(0, it.max - (i % 3) * 0.5) },
);
responses[5] = { id: responses[5]!.id, applicable: false };
responses.splice(7, 1); // one unscored item
const input = {
  responses,
  specialDeductions: [{ clause: '4.2', description: '未公示服务承诺', rectified: false }],
  bonuses: [{ description: '回访率行业领先' }],
};

describe('writeTemplate', () => {
  it('round-trips: reading our own template gives back the answers and the same score', async () => {
    const bytes = await writeTemplate(gbt27922_2011, {
      ...input,
      facts: { organisation: '深圳某某科技有限公司', uscc: '91440300MA5G0X1X2K', date: '2024-05-01', auditor: '李四' },
    });
    const r = readAudit(gridsFromExcelJs(await load(bytes)), gbt27922_2011);
    expect(r.issues).toEqual([]);
    expect(r.schemeSource).toBe('given');
    expect(r.facts).toMatchObject({
      organisation: '深圳某某科技有限公司',
      uscc: '91440300MA5G0X1X2K',
      date: '2024-05-01',
      auditor: '李四',
    });
    const byId = new Map(r.responses.map((x) => [x.id, x]));
    for (const want of responses) {
      const got = byId.get(want.id)!;
      if (want.applicable === false) expect(got.applicable).toBe('否');
      if (want.value !== undefined) expect(got.value).toBe(want.value);
      if (want.samples !== undefined)
        expect([got.samples, got.nonconforming]).toEqual([want.samples, want.nonconforming]);
      if (want.note) expect(got.note).toBe(want.note);
    }
    expect(r.specialDeductions.map(({ where: _where, ...x }) => x)).toEqual([
      { clause: '4.2', description: '未公示服务承诺', rectified: false },
    ]);
    expect(r.bonuses.map(({ where: _where, ...x }) => x)).toEqual([{ description: '回访率行业领先' }]);
    const a = score(gbt27922_2011, input),
      b = score(r.scheme, r);
    expect(b.score).toBe(a.score);
    expect(b.items.map((i) => [i.id, i.earned, i.status])).toEqual(a.items.map((i) => [i.id, i.earned, i.status]));
  });

  it("caches score()'s results beside the formulas, so readers without a calculation engine see them", async () => {
    const wb = await load(await writeTemplate(gbt27922_2011, input));
    const summary = gridsFromExcelJs(wb).find((g) => g.name === '汇总')!.grid;
    const res = score(gbt27922_2011, input);
    expect(summary.find((row) => row[0] === '最终得分')![2]).toBe(res.score);
    expect(summary.find((row) => row[0] === '等级编号')![2]).toBe(res.level);
    const ws = wb.getWorksheet('评分表')!;
    expect(ws.getCell('K4').formula).toMatch(/^IF\(/);
  });

  it('keeps a name that starts with "=" as text', async () => {
    const wb = await load(await writeTemplate(gbt27922_2011, { facts: { organisation: '=HYPERLINK("x")公司' } }));
    const cell = wb.getWorksheet('封面')!.getCell('B3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("x")公司');
    expect(cell.numFmt).toBe('@');
  });

  it('uses only functions Excel 2010, WPS, LibreOffice and Gnumeric all compute, none on a range inside SUMPRODUCT', async () => {
    const wb = await load(await writeTemplate(gbt27922_2011, input));
    const allowed = new Set([
      'IF',
      'AND',
      'OR',
      'NOT',
      'ISNUMBER',
      'INT',
      'SUM',
      'SUMIF',
      'SUMIFS',
      'SUMPRODUCT',
      'COUNTIF',
      'COUNTIFS',
      'COUNTA',
      'ROUND',
      'MIN',
      'MAX',
      'INDEX',
      'MATCH',
      'LOOKUP',
      'LEN',
      // Reading a number typed as text (template-formulas.ts numberOf).
      'TRIM',
      'ISTEXT',
      'LEFT',
      'MID',
      'SUBSTITUTE',
      'ASC',
      'VALUE',
    ]);
    const rangeFunctions: string[] = [];
    const used = new Set<string>();
    let formulas = 0;
    // The 自查 sheet has its own list (date and text functions): test/core/workbook/self-check-sheet.test.ts.
    wb.eachSheet(
      (ws) =>
        ws.name !== '自查' &&
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (c.type !== ExcelJS.ValueType.Formula) return;
            formulas++;
            for (const m of c.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
            // Inside SUMPRODUCT only comparisons and arithmetic on ranges: Gnumeric does not evaluate
            // LEN(range) element by element there (it counted no special items before this rule).
            const inner = /SUMPRODUCT\((.*)\)/.exec(c.formula)?.[1] ?? '';
            for (const m of inner.matchAll(/([A-Z][A-Z0-9.]*)\(([^()]*)\)/g))
              if (m[2]!.includes(':')) rangeFunctions.push(`${ws.name}!${c.address}: ${m[1]}(${m[2]})`);
          }),
        ),
    );
    expect(formulas).toBeGreaterThan(6 * gbt27922_2011.items.length);
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    expect(rangeFunctions).toEqual([]);
  });

  it("shows numbers by core's rounding policy: the score with the scheme's decimals, points 0.0#, whole percent", async () => {
    const wb = await load(await writeTemplate(gbt27922_2011, input));
    const summary = wb.getWorksheet('汇总')!;
    const rowOf = (label: string) => summary.getColumn(1).values.findIndex((v) => v === label);
    // gbt27922-2011 rounds to 1 decimal (rules.rounding.decimals).
    expect(summary.getCell(`C${rowOf('最终得分')}`).numFmt).toBe('0.0');
    expect(summary.getCell(`C${rowOf('下一等级分数线')}`).numFmt).toBe('0.0');
    expect(summary.getCell('F4').numFmt).toBe('0.0#');
    expect((summary.getCell('G4').value as ExcelJS.CellFormulaValue).formula).toBe('IF(E4>0,ROUND(100*F4/E4,0),"")');
    expect(wb.getWorksheet('评分表')!.getCell('K4').numFmt).toBe('0.0#');
  });

  it('unlocks only the input cells, validates them on the indicator rows only, and protects every sheet without a password', async () => {
    const wb = await load(await writeTemplate(gbt27922_2011));
    const ws = wb.getWorksheet('评分表')!;
    const last = 3 + gbt27922_2011.items.length;
    expect(ws.getCell('J4').protection?.locked).toBe(false); // 得分
    expect(ws.getCell('K4').protection?.locked).not.toBe(false); // 计算得分 (formula)
    expect(ws.getCell('F4').protection?.locked).not.toBe(false); // 分值
    expect(ws.getCell('J4').dataValidation).toMatchObject({ type: 'list', formulae: ['"符合,不符合"'] }); // 5.1.1.1 binary
    expect(ws.getCell('J5').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 3] }); // 5.1.1.2 graded
    expect(ws.getCell('H6').dataValidation).toMatchObject({ type: 'whole' }); // 5.1.2.1 sampled
    expect(ws.getCell(`J${last + 1}`).dataValidation).toBeUndefined();
    expect(ws.getCell('G4').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    for (const s of wb.worksheets.filter((x) => x.name !== '自查')) {
      // 自查 is the applicant's own form, left unprotected
      const p = (s as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
      expect(p?.sheet, s.name).toBe(true);
      expect(p?.hashValue, s.name).toBeUndefined();
    }
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, printTitlesRow: '3:3' });
    expect(wb.getWorksheet('参数')!.getCell('B3').value).toBe('gbt27922-2011');
  });

  it('writes English headers with lang en, and the reader still finds them', async () => {
    const bytes = await writeTemplate(gbt27922_2011, { ...input, lang: 'en' });
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'Scoring',
      'Special items',
      'Summary',
      'Parameters',
      'Self-check',
    ]);
    expect(wb.getWorksheet('Scoring')!.getCell('J3').value).toBe('Score');
    const r = readAudit(gridsFromExcelJs(wb), gbt27922_2011, { lang: 'en' });
    expect(r.issues).toEqual([]);
    expect(score(r.scheme, r).score).toBe(score(gbt27922_2011, input).score);
  });

  it('lets another module add sheets through extraSheets', async () => {
    const wb = await buildTemplate(gbt27922_2011, {
      selfCheck: false,
      extraSheets: (w, lang) => {
        w.addWorksheet(lang === 'en' ? 'Notes' : '备注').getCell('A1').value = 'E1';
      },
    });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['封面', '评分表', '特别项', '汇总', '参数', '备注']);
  });

  it('includes the 自查 (eligibility self-check) sheet by default, which the self-check reader finds', async () => {
    const wb = await load(await writeTemplate(gbt27922_2011));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['封面', '评分表', '特别项', '汇总', '参数', '自查']);
    const found = readSelfCheck(gridsFromExcelJs(wb));
    expect(found).toMatchObject({ found: true, filled: false });
  });
});
