/*
 * One vocabulary for core: which typed words mean yes, no, not sure, conform, nonconform, applies,
 * excluded or "to review". Readers ask here and decide what a word means in their own place.
 */
import { wordKey } from './normalise';
import {
  ANSWER_NO_EXTRA,
  ANSWER_YES_EXTRA,
  APPLIES_WORDS,
  CONFORM_WORDS,
  EXCLUDED_MARKS,
  NO_WORDS,
  NONCONFORM_WORDS,
  NOT_SURE_WORDS,
  OPEN_WORDS,
  RECTIFIED_WORDS,
  REVIEW_WORDS,
  YES_WORDS,
} from './words';

export { isBlank, toHalfWidth, wordKey } from './normalise';
export * from './words';

/** A set of words compared by wordKey(). */
export class WordSet {
  private readonly set: ReadonlySet<string>;
  constructor(...lists: readonly (readonly string[])[]) {
    this.set = new Set(lists.flat().map(wordKey));
  }
  /** True for a string whose wordKey is in the set; false for anything else. */
  has(v: unknown): boolean {
    return typeof v === 'string' && this.set.has(wordKey(v));
  }
}

/** A self-check answer: yes / no / not sure (is what was asked there?). */
export const ANSWER_YES = new WordSet(YES_WORDS, ANSWER_YES_EXTRA);
export const ANSWER_NO = new WordSet(NO_WORDS, ANSWER_NO_EXTRA);
export const ANSWER_NOT_SURE = new WordSet(NOT_SURE_WORDS);

/** A yes/no indicator's answer: 符合 / 不符合, or a plain yes / no. */
export const CONFORM = new WordSet(CONFORM_WORDS, YES_WORDS);
export const NONCONFORM = new WordSet(NONCONFORM_WORDS, NO_WORDS);

/** An applicability cell: applies (是 / 适用 / 1) or not (否 / 删减 / 不适用 / 0 / "/"). */
export const APPLIES = new WordSet(YES_WORDS, APPLIES_WORDS, ['1']);
export const DOES_NOT_APPLY = new WordSet(NO_WORDS, EXCLUDED_MARKS, ['0']);

/** A mark that takes an item out of the audit wherever it is written (score cell, deduction cell). */
export const EXCLUDED = new WordSet(EXCLUDED_MARKS);

/** A special deduction rectified (已整改 / 是) or still open (未整改 / 否). */
export const RECTIFIED = new WordSet(YES_WORDS, RECTIFIED_WORDS);
export const STILL_OPEN = new WordSet(NO_WORDS, OPEN_WORDS);

/** "Still to be checked" (待复核 / ?). */
export const REVIEW = new WordSet(REVIEW_WORDS);

/** Which of conform / nonconform a word is, or null. */
export function conformWord(v: unknown): boolean | null {
  return CONFORM.has(v) ? true : NONCONFORM.has(v) ? false : null;
}
