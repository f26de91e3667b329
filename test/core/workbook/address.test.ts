import { describe, expect, it } from 'vitest';
import { addressOf, parseAddress, sheetRef } from '../../../core/workbook/read';

describe('A1 addresses', () => {
  it.each([
    ['A1', 0, 0],
    ['J7', 6, 9],
    ['$B$5', 4, 1],
    ['bc12', 11, 54],
    [' XFD1048576 ', 1048575, 16383],
  ])('%s is row %i, column %i (0-based)', (a1, row, col) => {
    expect(parseAddress(a1)).toEqual({ row, col });
  });

  it.each(['', 'A', '12', 'ABCD1', 'A1B', 'A-1', '评分表!A1'])('"%s" is not a cell address', (a1) => {
    expect(parseAddress(a1)).toBeNull();
  });

  it('round-trips with addressOf', () => {
    for (const [r, c] of [
      [0, 0],
      [6, 9],
      [99, 27],
      [1048575, 16383],
    ] as const)
      expect(parseAddress(addressOf(r, c))).toEqual({ row: r, col: c });
  });
});

describe('sheetRef', () => {
  it.each([
    ['评分表', '评分表!B5'],
    ['Scoring', 'Scoring!B5'],
    ['Sheet_1.v2', 'Sheet_1.v2!B5'],
    ['Évaluation', 'Évaluation!B5'],
    ['評分表', '評分表!B5'],
    ['My Sheet', "'My Sheet'!B5"],
    ['1st', "'1st'!B5"],
    ['评分表（2）', "'评分表（2）'!B5"],
    ["O'Brien", "'O''Brien'!B5"],
    ['.hidden', "'.hidden'!B5"],
  ])('%s → %s (quoted unless letters, digits, _ and . not starting with a digit)', (name, ref) => {
    expect(sheetRef(name, 'B5')).toBe(ref);
    // Asked twice: the remembered answer is the same.
    expect(sheetRef(name, 'B5')).toBe(ref);
  });
});
