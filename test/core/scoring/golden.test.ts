import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScheme, score } from '../../../core/index';

// Hand-computed audits: each *.input.json carries its arithmetic in `_arithmetic`;
// *.expected.json was written by hand from that arithmetic, not by running the engine.
const dir = join(import.meta.dirname, '../../fixtures/scoring');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.input.json'))
  .map((f) => f.replace('.input.json', ''));

describe('golden audits (fixture pairs)', () => {
  it('there are at least ten', () => expect(names.length).toBeGreaterThanOrEqual(10));

  it.each(names)('%s', (name) => {
    const input = JSON.parse(readFileSync(join(dir, `${name}.input.json`), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    const r = score(bundledScheme(input.scheme), input);
    const round = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
    expect({
      score: r.score,
      normalised: r.normalised,
      level: r.level,
      vetoed: r.vetoed,
      earned: round(r.earned),
      applicable: r.applicable,
      unscored: r.unscored,
      specialDeductions: r.specialDeductions,
      bonus: r.bonus,
    }).toEqual({
      score: expected.score,
      normalised: expected.normalised,
      level: expected.level,
      vetoed: expected.vetoed,
      earned: expected.earned,
      applicable: expected.applicable,
      unscored: expected.unscored,
      specialDeductions: expected.specialDeductions,
      bonus: expected.bonus,
    });
    if ('provisional' in expected) expect(r.provisional).toBe(expected.provisional);
    if ('scoreIfRemainingConform' in expected) expect(r.scoreIfRemainingConform).toBe(expected.scoreIfRemainingConform);
    expect(r.categories.map((c) => ({ id: c.id, earned: round(c.earned), applicable: c.applicable }))).toEqual(
      expected.categories,
    );
    if (expected.nextLevel === null) expect(r.nextLevel).toBeNull();
    else {
      const { improvements, ...rest } = expected.nextLevel;
      expect(r.nextLevel).toMatchObject(rest);
      expect(r.nextLevel!.improvements.map((i) => i.id)).toEqual(improvements);
    }
    expect(r.issues.map((i) => i.code)).toEqual(expected.issueCodes);
    if (expected.issueWheres) expect(r.issues.map((i) => i.where)).toEqual(expected.issueWheres);
  });
});
