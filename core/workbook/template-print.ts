/*
 * Print arithmetic for the template's sheets: A4 with fixed margins, a scale chosen so the printed
 * columns fill one page width, and row heights that show wrapped text in full. Spreadsheet programs do
 * not refit the height of a row whose height is set, and Excel does not autofit wrapped rows on open,
 * so the writer sets heights from the text itself.
 */

import type { Worksheet } from 'exceljs';
import { t, type Lang } from '../i18n/index';
import { isWideChar } from './char-width';

/** A4 in points (1/72 in), and the margins (inches, as the file stores them) every sheet uses. */
export const A4 = {
  paperSize: 9,
  widthPt: 595.28,
  heightPt: 841.89,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

/** One unit of column width in points: the width of "0" in Calibri 11 plus padding. Excel lays out 5.25 pt,
 * LibreOffice (with Carlito, Calibri's metric twin) 5.55 pt; the larger keeps both on one page width. */
const PT_PER_WIDTH_UNIT = 5.55;
/** Programs lay columns out a little differently (LibreOffice's digit width differs from Excel's). */
const SAFETY = 1.02;
/** The scale never goes below this (11 pt × 0.75 ≈ 8.3 pt); wider sheets get more pages instead. */
export const MIN_SCALE = 75;

/**
 * A column width as written: exceljs leaves out a column of width 9 (its own default), and a program
 * then uses its default (8.43), so 9 is written as 9.01.
 */
export const columnWidth = (w: number) => (w === 9 ? 9.01 : w);

/** Printed width of columns, in points at 100 %. */
export function columnsPt(widths: readonly number[]): number {
  return widths.reduce((a, w) => a + w * PT_PER_WIDTH_UNIT, 0);
}

/** The largest whole-percent scale (≤ 100) at which the columns fit one page width. */
export function fitScale(widths: readonly number[], orientation: 'portrait' | 'landscape'): number {
  const paper = orientation === 'landscape' ? A4.heightPt : A4.widthPt;
  const room = paper - (A4.margins.left + A4.margins.right) * 72;
  const fit = Math.floor((100 * room) / (columnsPt(widths) * SAFETY));
  return Math.max(MIN_SCALE, Math.min(100, fit));
}

/** The template's text font: Calibri 11 (Carlito, its metric twin, where Calibri is missing). */
export const BODY_FONT = { name: 'Calibri', size: 11 } as const;

// Calibri's advance widths (em) of lower-case letters; "0" is 0.507 em, one unit of column width.
const LOWER_EM = [
  0.479, 0.525, 0.423, 0.525, 0.498, 0.305, 0.471, 0.525, 0.229, 0.239, 0.455, 0.229, 0.799, 0.525, 0.527, 0.525, 0.525,
  0.349, 0.391, 0.335, 0.525, 0.452, 0.715, 0.433, 0.453, 0.395,
];
const DIGIT_EM = 0.507;

/**
 * Width of text in column-width units ("0" = 1): CJK and full-width characters 2, Latin letters by
 * Calibri's widths (capitals about 0.6 em), spaces and punctuation about 0.3 em.
 */
export function textUnits(s: string): number {
  let em = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isWideChar(c)) em += 2 * DIGIT_EM;
    else if (c >= 0x61 && c <= 0x7a) em += LOWER_EM[c - 0x61]!;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) em += c <= 0x39 ? DIGIT_EM : 0.6;
    else em += 0.3;
  }
  return em / DIGIT_EM;
}

/** Lines a text takes in a wrapped cell `width` units wide: greedy wrapping, Latin words whole, CJK anywhere. */
export function linesFor(text: string, width: number, fontSize = 11): number {
  const room = Math.max(1, (width - 0.6) * (11 / fontSize));
  let lines = 0;
  for (const para of text.split('\n')) {
    // Tokens: a Latin word with the spaces after it, or one wide character.
    const tokens =
      para.match(
        /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/g,
      ) ?? [];
    let n = 1,
      used = 0;
    for (const tok of tokens) {
      const w = textUnits(tok.trimEnd());
      if (used > 0 && used + w > room) {
        n++;
        used = 0;
      }
      if (w > room) {
        // A word longer than the cell breaks across lines.
        const extra = Math.ceil(w / room) - 1;
        n += extra;
        used = w - extra * room;
      } else used += textUnits(tok);
    }
    lines += n;
  }
  return lines;
}

/** Row height in points that shows every cell's wrapped text, and at least `minPt`. */
export function rowHeightFor(cells: readonly { text: string; width: number; fontSize?: number }[], minPt = 0): number {
  let pt = minPt;
  for (const c of cells) {
    if (!c.text) continue;
    const size = c.fontSize ?? BODY_FONT.size;
    // A line of Calibri takes about 1.25 em; CJK fonts (Noto Sans CJK, DengXian, SimSun) about 1.45 em.
    const em = [...c.text].some((ch) => isWideChar(ch.codePointAt(0)!)) ? 1.45 : 1.25;
    pt = Math.max(pt, linesFor(c.text, c.width, size) * size * em + 4);
  }
  return Math.ceil(pt);
}

/**
 * A4 page setup with an explicit scale, computed from the printed columns' widths so they fill one
 * page width: the scale is in the file (a reader of pageSetup knows the printed text size) and every
 * program prints the same. Footer: sheet name and page n of N, so loose pages can be put back in order.
 */
export function printOnA4(
  ws: Worksheet,
  lang: Lang,
  o: { titleRows?: string; landscape: boolean; widths: readonly number[]; area?: string },
): void {
  const orientation = o.landscape ? 'landscape' : 'portrait';
  ws.pageSetup = {
    paperSize: A4.paperSize,
    orientation,
    fitToPage: false,
    scale: fitScale(o.widths, orientation),
    ...(o.titleRows ? { printTitlesRow: o.titleRows } : {}),
    ...(o.area ? { printArea: o.area } : {}),
    horizontalCentered: true,
    margins: { ...A4.margins },
  };
  ws.headerFooter = { oddFooter: t(lang, 'workbook.tpl.print.footer') };
}
