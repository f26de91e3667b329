import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RefusedOverwrite, writeFileAtomic } from '../../cli/atomic-write';

describe('writeFileAtomic', () => {
  it('writes through a temp file and leaves no temp file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt-aw-'));
    await writeFileAtomic(join(dir, 'sub', 'a.xlsx'), 'hello');
    expect(readFileSync(join(dir, 'sub', 'a.xlsx'), 'utf8')).toBe('hello');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.xlsx']);
  });

  it('refuses to replace an existing file without force, and leaves it untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt-aw-'));
    const f = join(dir, 'a.xlsx');
    writeFileSync(f, 'original');
    await expect(writeFileAtomic(f, 'new')).rejects.toBeInstanceOf(RefusedOverwrite);
    expect(readFileSync(f, 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('replaces with force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt-aw-'));
    const f = join(dir, 'a.xlsx');
    writeFileSync(f, 'original');
    await writeFileAtomic(f, 'new', { force: true });
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });
});
