import type { AuditResult } from '../../core/index';

/**
 * "Scored / applicable" items, shown by the pane's progress line and written to the 结果 sheet: one count
 * for both. Scored = applicable with points (core's `unscored` leaves out invalid answers, so it is not used).
 */
export function scoredCount(result: AuditResult): { scored: number; total: number } {
  const applicable = result.items.filter((i) => i.applicable);
  return { scored: applicable.filter((i) => i.earned !== null).length, total: applicable.length };
}
