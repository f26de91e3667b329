// Shared by the LibreOffice tests: one soffice run converts many files (each start costs seconds).
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { SOFFICE_PATH } from '../../support/external-programs';

export { hasSoffice } from '../../support/external-programs';
const SOFFICE = SOFFICE_PATH;

/** A fresh profile that recalculates every formula on load (OOXMLRecalcMode / ODFRecalcMode 0 = always). */
export function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Convert files with LibreOffice headless into outDir as .xlsx (LibreOffice writes them, with its own calculated values). */
export function convertToXlsx(files: string[], outDir: string, profile = freshProfile()): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
}

/**
 * Recalculate files with LibreOffice headless and write every sheet as UTF-8 CSV, raw values (not as
 * shown), into outDir as `<file>-<sheet>.csv`. Cheaper than writing .xlsx and parsing it again.
 */
export async function convertToCsvSheets(files: string[], outDir: string, profile = freshProfile()): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await promisify(execFile)(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      // Separator , quote " UTF-8, from row 1, …, token 9 false = full precision, token 12 -1 = every sheet.
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 180_000 },
  );
}
