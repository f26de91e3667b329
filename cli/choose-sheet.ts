/*
 * Which sheet to score, never decided silently. A crafted package can hold two sheets with the same
 * name, and a workbook can hold two sheets that both read as scoring sheets (a decoy beside the real
 * one): then the run names the competing sheets and scores only the one given with --sheet (by name,
 * or by position "#3" when names repeat), else none. A hidden or very hidden scoring sheet is scored
 * with a warning that names it. Core reads the one sheet chosen here.
 */
import { detectLayout, isNeverScoringSheet, type Layout, type Lang, type SheetGrid } from './core-api';
import { m } from './messages';
import type { RecordIssue } from './record';
import type { SheetState } from './sheet-xml-reader';

export type SheetChoice =
  /**
   * What to give core: the sheets without the losing candidates, the name of the chosen one (if any), and
   * its layout when this choice found it (core then reuses the header instead of searching again).
   */
  | { ok: true; sheets: SheetGrid[]; sheet?: string; layout?: Layout; warnings: RecordIssue[] }
  | { ok: false; issue: RecordIssue };

const label = (lang: Lang, s: SheetGrid, i: number) => m(lang, 'sheet.label', { name: s.name, position: i + 1 });

export function chooseSheet(
  sheets: readonly SheetGrid[],
  states: readonly SheetState[],
  opts: { file: string; lang: Lang; wanted?: string },
): SheetChoice {
  const { file, lang, wanted } = opts;
  const refuse = (code: string, params: Record<string, string>): SheetChoice => ({
    ok: false,
    issue: { code: `sheet.${code}`, severity: 'error', where: file, message: m(lang, `sheet.${code}`, params) },
  });
  const idx = sheets.map((_, i) => i);
  let chosen: number | undefined;
  let found: Map<number, Layout> | undefined;
  if (wanted !== undefined) {
    const position = /^#(\d+)$/.exec(wanted.trim());
    const byName = idx.filter((i) => sheets[i]!.name === wanted);
    if (byName.length === 1) chosen = byName[0];
    else if (byName.length > 1)
      return refuse('same-name', { sheets: byName.map((i) => label(lang, sheets[i]!, i)).join(m(lang, 'list.sep')) });
    else if (position && Number(position[1]) >= 1 && Number(position[1]) <= sheets.length)
      chosen = Number(position[1]) - 1;
    else
      return refuse('not-found', {
        sheet: wanted,
        sheets: sheets.map((s, i) => label(lang, s, i)).join(m(lang, 'list.sep')),
      });
  } else {
    // Detected as core detects (same options), so the chosen sheet's layout can be handed on.
    found = new Map<number, Layout>();
    for (const i of idx) {
      const s = sheets[i]!;
      if (isNeverScoringSheet(s.name)) continue;
      const layout = detectLayout(s.grid, { lang, hiddenRows: s.hiddenRows ?? [] });
      if (layout.ok) found.set(i, layout);
    }
    const reads = [...found.keys()];
    // Two sheets of the same name, one of them a scoring sheet: which one a reader takes is chance.
    const twin = reads.find((i) => idx.some((j) => j !== i && sheets[j]!.name === sheets[i]!.name));
    if (twin !== undefined) {
      const same = idx.filter((j) => sheets[j]!.name === sheets[twin]!.name);
      return refuse('same-name', { sheets: same.map((i) => label(lang, sheets[i]!, i)).join(m(lang, 'list.sep')) });
    }
    if (reads.length > 1)
      return refuse('competing', { sheets: reads.map((i) => label(lang, sheets[i]!, i)).join(m(lang, 'list.sep')) });
    chosen = reads[0];
  }
  if (chosen === undefined) return { ok: true, sheets: [...sheets], warnings: [] };
  const pick = sheets[chosen]!;
  const warnings: RecordIssue[] = [];
  const state = states[chosen] ?? 'visible';
  if (state !== 'visible')
    warnings.push({
      code: `sheet.${state === 'veryHidden' ? 'very-hidden' : 'hidden'}`,
      severity: 'warning',
      where: pick.name,
      message: m(lang, `sheet.${state === 'veryHidden' ? 'very-hidden' : 'hidden'}`, { sheet: pick.name }),
    });
  // Core picks by name: leave it no other sheet of that name, and no other candidate.
  const kept = sheets.filter((s, i) => i === chosen || s.name !== pick.name);
  const layout = found?.get(chosen);
  return { ok: true, sheets: kept, sheet: pick.name, ...(layout ? { layout } : {}), warnings };
}
