import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeyLists } from '../../../core/documents/label-keys';
import { USCC_LABELS, PHONE_LABELS, NOT_PHONE_LABELS } from '../../../core/documents/field-synonyms';
import { normaliseLabel } from '../../../core/documents/normalise-label';

// What the compiled lists must answer: list i's bit is set when the label contains one of its keys.
const naive = (lists: string[][], label: string) =>
  lists.reduce((m, keys, i) => (keys.some((k) => label.includes(k)) ? m | (1 << i) : m), 0);

describe('compileKeyLists', () => {
  it('answers each list by one bit, on real synonym lists', () => {
    const lists = [USCC_LABELS, PHONE_LABELS, NOT_PHONE_LABELS].map((l) => l.map(normaliseLabel));
    const match = compileKeyLists(lists);
    expect(match(normaliseLabel('统一社会信用代码（必填）'))).toBe(1);
    expect(match(normaliseLabel('联系电话/传真'))).toBe(2 | 4);
    expect(match(normaliseLabel('联系人'))).toBe(0);
    expect(match(normaliseLabel('联系人'))).toBe(0); // cached answer
  });

  it('an empty key is in every label, as String.includes says', () => {
    expect(compileKeyLists([['x'], ['']])('abc')).toBe(2);
  });

  it('agrees with String.includes on any labels and keys (surrogate pairs included)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '营', '业', '照', '😀', '.'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(text, { maxLength: 10 }),
        (lists, labels) => {
          const match = compileKeyLists(lists);
          for (const l of labels) expect(match(l)).toBe(naive(lists, l));
        },
      ),
    );
  });
});
