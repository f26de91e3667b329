// Gnumeric's ssconvert for the agreement test: recalculates a workbook and writes each sheet as CSV.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Grid } from '../../../core/workbook/index';
import { SSCONVERT_PATH } from '../../support/external-programs';

export { hasSsconvert } from '../../support/external-programs';
const run = promisify(execFile);

/** RFC 4180 CSV as Gnumeric writes it (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): Grid {
  const rows: Grid = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculate each file with Gnumeric and read the named sheets back as grids (text as Gnumeric shows
 * it; the caller reads numbers). `parallel` ssconvert processes at a time.
 */
export async function recalcWithGnumeric(
  files: readonly string[],
  outDir: string,
  sheets: readonly string[],
  parallel = 2,
): Promise<Map<string, Record<string, Grid>>> {
  const out = new Map<string, Record<string, Grid>>();
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      const stem = basename(f, '.xlsx');
      // -S: one CSV per sheet, %s = the sheet's name.
      await run(SSCONVERT_PATH, ['--recalc', '-S', f, join(outDir, `${stem}.%s.csv`)], { timeout: 60_000 });
      const grids: Record<string, Grid> = {};
      for (const s of sheets) grids[s] = parseCsv(readFileSync(join(outDir, `${stem}.${s}.csv`), 'utf8'));
      out.set(f, grids);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}
