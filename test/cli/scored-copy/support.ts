/* Shared by the scored-copy tests: the fixtures, the CLI's reader, and a copy scored as the CLI does it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditFromSheets, gbt27922_2011, score, type SheetGrid } from '../../../core/index';
import { loadWorkbookBytes } from '../../../cli/load-workbook';
import { writeScoredCopy } from '../../../cli/scored-copy/write-scored-copy';

export const FIXTURES = join(__dirname, '../../fixtures/foreign-packages');
export const fixtureNames = readdirSync(FIXTURES).filter((f) => /\.xls[xm]$/.test(f));

export interface Expected {
  changed: string[];
  added: string[];
  sheet: string;
  sheets: string[];
  score: number;
  level: string;
  lost: [string, number][];
}

/** The CLI's own reader (exceljs throws on openpyxl's drawings: the bug this writer replaces). */
export async function gridsOf(bytes: Uint8Array): Promise<SheetGrid[]> {
  const loaded = await loadWorkbookBytes(bytes);
  if (!loaded.ok) throw new Error(`unreadable: ${JSON.stringify(loaded.failure)}`);
  return loaded.sheets;
}

/** Scores a fixture the way the CLI does and writes its copy. */
export async function scoredCopyOf(bytes: Uint8Array, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const audit = auditFromSheets(await gridsOf(bytes), gbt27922_2011, { lang });
  const result = score(audit.scheme, audit.input, { lang });
  const copy = writeScoredCopy(bytes, result, {
    lang,
    facts: audit.facts,
    problems: audit.issues,
    decimals: audit.scheme.rules.rounding.decimals,
    schemeName: audit.scheme.name,
  });
  return { result, copy };
}
