import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  gbt27922_2011,
  gbt27922_2011_fiveStar98,
  parseScheme,
  score,
  t,
  type AuditInput,
  type IndicatorResponse,
  type Scheme,
  type SpecialItem,
} from '../../../core/index';
import { gridsFromExcelJs, writeTemplate, type Grid } from '../../../core/workbook/index';
import { convertToXlsx, hasSoffice } from './libreoffice';

// Seeded, so a failure names an audit that can be replayed.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// Rules variants, so every parameter the formulas read is exercised.
const rawVariant = parseScheme({
  ...gbt27922_2011,
  id: 'variant-raw',
  adjustmentsApplyTo: undefined,
  rules: {
    ...gbt27922_2011.rules,
    adjustmentsApplyTo: 'raw',
    rounding: { decimals: 2, source: 'proposed' },
    bonus: { points: 2, maxCounted: 2, source: 'proposed' },
    specialDeduction: { points: 1.5, source: 'proposed' },
    veto: { specialDeductionsAtOrAbove: 3, source: 'proposed' },
  },
});
const waitVariant = parseScheme({
  ...gbt27922_2011,
  id: 'variant-wait',
  rules: { ...gbt27922_2011.rules, starsRequireYearAtCompliant: true, rounding: { decimals: 0, source: 'proposed' } },
});

function randomAudit(seed: number, scheme: Scheme): { input: AuditInput; months?: number } {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const strong = r() < 0.5; // half the audits sit near the star thresholds
  const responses: IndicatorResponse[] = [];
  for (const it of scheme.items) {
    const roll = r();
    if (roll < 0.08) {
      responses.push({ id: it.id, applicable: false });
      continue;
    }
    if (roll < 0.14) continue; // unscored
    const good = strong ? r() < 0.85 : r() < 0.5;
    if (it.kind === 'binary')
      responses.push({ id: it.id, value: good ? '符合' : '不符合', ...(r() < 0.3 ? { applicable: true } : {}) });
    else if (it.kind === 'sampled') {
      if (r() < 0.2) responses.push({ id: it.id, value: Math.round(r() * it.max * 2) / 2 });
      else {
        const n = 1 + Math.floor(r() * 12);
        responses.push({ id: it.id, samples: n, nonconforming: good ? 0 : Math.floor(r() * (n + 1)) });
      }
    } else responses.push({ id: it.id, value: good ? it.max : Math.round(r() * it.max * 2) / 2 });
  }
  const nd = pick([0, 0, 1, 2, scheme.rules.veto.specialDeductionsAtOrAbove]);
  const nb = pick([0, 0, 1, 2]);
  const specialDeductions: SpecialItem[] = Array.from({ length: nd }, (_, i) => ({
    clause: `4.${i + 1}`,
    description: `扣分事实 ${i + 1}`,
    rectified: r() < 0.5,
  }));
  const bonuses: SpecialItem[] = Array.from({ length: nb }, (_, i) => ({ description: `加分事实 ${i + 1}` }));
  const months = scheme.rules.starsRequireYearAtCompliant ? pick([0, 6, 12, 24]) : undefined;
  return {
    input: {
      responses,
      specialDeductions,
      bonuses,
      ...(months !== undefined ? { monthsAtCompliantLevel: months } : {}),
    },
    months,
  };
}

/** Hand-made edges: exactly on thresholds, a bonus against the cap, the veto, an invalid cell. */
function edgeAudits(): { scheme: Scheme; input: AuditInput }[] {
  const full = (s: Scheme, override: Record<string, IndicatorResponse> = {}): IndicatorResponse[] =>
    s.items.map(
      (it) =>
        override[it.id] ??
        (it.kind === 'binary'
          ? { id: it.id, value: '符合' }
          : it.kind === 'sampled'
            ? { id: it.id, samples: 5, nonconforming: 0 }
            : { id: it.id, value: it.max }),
    );
  const s = gbt27922_2011;
  return [
    { scheme: s, input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: 2 } }) } }, // exactly 90 → 4-star
    { scheme: s, input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: 7 } }) } }, // exactly 95 → 5-star
    { scheme: gbt27922_2011_fiveStar98, input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: 7 } }) } }, // 95 → 4-star under 98
    { scheme: s, input: { responses: full(s), bonuses: [{ description: 'x' }] } }, // 100 + 1 capped at 100
    {
      scheme: s,
      input: { responses: full(s), specialDeductions: Array.from({ length: 5 }, (_, i) => ({ description: `d${i}` })) },
    }, // 95 but vetoed
    { scheme: s, input: { responses: full(s, { '5.1.1.2': { id: '5.1.1.2', value: '良好' } }) } }, // text in a score cell → no score
    { scheme: s, input: { responses: full(s, { '5.3.2': { id: '5.3.2', samples: 3, nonconforming: 4 } }) } }, // k > n → no score
    { scheme: s, input: { responses: full(s, { '5.2.4': { id: '5.2.4', samples: 3, nonconforming: 1 } }) } }, // 7 × 2/3, recurring decimal
  ];
}

function summaryFigures(grid: Grid, lang: 'zh-CN' = 'zh-CN') {
  const row = (label: string) => grid.find((r) => r[0] === t(lang, `workbook.tpl.summary.${label}`));
  const value = (label: string) => row(label)?.[2] ?? null;
  const categories = grid
    .slice(3)
    .filter((r) => typeof r[0] === 'string' && /^\d+(\.\d+)*$/.test(r[0] as string))
    .map((r) => ({ id: r[0], applicable: r[3], applicableScored: r[4], earned: r[5] }));
  return {
    final: value('final'),
    levelId: value('levelId'),
    vetoed: value('vetoed'),
    errors: value('errors'),
    categories,
  };
}

describe.skipIf(!hasSoffice('workbook LibreOffice agreement'))(
  "the template's formulas, recalculated by LibreOffice, agree with score()",
  () => {
    it('on 24 random audits and 8 edge cases', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gbt-lo-agree-'));
      const schemes = [gbt27922_2011, gbt27922_2011_fiveStar98, rawVariant, waitVariant];
      const cases: { name: string; scheme: Scheme; input: AuditInput }[] = [];
      for (let i = 0; i < 24; i++) {
        const scheme = schemes[i % schemes.length]!;
        cases.push({ name: `random-${i}`, scheme, input: randomAudit(1000 + i, scheme).input });
      }
      edgeAudits().forEach((e, i) => cases.push({ name: `edge-${i}`, ...e }));
      const files: string[] = [];
      for (const c of cases) {
        // No cached values: whatever LibreOffice shows, it computed.
        const bytes = await writeTemplate(c.scheme, {
          ...c.input,
          facts:
            c.input.monthsAtCompliantLevel !== undefined
              ? { monthsAtCompliantLevel: c.input.monthsAtCompliantLevel }
              : {},
          cachedResults: false,
        });
        const f = join(dir, `${c.name}.xlsx`);
        writeFileSync(f, bytes);
        files.push(f);
      }
      // A company name that looks like a formula must stay text after LibreOffice opens and saves it.
      const textFile = join(dir, 'text-safety.xlsx');
      writeFileSync(
        textFile,
        await writeTemplate(gbt27922_2011, { facts: { organisation: '=1+1', auditor: '=HYPERLINK("http://x")' } }),
      );
      files.push(textFile);
      convertToXlsx(files, join(dir, 'out'));
      const textWb = new ExcelJS.Workbook();
      await textWb.xlsx.load(readFileSync(join(dir, 'out', 'text-safety.xlsx')) as never);
      const cover = gridsFromExcelJs(textWb).find((g) => g.name === '封面')!.grid;
      expect(cover.find((r) => r[0] === '组织名称')![1]).toBe('=1+1');
      expect(cover.find((r) => r[0] === '评审员')![1]).toBe('=HYPERLINK("http://x")');
      expect(textWb.getWorksheet('封面')!.getCell('B3').type).toBe(ExcelJS.ValueType.String);

      let vetoed = 0,
        nulls = 0,
        levels = new Set<string>();
      for (const c of cases) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(join(dir, 'out', `${c.name}.xlsx`)) as never);
        const grid = gridsFromExcelJs(wb).find((g) => g.name === '汇总')!.grid;
        const got = summaryFigures(grid);
        const want = score(c.scheme, c.input);
        const label = `${c.name} (${c.scheme.id})`;
        if (want.score === null) {
          nulls++;
          expect(got.final ?? '', label).toBe('');
          expect(got.errors, label).toBeGreaterThan(0);
        } else {
          expect(got.final, label).toBeTypeOf('number');
          expect(
            Math.abs((got.final as number) - want.score),
            `${label}: LibreOffice ${got.final}, score() ${want.score}`,
          ).toBeLessThan(1e-9);
          expect(got.levelId, label).toBe(want.level);
          levels.add(want.level!);
          if (process.env.LO_DEBUG) console.log(label, got.final, want.score, got.levelId, want.level);
        }
        if (want.vetoed) vetoed++;
        expect(
          got.categories.map((x) => x.id),
          label,
        ).toEqual(want.categories.map((x) => x.id));
        got.categories.forEach((g, i) => {
          const w = want.categories[i]!;
          expect(g.applicable, `${label} ${w.id} applicable`).toBeCloseTo(w.applicable, 9);
          expect(g.applicableScored, `${label} ${w.id} scored`).toBeCloseTo(w.applicableScored, 9);
          expect(g.earned, `${label} ${w.id} earned`).toBeCloseTo(w.earned, 9);
        });
      }
      // The sample really covers the rules: several levels, the veto and uncomputable audits.
      expect(vetoed).toBeGreaterThan(0);
      expect(nulls).toBeGreaterThan(0);
      expect(levels.size).toBeGreaterThanOrEqual(3);
    }, 120_000);
  },
);
