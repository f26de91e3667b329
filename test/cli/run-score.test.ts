import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../cli/core-api';
import { writeTemplate } from '../../cli/core-writers';
import { answersFor, fillWorkbook } from './support/fill-workbook';

const files: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gbt27922-run-score-'));
  const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
  for (let i = 0; i < 6; i++) {
    const f = join(dir, `audit-${i}.xlsx`);
    writeFileSync(f, await fillWorkbook(template, answersFor(gbt27922_2011, i + 11)));
    files.push(f);
  }
}, 60_000);

describe('scoreMany', () => {
  // (An in-process scoreMany on the real score-worker.mjs inside vitest hangs: see the note in
  // cli/worker-pool.ts. The CLI's own paths are the child processes of cli.test.ts and this one.)
  it('runs on worker threads from a script started by the tsx CLI (which registers its own loader) to the end', () => {
    const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    const r = spawnSync(tsx, [join(import.meta.dirname, 'support/drive-score-many.ts'), ...files], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.error).toBeUndefined();
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('done');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l).file)).toEqual(files);
  }, 40_000);
});
