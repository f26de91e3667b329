import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/index';
import { agreementCases, differences, writeCaseFiles } from './agreement-cases';
import { hasSsconvert, parseCsv, recalcWithGnumeric } from './gnumeric';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""",\n"two\nlines",2\n')).toEqual([
      ['a', 'b,c', 'say "hi"', ''],
      ['two\nlines', '2'],
    ]);
  });
});

// A second, independent engine: Gnumeric computes the template's formulas with its own implementation.
describe.skipIf(!hasSsconvert('workbook Gnumeric agreement'))(
  "the template's formulas, recalculated by Gnumeric, agree with score()",
  () => {
    it('on 40 random audits with special items and numbers typed as text, and on the boundary cases', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gbt-gnumeric-agree-'));
      mkdirSync(join(dir, 'out'));
      // Other seeds than the LibreOffice test: together the two tests see 80 random audits.
      const cases = agreementCases(40, 5000);
      const files = await writeCaseFiles(cases, dir);
      const grids = await recalcWithGnumeric(files, join(dir, 'out'), ['汇总', '评分表']);
      const disagreements: string[] = [];
      let agreed = 0;
      cases.forEach((c, i) => {
        const g = grids.get(files[i]!)!;
        const diff = differences(c, g['汇总']!, g['评分表']!);
        if (diff.length) disagreements.push(`${c.name} (${c.scheme.id}): ${diff.join('; ')}`);
        else agreed++;
      });
      expect(disagreements).toEqual([]);
      console.log(`Gnumeric agrees with score() on ${agreed} of ${cases.length} audits`);
      const results = cases.map((c) => score(c.scheme, c.input));
      expect(results.filter((r) => r.vetoed).length).toBeGreaterThan(0);
      expect(results.filter((r) => r.score === null).length).toBeGreaterThan(0);
      expect(new Set(results.map((r) => r.level)).size).toBeGreaterThanOrEqual(4);
      expect(results.filter((r) => r.specialDeductions > 0 && r.bonusOffered > 0).length).toBeGreaterThan(0);
    }, 120_000);
  },
);
