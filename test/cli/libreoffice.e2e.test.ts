/*
 * The newcomer's path, with the real LibreOffice: template from the CLI → filled → saved by
 * LibreOffice (its own xlsx writer, formulas recalculated) → `gbt27922 score --out` → a scored copy
 * that LibreOffice opens again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../cli/core-api';
import { hasSoffice, SOFFICE_PATH } from '../support/external-programs';
import { answersFor, fillWorkbook } from './support/fill-workbook';

const BIN = resolve(__dirname, '../../cli/bin.mjs');

function soffice(dir: string, outDir: string, files: string[], to = 'xlsx'): void {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync(
    SOFFICE_PATH,
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

describe.skipIf(!hasSoffice('CLI LibreOffice round trip'))('gbt27922 with LibreOffice', () => {
  it('scores a workbook saved by LibreOffice and writes a scored copy LibreOffice opens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt-cli-lo-'));
    const node = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8' },
      });

    const made = node(['template', '-o', 'blank.xlsx']);
    expect(made.status, made.stderr).toBe(0);
    const answers = answersFor(gbt27922_2011, 7, { unscored: 1 });
    mkdirSync(join(dir, 'filled'));
    writeFileSync(
      join(dir, 'filled', 'audit.xlsx'),
      await fillWorkbook(readFileSync(join(dir, 'blank.xlsx')), answers),
    );
    soffice(dir, join(dir, 'lo'), [join(dir, 'filled', 'audit.xlsx')]);
    const loFile = join(dir, 'lo', 'audit.xlsx');
    expect(existsSync(loFile)).toBe(true);

    const r = node(['score', loFile, '--json', '--out', 'scored']);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const rec = JSON.parse(r.stdout.trim()) as { score: number; unscored: number; reader: string };
    const expected = score(gbt27922_2011, { responses: Object.entries(answers).map(([id, a]) => ({ id, ...a })) });
    expect(rec.score).toBe(expected.score);
    expect(rec.unscored).toBe(1);

    const copy = join(dir, 'scored', 'audit.scored.xlsx');
    expect(existsSync(copy)).toBe(true);
    soffice(dir, join(dir, 'csv'), [copy], 'csv');
    expect(existsSync(join(dir, 'csv', 'audit.scored.csv'))).toBe(true);
  });
});
