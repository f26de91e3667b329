import { describe, expect, it } from 'vitest';
import { checkUscc, isValidUscc, usccCheckChar } from '../../../core/documents/index';

// Independent check-character computation for the tests (a lookup table written out by hand,
// not the production charset string), so a bug in core's table cannot pass itself.
const VALUE: Record<string, number> = {
  0: 0,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
  8: 8,
  9: 9,
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  P: 23,
  Q: 24,
  R: 25,
  T: 26,
  U: 27,
  W: 28,
  X: 29,
  Y: 30,
};
const BY_VALUE = Object.fromEntries(Object.entries(VALUE).map(([k, v]) => [v, k]));
function independentCheck(first17: string): string {
  // Weights are 3^i mod 31 (GB 32100-2015).
  let w = 1;
  let sum = 0;
  for (const ch of first17) {
    sum += VALUE[ch]! * w;
    w = (w * 3) % 31;
  }
  return BY_VALUE[(31 - (sum % 31)) % 31]!;
}

// Codes published on the named organisations' business licences / the national credit system.
const PUBLISHED = [
  '91110108551385082Q', // 小米科技有限责任公司
  '914403001922038216', // 华为技术有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '9144030071526726XG', // 腾讯科技（深圳）有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
];

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each(PUBLISHED)('a published code %s is valid', (code) => {
    expect(checkUscc(code)).toEqual({ valid: true, uscc: code, normalised: false });
    expect(isValidUscc(code)).toBe(true);
    expect(independentCheck(code.slice(0, 17))).toBe(code[17]);
  });

  it('core and the independent implementation agree on every check character', () => {
    const chars = Object.keys(VALUE).join('');
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let body = '9';
      for (let i = 1; i < 17; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        body += i >= 2 && i < 8 ? String(seed % 10) : chars[seed % chars.length];
      }
      expect(usccCheckChar(body)).toBe(independentCheck(body));
      expect(isValidUscc(body + independentCheck(body))).toBe(true);
    }
  });

  it('a wrong check character names position 18 and the character it should be', () => {
    const r = checkUscc('911100001000000000');
    expect(r).toMatchObject({
      valid: false,
      code: 'check',
      position: 18,
      found: '0',
      expected: independentCheck('91110000100000000'),
    });
    expect(r.valid === false && r.message).toContain('第 18 位应为“R”');
  });

  it('a typo in the body is caught by the check character', () => {
    // 小米 with two digits swapped
    expect(checkUscc('91110108553185082Q')).toMatchObject({ valid: false, code: 'check', position: 18 });
    expect(isValidUscc('91110108553185082Q')).toBe(false);
  });

  it('a letter the standard excludes (I O Z S V) is reported at its position', () => {
    for (const [bad, pos] of [
      ['9111010855138508IQ', 17],
      ['91110108O51385082Q', 9],
      ['S1110108551385082Q', 1],
    ] as const) {
      expect(checkUscc(bad)).toMatchObject({ valid: false, code: 'charset', position: pos, found: bad[pos - 1] });
    }
    expect(checkUscc('9111010855138508IQ', 'en')).toMatchObject({ message: expect.stringContaining('Character 17') });
  });

  it('wrong length says how many characters were given', () => {
    expect(checkUscc('91110108551385082')).toMatchObject({ valid: false, code: 'length', length: 17 });
    expect(checkUscc('91110108551385082QQ')).toMatchObject({ valid: false, code: 'length', length: 19 });
    expect(checkUscc('')).toMatchObject({ valid: false, code: 'empty' });
  });

  it('an old 15-digit registration number is not a unified code', () => {
    expect(checkUscc('110108012345678')).toMatchObject({ valid: false, code: 'length', length: 15 });
  });

  it('position 1 must be a registration department; positions 3–8 must be digits', () => {
    const dept = 'X1' + '110108551385082';
    expect(checkUscc(dept + independentCheck(dept))).toMatchObject({
      valid: false,
      code: 'registration-dept',
      position: 1,
      found: 'X',
    });
    const region = '911A0108551385082';
    expect(checkUscc(region + independentCheck(region))).toMatchObject({
      valid: false,
      code: 'region',
      position: 4,
      found: 'A',
    });
  });

  it('lower case, spaces and full-width characters are read, but reported as normalised', () => {
    expect(checkUscc(' 91110108551385082q ')).toEqual({ valid: true, uscc: '91110108551385082Q', normalised: true });
    expect(checkUscc('９１１１０１０８５５１３８５０８２Ｑ')).toEqual({
      valid: true,
      uscc: '91110108551385082Q',
      normalised: true,
    });
    expect(checkUscc('9111 0108 5513 8508 2Q')).toMatchObject({ valid: true, normalised: true });
  });
});
