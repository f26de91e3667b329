import { describe, expect, it } from 'vitest';
import { DEFAULT_ELIGIBILITY_SETTINGS, ELIGIBILITY_CONDITIONS, type ConditionCheck } from '../../../core/index';

/** The inputs a check reads, by kind. */
function inputsOf(k: ConditionCheck): string[] {
  switch (k.kind) {
    case 'answer':
      return [k.input];
    case 'credit-code':
      return [k.code, k.answer];
    case 'elapsed-months':
      return [k.date];
    case 'ratio':
      return [k.part, k.whole];
    case 'conditional':
      return [k.when, ...inputsOf(k.then)];
  }
}

describe('each eligibility condition names its check and inputs in data', () => {
  it.each(ELIGIBILITY_CONDITIONS.map((c) => [c.id, c] as const))('%s reads only questions it asks', (_id, c) => {
    const asked = c.inputs.map((i) => i.key);
    for (const key of inputsOf(c.check)) expect(asked).toContain(key);
  });

  it('the thresholds a check uses are settings the applicant can change', () => {
    for (const c of ELIGIBILITY_CONDITIONS) {
      const setting =
        c.check.kind === 'elapsed-months' ? c.check.months : c.check.kind === 'ratio' ? c.check.atLeastPercent : null;
      if (setting === null) continue;
      expect(DEFAULT_ELIGIBILITY_SETTINGS).toHaveProperty(setting);
      expect(c.setting).toBe(setting);
    }
  });

  it('the checks the conditions use: answers, one credit code, two elapsed times, one ratio, one conditional', () => {
    const kinds = ELIGIBILITY_CONDITIONS.map((c) => c.check.kind);
    expect(kinds.filter((k) => k === 'elapsed-months')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'answer')).toHaveLength(11);
    expect(new Set(kinds)).toEqual(new Set(['answer', 'credit-code', 'elapsed-months', 'ratio', 'conditional']));
  });
});
