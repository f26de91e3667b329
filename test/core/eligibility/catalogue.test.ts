import { describe, expect, it } from 'vitest';
import {
  CONDITION_IDS,
  DOCUMENT_CATALOGUE,
  ELIGIBILITY_CONDITIONS,
  ELIGIBILITY_THRESHOLD_OPTIONS,
  DEFAULT_ELIGIBILITY_SETTINGS,
  gbt27922_2011,
} from '../../../core/index';
import { ELIGIBILITY_INPUTS } from '../../../core/eligibility/catalogue';

describe('the eligibility catalogue (申请条件 E1–E16)', () => {
  it('lists E1–E16 once each, in order', () => {
    expect(ELIGIBILITY_CONDITIONS.map((c) => c.id)).toEqual([...CONDITION_IDS]);
  });

  it('every condition has Chinese and English text for its title, help, todo and questions', () => {
    for (const c of ELIGIBILITY_CONDITIONS) {
      for (const text of [c.title, c.help, c.todo, ...c.inputs.map((i) => i.label)]) {
        expect(text.zh.length, c.id).toBeGreaterThan(0);
        expect(text.en.length, c.id).toBeGreaterThan(0);
        expect(/[\u4e00-\u9fff]/.test(text.zh), `${c.id} zh is Chinese`).toBe(true);
      }
    }
  });

  it('every question key is unique', () => {
    const keys = ELIGIBILITY_INPUTS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every condition is evidenced by documents of the D1–D27 catalogue', () => {
    const ids = new Set(DOCUMENT_CATALOGUE.map((d) => d.id));
    for (const c of ELIGIBILITY_CONDITIONS)
      for (const d of c.documents) expect(ids.has(d as never), `${c.id} → ${d}`).toBe(true);
  });

  it('every indicator it prepares for exists in the bundled scheme', () => {
    for (const c of ELIGIBILITY_CONDITIONS)
      for (const i of c.indicators) expect(gbt27922_2011.byId.has(i), `${c.id} → ${i}`).toBe(true);
  });

  it('maps the conditions the standard names to their clauses', () => {
    const ind = (id: string) => ELIGIBILITY_CONDITIONS.find((c) => c.id === id)!.indicators;
    expect(ind('E5')).toContain('5.1.1.1');
    expect(ind('E6')).toContain('5.1.2.2');
    expect(ind('E8')).toContain('5.1.4.1');
    expect(ind('E9')).toContain('5.3.1');
    expect(ind('E12')).toContain('5.3.2');
  });

  it('every condition is traced to a source: a seed section or a URL', () => {
    for (const c of ELIGIBILITY_CONDITIONS) {
      expect(c.source.refs.length, c.id).toBeGreaterThan(0);
      for (const r of c.source.refs) expect(Boolean(r.seed || r.url), c.id).toBe(true);
    }
  });

  it('every threshold setting has its sources, and the default is the first of them', () => {
    for (const [key, options] of Object.entries(ELIGIBILITY_THRESHOLD_OPTIONS)) {
      expect(options.length).toBeGreaterThan(0);
      // Sourced values carry their URL; the one "no minimum" option is ours and says so.
      for (const o of options)
        expect(o.source === 'proposed' ? o.value : o.url).toEqual(
          o.source === 'proposed' ? 0 : expect.stringMatching(/^https?:\/\//),
        );
      expect(DEFAULT_ELIGIBILITY_SETTINGS[key as keyof typeof DEFAULT_ELIGIBILITY_SETTINGS]).toBe(options[0]!.value);
    }
    expect(ELIGIBILITY_THRESHOLD_OPTIONS.systemMinMonths.map((o) => o.value)).toEqual([3, 6, 12, 0]);
  });
});
