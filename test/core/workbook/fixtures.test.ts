/*
 * Certification bodies' own scoring sheets, saved by LibreOffice (test/fixtures/workbooks/*.xlsx, drawn by
 * make-fixtures.ts), each beside an expected JSON written by hand from the arithmetic in its `_why`.
 * Only what matters is compared: score, level, earned, applicable, categories, exclusions with their
 * cells, the cells of the issues, and (where listed) single items' points under the sheet's own ids.
 * The last test is the labelled measure: how many fixtures score as a person computes them.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { gridsFromExcelJs, readAudit } from '../../../core/workbook/index';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/workbooks');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => f.replace(/\.xlsx$/, ''))
  .sort();

interface Expected {
  _why: string;
  sheet: string;
  schemeSource: string;
  score: number | null;
  level: string | null;
  vetoed: boolean;
  earned: number;
  applicable: number;
  categories: { id: string; name: string; earned: number; applicable: number }[];
  exclusions: { id: string; where: string }[];
  issues: string[];
  items?: Record<string, number | null>;
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** What the code makes of a fixture, in the expected file's terms. */
async function actualOf(bytes: Buffer, expected: Expected) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const read = readAudit(gridsFromExcelJs(wb), gbt27922_2011);
  const res = score(read.scheme, read);
  const earnedOf = new Map(res.items.map((i) => [i.id, i.earned] as const));
  return {
    _why: expected._why,
    sheet: read.sheet,
    schemeSource: read.schemeSource,
    score: res.score,
    level: res.level,
    vetoed: res.vetoed,
    earned: r6(res.earned),
    applicable: r6(res.applicable),
    categories: res.categories.map((c) => ({
      id: c.id,
      name: c.name.zh,
      earned: r6(c.earned),
      applicable: r6(c.applicable),
    })),
    exclusions: read.exclusions.map((x) => ({ id: x.id, where: x.where })),
    issues: read.issues.map((i) => `${i.code}@${i.where}`).sort(),
    ...(expected.items
      ? {
          items: Object.fromEntries(
            Object.keys(expected.items).map((id) => [id, earnedOf.has(id) ? r6(earnedOf.get(id)!) : 'no such item']),
          ),
        }
      : {}),
  };
}

const outcomes: { name: string; ok: boolean }[] = [];

describe('certification-body sheets saved by LibreOffice score as computed by hand', () => {
  it('there are the four first layouts and at least eight certification-body styles more', () => {
    expect(names).toEqual(
      expect.arrayContaining(['cb-column-order', 'cb-heading-rows', 'cb-merged-categories', 'errors']),
    );
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of names) {
    it(`${name}.xlsx`, async () => {
      const bytes = readFileSync(join(dir, `${name}.xlsx`));
      // Written by LibreOffice, not by exceljs.
      const app = unzipSync(new Uint8Array(bytes))['docProps/app.xml'];
      expect(strFromU8(app!)).toMatch(/LibreOffice/);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      const actual = await actualOf(bytes, expected);
      const want = { ...expected, issues: [...expected.issues].sort() };
      outcomes.push({ name, ok: isDeepStrictEqual(actual, want) });
      expect(actual).toEqual(want);
    });
  }

  afterAll(() => {
    const good = outcomes.filter((o) => o.ok).length;
    const bad = outcomes.filter((o) => !o.ok).map((o) => o.name);
    console.log(
      `workbook fixtures scored as computed by hand: ${good} of ${outcomes.length}${bad.length ? ` (not: ${bad.join(', ')})` : ''}`,
    );
  });
});
