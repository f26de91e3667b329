/*
 * The applicants the 自查 sheet's recalculation tests fill in: the eligibility fixtures, hand-picked
 * edges, and random applicants aimed at the edges (fixed seed). Shared by the LibreOffice and the
 * Gnumeric tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readAnswersFile, type EligibilityAnswers, type EligibilitySettings } from '../../../core/index';
import { usccCheckChar, USCC_CHARSET } from '../../../core/documents/uscc';

export interface Case {
  name: string;
  lang: 'zh-CN' | 'en';
  asOf: string;
  settings: Partial<EligibilitySettings>;
  answers: EligibilityAnswers;
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/eligibility');
export function fixtureCases(): Case[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.answers.json'))
    .map((f, i) => {
      const r = readAnswersFile(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
      if (!r.ok) throw new Error(r.problem);
      return {
        name: f.replace('.answers.json', ''),
        lang: i % 3 === 2 ? 'en' : 'zh-CN',
        asOf: r.file.asOf!,
        settings: r.file.settings,
        answers: r.file.answers,
      };
    });
}

/** Random applicants aimed at the edges: month ends, exact thresholds, 10% boundaries, bad codes; named random-<seed>-<i>. */
export function randomCases(n: number, seed = 27922): Case[] {
  const valid = fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 8, maxLength: 8 }).chain((tail) =>
    fc
      .tuple(
        fc.constantFrom('9', '1', '5', 'Y'),
        fc.constantFrom('1', '2', '3'),
        fc.integer({ min: 110000, max: 659000 }),
      )
      .map(([a, b, region]) => {
        const first17 = `${a}${b}${region}${tail.join('')}M`.slice(0, 17);
        return first17 + usccCheckChar(first17);
      }),
  );
  const uscc = fc.oneof(
    valid,
    valid.map((c) => c.toLowerCase()),
    valid.map((c) => `${c.slice(0, 6)} ${c.slice(6)}`),
    valid.map((c) => c.slice(0, 17) + (c[17] === '0' ? '1' : '0')),
    valid.map((c) => c.slice(0, 16)),
    fc.constant(''),
  );
  // Spaces only (also full-width, as a Chinese input method types them) are no answer, as questionnaireProgress says.
  const choice = fc.constantFrom('是', '否', '不确定', '', 'yes', 'no', '是', '否', '\u3000', ' ');
  const day = fc
    .tuple(
      fc.integer({ min: 2023, max: 2025 }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom(1, 15, 28, 29, 30, 31),
    )
    .map(([y, m, d]) => {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
    });
  const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 6 });
  const arb = fc.record({
    lang: fc.constantFrom('zh-CN' as const, 'en' as const),
    asOf: fc.constantFrom('2025-02-28', '2025-05-31', '2025-06-30', '2024-02-29', '2025-12-31'),
    settings: fc.record(
      {
        licenceMinMonths: fc.constantFrom(0, 3, 6),
        systemMinMonths: fc.constantFrom(3, 6, 12),
        managerRatioPercent: fc.constantFrom(10, 15),
      },
      { requiredKeys: [] },
    ),
    staff: fc.integer({ min: 0, max: 120 }),
    // Around the threshold: staff × percent / 100 rounded, give or take one.
    delta: fc.integer({ min: -1, max: 1 }),
    answers: fc.record({
      uscc,
      E1: choice,
      E4: choice,
      E5: choice,
      E7: choice,
      E8: choice,
      E9: choice,
      E10: choice,
      E11: choice,
      E12: choice,
      E13: choice,
      E14: choice,
      E15: choice,
      E16: choice,
      outsourcing: choice,
      licenceDate: optional(day),
      systemStartDate: optional(day),
    }),
  });
  return fc.sample(arb, { seed, numRuns: n }).map((x, i) => {
    const managers = Math.max(0, Math.round((x.staff * (x.settings.managerRatioPercent ?? 10)) / 100) + x.delta);
    return {
      name: `random-${seed}-${i}`,
      lang: x.lang,
      asOf: x.asOf,
      settings: x.settings,
      answers: {
        ...x.answers,
        certifiedManagers: managers,
        serviceManagementStaff: i % 7 === 0 ? undefined : x.staff,
      } as EligibilityAnswers,
    };
  });
}

/** Hand-picked edges: exact thresholds, month ends, contradictions. */
export function edgeCases(): Case[] {
  const ok: EligibilityAnswers = {
    uscc: '91350100M000100Y43',
    E1: '是',
    licenceDate: '2020-01-01',
    systemStartDate: '2024-01-01',
    E4: '是',
    E5: '是',
    certifiedManagers: 10,
    serviceManagementStaff: 100,
    E7: '是',
    E8: '是',
    E9: '是',
    E10: '是',
    E11: '是',
    E12: '是',
    E13: '是',
    E14: '是',
    outsourcing: '否',
    E16: '是',
  };
  const edge = (
    name: string,
    changes: EligibilityAnswers,
    asOf = '2025-02-28',
    settings: Partial<EligibilitySettings> = {},
  ): Case => ({ name: `edge-${name}`, lang: 'zh-CN', asOf, settings, answers: { ...ok, ...changes } });
  return [
    edge('exactly-10-percent', {}),
    edge('one-short-of-10-percent', { certifiedManagers: 9 }),
    edge('one-of-15', { certifiedManagers: 1, serviceManagementStaff: 15 }),
    edge('no-staff', { certifiedManagers: 0, serviceManagementStaff: 0 }),
    edge('more-managers-than-staff', { certifiedManagers: 5, serviceManagementStaff: 4 }),
    edge('month-end-exactly-3-months', { licenceDate: '2024-11-30' }),
    edge('month-end-one-day-short', { licenceDate: '2024-11-30' }, '2025-02-27'),
    edge('leap-day', { systemStartDate: '2023-11-30' }, '2024-02-29'),
    edge('start-after-check-date', { systemStartDate: '2025-03-01' }),
    edge('contracted-and-controlled', { outsourcing: '是', E15: '是' }),
    edge('contracted-not-controlled', { outsourcing: '是', E15: '否' }),
    edge('outsourcing-unknown', { outsourcing: '不确定', E15: '否' }),
    edge('licence-no-but-code-fine', { E1: '否' }),
    edge('code-with-spaces', { uscc: '9135 0100 M000 100Y43' }),
    edge('code-in-full-width', { uscc: '９１３５０１００Ｍ０００１００Ｙ４３' }),
    edge('zero-wait', { licenceDate: '2025-02-28' }, '2025-02-28', { licenceMinMonths: 0 }),
  ];
}
