import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../core/index';

describe('core/index.ts, the public surface', () => {
  it('lists its exports by name (no export *)', () => {
    const src = readFileSync(new URL('../../core/index.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/export \*/);
  });

  it('has the names the design contract promises', () => {
    for (const name of [
      'gbt27922_2011',
      'parseScheme',
      'score',
      'detectLayout',
      'readAudit',
      'checkApplication',
      'isValidUscc',
      'checkUscc',
      'checkEligibility',
    ])
      expect(typeof (core as Record<string, unknown>)[name], name).not.toBe('undefined');
    expect(core.isValidUscc('91110108551385082Q')).toBe(true);
    expect(core.checkUscc('91110108551385082Q')).toEqual({
      valid: true,
      uscc: '91110108551385082Q',
      normalised: false,
    });
  });
});
