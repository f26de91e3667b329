import type { AuditInput, IndicatorResponse, Scheme } from '../core/index';

/** A realistic audit: most items conform, some lose points, a few excluded, occasional special items. */
export function randomAudit(scheme: Scheme, rnd: () => number): AuditInput {
  const responses: IndicatorResponse[] = scheme.items.map((it) => {
    if (rnd() < 0.05) return { id: it.id, applicable: '否' };
    if (it.kind === 'binary') return { id: it.id, value: rnd() < 0.92 ? '符合' : '不符合' };
    if (it.kind === 'sampled') {
      const n = 1 + Math.floor(rnd() * 20);
      return { id: it.id, samples: n, nonconforming: Math.floor(rnd() * rnd() * rnd() * (n + 1)) };
    }
    return { id: it.id, value: rnd() < 0.6 ? it.max : Math.round(it.max * 2 * (0.5 + 0.5 * rnd())) / 2 };
  });
  const deductions = Math.floor(rnd() * rnd() * 6);
  return {
    responses,
    specialDeductions: Array.from({ length: deductions }, () => ({ clause: '4.2' })),
    bonuses: rnd() < 0.2 ? [{ clause: 'bonus' }] : [],
  };
}
