import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from '../../cli/expand-inputs';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gbt-in-'));
  for (const f of ['a.xlsx', 'b.XLSX', 'notes.txt', '~$a.xlsx', 'sub/c.xlsm', 'sub/deep/d.xlsx', '.hidden/e.xlsx']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

describe('expandInputs', () => {
  it('a folder means every .xlsx/.xlsm below it, sorted, without Office lock files or hidden folders', async () => {
    const dir = tree();
    const r = await expandInputs(['.'], dir);
    expect(r.files).toEqual(['a.xlsx', 'b.XLSX', join('sub', 'c.xlsm'), join('sub', 'deep', 'd.xlsx')]);
  });

  it('expands quoted globs, including ** and {a,b}', async () => {
    const dir = tree();
    expect((await expandInputs(['*.xlsx'], dir)).files).toEqual(['a.xlsx']);
    expect((await expandInputs(['sub/**/*.xlsx'], dir)).files).toEqual([join('sub', 'deep', 'd.xlsx')]);
    expect((await expandInputs(['**/*.{xlsx,xlsm}'], dir)).files).toEqual([
      'a.xlsx',
      join('sub', 'c.xlsm'),
      join('sub', 'deep', 'd.xlsx'),
    ]);
  });

  it('keeps a missing plain file (reported later as not found), reports a glob that matched nothing, and removes duplicates', async () => {
    const dir = tree();
    const r = await expandInputs(['missing.xlsx', 'none/*.xlsx', 'a.xlsx', 'a.xlsx'], dir);
    expect(r.files).toEqual(['missing.xlsx', 'a.xlsx']);
    expect(r.empty).toEqual(['none/*.xlsx']);
  });

  it('globToRegExp keeps * inside one folder', () => {
    expect(globToRegExp('a/*.xlsx').test('a/b/c.xlsx')).toBe(false);
    expect(globToRegExp('a/**/*.xlsx').test('a/c.xlsx')).toBe(true);
  });
});
