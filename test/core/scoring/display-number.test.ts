import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatPoints,
  formatScore,
  SHOWN_FORMAT,
  shownPercent,
  shownPoints,
  shownScore,
} from '../../../core/scoring/display-number';

describe('the rounding policy for shown numbers', () => {
  it('shows a score with exactly the scheme decimals, half up, binary noise ignored', () => {
    expect(formatScore(86.3, 1)).toBe('86.3');
    expect(formatScore(90, 1)).toBe('90.0');
    expect(formatScore(90, 0)).toBe('90');
    expect(formatScore(89.5, 0)).toBe('90');
    // 89.95 is 89.9499999… in binary: a spreadsheet's ROUND gives 90.0, so must we.
    expect(formatScore(89.95, 1)).toBe('90.0');
    expect(formatScore(89.995, 2)).toBe('90.00');
    expect(shownScore(22.633333333333333, 1)).toBe(22.6);
    expect(formatScore(null, 1)).toBe('');
  });

  it('shows points with one or two decimals, as the format 0.0# does', () => {
    expect(formatPoints(22.633333333333333)).toBe('22.63');
    expect(formatPoints(4.666666666666667)).toBe('4.67');
    expect(formatPoints(2.4)).toBe('2.4');
    expect(formatPoints(3)).toBe('3.0');
    expect(formatPoints(2.5)).toBe('2.5');
    expect(formatPoints(23.200000000000003)).toBe('23.2');
    expect(formatPoints(4.665)).toBe('4.67'); // 4.66499999… in binary
    expect(shownPoints(0.005)).toBe(0.01);
    expect(SHOWN_FORMAT.points).toBe('0.0#');
  });

  it('shows a percentage whole, from the two sums (no double rounding)', () => {
    // 98.45 % would be 98.5 after rounding to one decimal, then 99; from the sums it is 98.
    expect(formatPercent(19.69, 20)).toBe('98%');
    expect(formatPercent(27.4, 40)).toBe('69%'); // 68.5 → 69
    expect(shownPercent(1, 3)).toBe(33);
    expect(formatPercent(0, 0)).toBe('');
    expect(shownPercent(5, 0)).toBeNull();
  });

  it('gives the spreadsheet format of a score', () => {
    expect(SHOWN_FORMAT.score(0)).toBe('0');
    expect(SHOWN_FORMAT.score(1)).toBe('0.0');
    expect(SHOWN_FORMAT.score(2)).toBe('0.00');
  });
});
