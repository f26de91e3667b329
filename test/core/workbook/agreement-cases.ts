/*
 * Audits for the engine agreement tests (LibreOffice, Gnumeric): seeded random audits with special items
 * and numbers typed as text, hand-made boundary cases, and the comparison of what an engine computed in
 * our template (汇总 and 评分表) with score(). The engines are run by the tests; this file only builds
 * the files and compares.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import ExcelJS from 'exceljs';
import { writeTemplate, type Grid } from '../../../core/workbook/index';
import { COL } from '../../../core/workbook/template-layout';
import { rng } from '../../support/seeded-random';

// Rules variants, so every parameter the formulas read is exercised.
export const rawVariant = parseScheme({
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
export const waitVariant = parseScheme({
  ...gbt27922_2011,
  id: 'variant-wait',
  rules: { ...gbt27922_2011.rules, starsRequireYearAtCompliant: true, rounding: { decimals: 0, source: 'proposed' } },
});
export const SCHEMES = [gbt27922_2011, gbt27922_2011_fiveStar98, rawVariant, waitVariant];

/** A number as a user might have typed it into a text cell: "2", " 2.5 ", full-width "２.５". */
function asTyped(n: number, r: () => number): string {
  const s = String(n);
  const roll = r();
  if (roll < 0.4) return s;
  if (roll < 0.7) return ` ${s} `;
  return s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export function randomAudit(seed: number, scheme: Scheme): AuditInput {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const strong = r() < 0.5; // half the audits sit near the star thresholds
  const textual = r() < 0.5; // half the audits have numbers typed as text
  const num = (n: number) => (textual && r() < 0.3 ? asTyped(n, r) : n);
  const responses: IndicatorResponse[] = [];
  for (const it of scheme.items) {
    const roll = r();
    if (roll < 0.08) {
      responses.push({ id: it.id, applicable: false });
      continue;
    }
    if (roll < 0.14) continue; // unscored
    if (roll < 0.16) {
      responses.push({ id: it.id, value: '待复核' });
      continue;
    }
    const good = strong ? r() < 0.85 : r() < 0.5;
    if (it.kind === 'binary')
      responses.push({ id: it.id, value: good ? '符合' : '不符合', ...(r() < 0.3 ? { applicable: true } : {}) });
    else if (it.kind === 'sampled') {
      if (r() < 0.2) responses.push({ id: it.id, value: num(Math.round(r() * it.max * 2) / 2) });
      else {
        const n = 1 + Math.floor(r() * 12);
        responses.push({ id: it.id, samples: num(n), nonconforming: num(good ? 0 : Math.floor(r() * (n + 1))) });
      }
    } else responses.push({ id: it.id, value: num(good ? it.max : Math.round(r() * it.max * 2) / 2) });
  }
  const nd = pick([0, 0, 1, 2, scheme.rules.veto.specialDeductionsAtOrAbove]);
  const nb = pick([0, 0, 1, 2]);
  const specialDeductions: SpecialItem[] = Array.from({ length: nd }, (_, i) => ({
    ...(r() < 0.5 ? { clause: `4.${i + 1}` } : {}),
    description: `扣分事实 ${i + 1}`,
    rectified: r() < 0.5,
  }));
  const bonuses: SpecialItem[] = Array.from({ length: nb }, (_, i) =>
    r() < 0.5 ? { description: `加分事实 ${i + 1}` } : { clause: `加${i + 1}` },
  );
  const months = scheme.rules.starsRequireYearAtCompliant ? pick([0, 6, 12, 24]) : undefined;
  return {
    responses,
    specialDeductions,
    bonuses,
    ...(months !== undefined ? { monthsAtCompliantLevel: months } : {}),
  };
}

/** Every item at full marks, with overrides. */
function full(s: Scheme, override: Record<string, IndicatorResponse> = {}): IndicatorResponse[] {
  return s.items.map(
    (it) =>
      override[it.id] ??
      (it.kind === 'binary'
        ? { id: it.id, value: '符合' }
        : it.kind === 'sampled'
          ? { id: it.id, samples: 5, nonconforming: 0 }
          : { id: it.id, value: it.max }),
  );
}

/**
 * All items applicable (total 100) and `earned` points in all: points taken off the largest graded or
 * sampled items (given as points), whole binary items set to 不符合, so 100 × earned ÷ 100 is `earned`
 * — a value just below a threshold that rounds onto it (89.95 → 90.0 with one decimal).
 */
function withEarned(s: Scheme, earned: number): IndicatorResponse[] {
  let deficit = Math.round((s.totalMax - earned) * 1000) / 1000;
  const byId: Record<string, IndicatorResponse> = {};
  for (const it of [...s.items].sort((a, b) => b.max - a.max)) {
    if (deficit <= 0) break;
    if (it.kind === 'binary') {
      if (deficit >= it.max) {
        byId[it.id] = { id: it.id, value: '不符合' };
        deficit = Math.round((deficit - it.max) * 1000) / 1000;
      }
      continue;
    }
    const take = Math.min(it.max, deficit);
    byId[it.id] = { id: it.id, value: Math.round((it.max - take) * 1000) / 1000 };
    deficit = Math.round((deficit - take) * 1000) / 1000;
  }
  if (deficit !== 0) throw new Error(`cannot build an audit earning ${earned}`);
  return full(s, byId);
}

export interface AgreementCase {
  name: string;
  scheme: Scheme;
  input: AuditInput;
  /** Write the answers' words into the cells as typed (the writer would write 符合 / 是 / 否 instead). */
  typed?: boolean;
}

/** Hand-made edges: on thresholds after rounding, just below, the cap, the veto, text typed in number cells. */
export function edgeAudits(): AgreementCase[] {
  const s = gbt27922_2011;
  const cases: AgreementCase[] = [
    { name: 'exactly-90', scheme: s, input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: 2 } }) } },
    { name: 'exactly-95', scheme: s, input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: 7 } }) } },
    {
      name: '95-under-98',
      scheme: gbt27922_2011_fiveStar98,
      input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: 7 } }) },
    },
    { name: 'cap', scheme: s, input: { responses: full(s), bonuses: [{ description: 'x' }] } },
    {
      name: 'veto',
      scheme: s,
      input: { responses: full(s), specialDeductions: Array.from({ length: 5 }, (_, i) => ({ description: `d${i}` })) },
    },
    {
      name: 'word-in-score',
      scheme: s,
      input: { responses: full(s, { '5.1.1.2': { id: '5.1.1.2', value: '良好' } }) },
    },
    {
      name: 'k-above-n',
      scheme: s,
      input: { responses: full(s, { '5.3.2': { id: '5.3.2', samples: 3, nonconforming: 4 } }) },
    },
    {
      name: 'recurring',
      scheme: s,
      input: { responses: full(s, { '5.2.4': { id: '5.2.4', samples: 3, nonconforming: 1 } }) },
    },
    // Numbers typed as text count as numbers, as score() reads them ...
    {
      name: 'text-numbers',
      scheme: s,
      input: {
        responses: full(s, {
          '5.3.1': { id: '5.3.1', value: '10' },
          '5.2.5': { id: '5.2.5', value: ' 6.5 ' },
          '5.2.2': { id: '5.2.2', value: '５．５' },
          '5.3.2': { id: '5.3.2', samples: '4', nonconforming: '１' },
          '5.1.1.2': { id: '5.1.1.2', value: '   ' },
        }),
      },
    },
    // ... but not what only a spreadsheet's VALUE() would take.
    { name: 'text-1e1', scheme: s, input: { responses: full(s, { '5.3.1': { id: '5.3.1', value: '1e1' } }) } },
    { name: 'text-percent', scheme: s, input: { responses: full(s, { '5.2.5': { id: '5.2.5', value: '50%' } }) } },
    { name: 'text-date', scheme: s, input: { responses: full(s, { '5.2.5': { id: '5.2.5', value: '1/2' } }) } },
    { name: 'text-above-max', scheme: s, input: { responses: full(s, { '5.2.5': { id: '5.2.5', value: '7.5' } }) } },
    { name: 'review-mark', scheme: s, input: { responses: full(s, { '5.2.5': { id: '5.2.5', value: ' 待复核 ' } }) } },
  ];
  // Words as people type them into our template (core/vocabulary's lists, in any case and width).
  const typed = (name: string, override: Record<string, IndicatorResponse>) =>
    cases.push({ name, scheme: s, typed: true, input: { responses: full(s, override) } });
  typed('typed-ticks', {
    '5.1.1.1': { id: '5.1.1.1', value: '√' },
    '5.1.2.2': { id: '5.1.2.2', value: '×' },
    '5.1.3.1': { id: '5.1.3.1', value: 'Pass' },
    '5.1.4.2': { id: '5.1.4.2', value: ' NC ' },
    '5.1.5.1': { id: '5.1.5.1', value: 'yes', applicable: '1' },
    '5.2.6': { id: '5.2.6', value: '否', applicable: 'Applicable' },
  });
  typed('typed-exclusions', {
    '5.1.1.2': { id: '5.1.1.2', applicable: 'N/A', value: 3 },
    '5.1.3.2': { id: '5.1.3.2', applicable: '／' },
    '5.1.3.3': { id: '5.1.3.3', applicable: '—' },
    '5.1.4.1': { id: '5.1.4.1', applicable: '0' },
    '5.2.1': { id: '5.2.1', applicable: '删减' },
    '5.2.2': { id: '5.2.2', applicable: '　不涉及　' },
  });
  typed('typed-review', {
    '5.2.5': { id: '5.2.5', value: '？' },
    '5.3.1': { id: '5.3.1', value: 'Review' },
    '5.1.1.1': { id: '5.1.1.1', value: '　' },
  });
  typed('typed-unknown-applicable', { '5.2.5': { id: '5.2.5', applicable: '部分适用', value: 3 } });
  typed('typed-unknown-word', { '5.1.1.1': { id: '5.1.1.1', value: '基本符合' } });

  // On a threshold only after rounding (one decimal), and just below it.
  for (const target of [69.95, 79.95, 89.95, 94.95, 69.94, 89.94])
    cases.push({ name: `earned-${target}`, scheme: s, input: { responses: withEarned(s, target) } });
  // Two decimals (raw adjustments) and none.
  cases.push({ name: 'raw-89.995', scheme: rawVariant, input: { responses: withEarned(rawVariant, 89.995) } });
  cases.push({
    name: 'raw-bonus-onto-90',
    scheme: rawVariant,
    input: { responses: withEarned(rawVariant, 88), bonuses: [{ description: 'b' }] },
  });
  cases.push({
    name: 'wait-79.5',
    scheme: waitVariant,
    input: { responses: withEarned(waitVariant, 79.5), monthsAtCompliantLevel: 24 },
  });
  cases.push({
    name: 'wait-94.5-too-soon',
    scheme: waitVariant,
    input: { responses: withEarned(waitVariant, 94.5), monthsAtCompliantLevel: 6 },
  });
  // A bonus that lifts 89 onto 90, and a deduction that drops 95 below.
  cases.push({
    name: 'bonus-onto-90',
    scheme: s,
    input: { responses: withEarned(s, 89), bonuses: [{ description: 'b' }] },
  });
  cases.push({
    name: 'deduction-below-95',
    scheme: s,
    input: { responses: withEarned(s, 95), specialDeductions: [{ clause: '4.1' }] },
  });
  return cases;
}

export function agreementCases(randomCount: number, seed0: number): AgreementCase[] {
  const cases: AgreementCase[] = [];
  for (let i = 0; i < randomCount; i++) {
    const scheme = SCHEMES[i % SCHEMES.length]!;
    cases.push({ name: `random-${seed0 + i}`, scheme, input: randomAudit(seed0 + i, scheme) });
  }
  return [...cases, ...edgeAudits()];
}

/** Writes each case as our template without cached values (whatever an engine shows, it computed). */
export async function writeCaseFiles(cases: readonly AgreementCase[], dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const c of cases) {
    const months = c.input.monthsAtCompliantLevel;
    let bytes = await writeTemplate(c.scheme, {
      ...c.input,
      facts: months !== undefined ? { monthsAtCompliantLevel: months } : {},
      cachedResults: false,
      selfCheck: false,
    });
    if (c.typed) bytes = await typeWords(bytes, c.input.responses);
    const f = join(dir, `${c.name}.xlsx`);
    writeFileSync(f, bytes);
    files.push(f);
  }
  return files;
}

/** The answers' words typed into 是否适用 and 得分 as they are, as a user would (text cells). */
async function typeWords(bytes: Uint8Array, responses: readonly IndicatorResponse[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const ws = wb.getWorksheet('评分表')!;
  for (const r of responses) {
    let row = 0;
    ws.eachRow((x, n) => {
      if (x.getCell(1).value === r.id) row = n;
    });
    for (const [col, v] of [
      [COL.applicable, r.applicable],
      [COL.score, r.value],
    ] as const)
      if (typeof v === 'string') {
        ws.getCell(`${col}${row}`).value = v;
        ws.getCell(`${col}${row}`).numFmt = '@';
      }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const num = (v: unknown): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * What the engine computed against score(): final score, level, veto, error count, category sums and
 * each item's computed points. Returns the differences, empty when the engine agrees.
 */
export function differences(c: AgreementCase, summary: Grid, items: Grid): string[] {
  const want = score(c.scheme, c.input);
  const out: string[] = [];
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);
  const row = (label: string) => summary.find((r) => r[0] === t('zh-CN', `workbook.tpl.summary.${label}`));
  const value = (label: string) => row(label)?.[2] ?? null;
  const got = { final: num(value('final')), level: text(value('levelId')), errors: num(value('errors')) };
  if (want.score === null) {
    if (got.final !== null) out.push(`final: engine ${got.final}, score() none`);
    if (!(got.errors! > 0)) out.push(`errors: engine ${got.errors}, score() found invalid input`);
  } else {
    if (!close(got.final, want.score)) out.push(`final: engine ${value('final')}, score() ${want.score}`);
    if (got.level !== want.level) out.push(`level: engine ${got.level}, score() ${want.level}`);
    if (got.errors !== 0) out.push(`errors: engine ${got.errors}, score() 0`);
  }
  const vetoed = text(value('vetoed')) === '是';
  if (vetoed !== want.vetoed) out.push(`vetoed: engine ${vetoed}, score() ${want.vetoed}`);
  want.categories.forEach((w) => {
    const r = summary.find((x) => text(x[0]) === w.id);
    if (!r) return out.push(`category ${w.id} missing`);
    if (!close(num(r[3]), w.applicable)) out.push(`${w.id} applicable: engine ${r[3]}, score() ${w.applicable}`);
    if (!close(num(r[4]), w.applicableScored))
      out.push(`${w.id} scored max: engine ${r[4]}, score() ${w.applicableScored}`);
    if (!close(num(r[5]), w.earned)) out.push(`${w.id} earned: engine ${r[5]}, score() ${w.earned}`);
  });
  // 评分表: column K (计算得分) of the row with the item's id in A.
  want.items.forEach((w) => {
    const r = items.find((x) => text(x[0]) === w.id);
    if (!r) return out.push(`item ${w.id} missing`);
    const invalid = want.issues.some((i) => i.severity === 'error' && i.indicatorId === w.id);
    const engine = num(r[10]);
    if (!close(engine, invalid ? null : w.earned)) out.push(`${w.id} points: engine ${r[10]}, score() ${w.earned}`);
  });
  return out;
}
