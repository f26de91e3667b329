/*
 * Example answers for the demo: a plausible mid-sized appliance service company on the bundled
 * default scheme — strong on organisation, weaker on take-back, installation not offered (删减),
 * sampled staff / repair / complaint records with a few nonconformities, one rectified special
 * deduction and one bonus. About 三星. Clearly labelled as example data wherever it is shown.
 */
import type { AuditFacts, IndicatorResponse, Lang, SpecialItem } from './core-api';
import { m } from './messages';

const ANSWERS: Record<string, Omit<IndicatorResponse, 'id'>> = {
  '5.1.1.1': { value: '符合' },
  '5.1.1.2': { value: 2.5 },
  '5.1.2.1': { samples: 10, nonconforming: 1 },
  '5.1.2.2': { value: '符合' },
  '5.1.3.1': { value: '符合' },
  '5.1.3.2': { value: 3 },
  '5.1.3.3': { value: 2.5 },
  '5.1.4.1': { value: 2.5 },
  '5.1.4.2': { value: '符合' },
  '5.1.5.1': { value: '符合' },
  '5.1.5.2': { value: 2 },
  '5.1.6': { value: 3 },
  '5.1.7': { value: 3.5 },
  '5.2.1': { value: 4.5 },
  '5.2.2': { value: 5 },
  '5.2.3': { applicable: false }, // note: demo.exclusion-note
  '5.2.4': { samples: 20, nonconforming: 2 },
  '5.2.5': { value: 6.5 },
  '5.2.6': { value: '不符合' },
  '5.3.1': { value: 10.5 },
  '5.3.2': { samples: 15, nonconforming: 1 },
};

export function demoResponses(itemIds: readonly string[], lang: Lang): IndicatorResponse[] {
  // Only ids the scheme has; a scheme item without an example answer stays unscored (shown as such).
  return itemIds
    .filter((id) => ANSWERS[id])
    .map((id) => ({ id, ...ANSWERS[id], ...(id === '5.2.3' ? { note: m(lang, 'demo.exclusion-note') } : {}) }));
}

export function demoFacts(lang: Lang, date: Date): AuditFacts {
  return {
    organisation: m(lang, 'demo.organisation'),
    // A well-formed example code (GB 32100-2015 check digit correct), not a real company's.
    uscc: '91350100MA2XY8123Y',
    date: date.toISOString().slice(0, 10),
    auditor: m(lang, 'demo.auditor'),
    address: m(lang, 'demo.address'),
  };
}

export function demoSpecials(lang: Lang): { specialDeductions: SpecialItem[]; bonuses: SpecialItem[] } {
  return {
    specialDeductions: [{ clause: '5.1.7', description: m(lang, 'demo.deduction'), rectified: true }],
    bonuses: [{ description: m(lang, 'demo.bonus') }],
  };
}
