import { FACT_LABELS } from './header-synonyms';
import { cellText, normaliseHeader } from './normalise';
import type { AuditFacts, Cell, AuditFactKey, Grid } from './types';

const LABELS: { key: AuditFactKey; text: string }[] = (Object.keys(FACT_LABELS) as AuditFactKey[])
  .flatMap((key) =>
    [...FACT_LABELS[key].zh, ...FACT_LABELS[key].en].map((text) => ({ key, text: normaliseHeader(text) })),
  )
  // Longest first, so 审核日期 wins over 日期 and 统一社会信用代码 over 信用代码.
  .sort((a, b) => b.text.length - a.text.length);

function labelOf(s: string): AuditFactKey | null {
  const h = normaliseHeader(s);
  if (!h) return null;
  return LABELS.find((l) => h === l.text)?.key ?? null;
}

/** Office.js gives dates as serial numbers; a plausible serial in a date field becomes YYYY-MM-DD. */
function factValue(key: AuditFactKey, c: Cell): string | number | undefined {
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (key === 'date' && typeof c === 'number' && c > 20000 && c < 80000) {
    return new Date(Math.round((c - 25569) * 86400000)).toISOString().slice(0, 10);
  }
  if (key === 'monthsAtCompliantLevel') {
    const n = typeof c === 'number' ? c : Number(cellText(c));
    return Number.isFinite(n) && cellText(c) !== '' ? n : undefined;
  }
  const s = cellText(c);
  if (!s) return undefined;
  return key === 'uscc' ? s.toUpperCase().replace(/\s+/g, '') : s;
}

/**
 * Label/value pairs: a label cell with its value in the next filled cell to the right (within 3
 * columns), or "label：value" in one cell. The first occurrence of each fact wins.
 */
export function readFacts(
  grid: Grid,
  at: (row: number, col: number) => string,
  rows: { from: number; to: number } = { from: 0, to: grid.length },
): AuditFacts {
  const facts: AuditFacts = {};
  const where: NonNullable<AuditFacts['where']> = {};
  const put = (key: AuditFactKey, v: string | number | undefined, r: number, c: number) => {
    if (v === undefined || facts[key] !== undefined) return;
    (facts as Record<string, unknown>)[key] = v;
    where[key] = at(r, c);
  };
  for (let r = rows.from; r < Math.min(rows.to, grid.length); r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (!text) continue;
      const key = labelOf(text);
      if (key) {
        for (let d = 1; d <= 3; d++) {
          const v = row[c + d];
          if (cellText(v ?? null) === '') continue;
          if (labelOf(cellText(v ?? null))) break;
          put(key, factValue(key, v!), r, c + d);
          break;
        }
        continue;
      }
      const m = /^([^:：]{2,20})[:：]\s*(.+)$/.exec(text);
      if (m) {
        const k = labelOf(m[1]!);
        if (k) put(k, factValue(k, m[2]!), r, c);
      }
    }
  }
  if (Object.keys(where).length) facts.where = where;
  return facts;
}
