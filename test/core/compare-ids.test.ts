import { describe, expect, it } from 'vitest';
import { compareIds } from '../../core/compare-ids';

describe('compareIds', () => {
  it('orders dotted ids and catalogue ids as people read them (written out by hand)', () => {
    const ids = ['5.1.10', '5.2.1', '5.1.2', '5.1.2.1', 'D10', 'D2', 'E1', '5.10', '5.9', 'D02'];
    // 5.1.2 < 5.1.2.1 (a prefix first) < 5.1.10 < 5.2.1 < 5.9 < 5.10; D02 and D2 are the same number,
    // the code-unit order ("0" before "2") breaks the tie; D10 after both; letters by code unit (D before E).
    expect([...ids].sort(compareIds)).toEqual([
      '5.1.2',
      '5.1.2.1',
      '5.1.10',
      '5.2.1',
      '5.9',
      '5.10',
      'D02',
      'D2',
      'D10',
      'E1',
    ]);
  });

  it('is a total order: antisymmetric, and 0 only for equal strings', () => {
    const ids = ['1', '01', '1.1', '1.01', 'a1', 'A1', '', '10', '9', '1a', '1.a'];
    for (const a of ids)
      for (const b of ids) {
        expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        expect(compareIds(a, b) === 0).toBe(a === b);
      }
  });

  it('agrees with a numeric collator on ids of digits and dots', () => {
    const collator = new Intl.Collator('en', { numeric: true });
    const ids = Array.from({ length: 60 }, (_, i) => `5.${(i % 3) + 1}.${(i * 7) % 13}${i % 4 ? `.${i % 5}` : ''}`);
    const ours = [...new Set(ids)].sort(compareIds);
    expect(ours).toEqual([...new Set(ids)].sort(collator.compare));
  });
});
