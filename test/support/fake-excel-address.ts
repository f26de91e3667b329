/**
 * A1 address helpers for the fake Excel (0-based rows/cols inside). Column letters, A1 parsing and sheet
 * quoting are core's (core/workbook/address.ts, the same code the add-in uses); only the fake's own needs
 * live here: a Region shape and splitting a possibly unqualified range address.
 */
import { addressOf, columnLetters, parseRange, sheetRef } from '../../core/workbook/address';

export interface Region {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const colLetters = columnLetters;
export const cellA1 = addressOf;

export function regionA1(r: Region): string {
  const a = addressOf(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${addressOf(r.r1, r.c1)}`;
}

/** `Sheet!B2:D9` with the sheet name quoted the way Excel does. */
export function qualified(sheet: string, r: Region): string {
  return sheetRef(sheet, regionA1(r));
}

/**
 * Splits `'My sheet'!A1:B2` into sheet name (or undefined) and the local part. Unlike the add-in's
 * splitCellRef it accepts ranges and unqualified addresses (Office.js takes both), so it stays here.
 */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Local A1 (`B2`, `B2:D9`) → region; null when it is not a plain cell or rectangle. */
export function parseLocal(local: string): Region | null {
  if (local.split(':').length > 2) return null;
  const r = parseRange(local);
  return r ? { r0: r.top, c0: r.left, r1: r.bottom, c1: r.right } : null;
}
