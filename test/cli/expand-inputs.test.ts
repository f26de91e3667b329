import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from '../../cli/expand-inputs';
import { loadWorkbookFile } from '../../cli/load-workbook';

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

  it('lists every workbook-named entry of a folder, not only regular files, so none leaves the run silently', async () => {
    const dir = tree();
    execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]);
    symlinkSync('a.xlsx', join(dir, 'link.xlsx'));
    symlinkSync('nowhere.xlsx', join(dir, 'dangling.xlsx'));
    symlinkSync('sub', join(dir, 'folder-link.xlsx'));
    symlinkSync('sub', join(dir, 'folder-link'));
    const r = await expandInputs(['.'], dir);
    // Natural order; the link to a folder named like a workbook is listed (the reader says it is a folder), the
    // plain link to a folder is not walked.
    expect(r.files).toEqual([
      'a.xlsx',
      'b.XLSX',
      'dangling.xlsx',
      'folder-link.xlsx',
      'link.xlsx',
      'pipe.xlsx',
      join('sub', 'c.xlsm'),
      join('sub', 'deep', 'd.xlsx'),
    ]);
    // Each gets the reader's own reason, and the FIFO is never opened (the call returns).
    const codeOf = async (f: string) => {
      const l = await loadWorkbookFile(join(dir, f));
      return l.ok ? 'read' : l.failure.code;
    };
    expect(await codeOf('pipe.xlsx')).toBe('not-regular');
    expect(await codeOf('dangling.xlsx')).toBe('not-found');
    expect(await codeOf('folder-link.xlsx')).toBe('not-a-file');
    expect(await codeOf('link.xlsx')).toBe('empty');
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
