/*
 * The words people type into a scoring sheet, a self-check sheet or an answers file, as data. Every
 * reader of such words (core/scoring/read-value.ts, core/workbook, core/eligibility/read-input.ts)
 * takes its lists from here, so 是 / 符合 / 不适用 mean the same everywhere.
 *
 * Add a wording here (with a case in test/core/vocabulary), never as a branch in a reader. Entries are
 * compared after wordKey() (half-width, trimmed, lower case), so write them in that form.
 */

/** A plain "yes" (是 / √). Each reader adds the words that only make sense in its own place. */
export const YES_WORDS: readonly string[] = ['是', 'y', 'yes', 'true', '√', '✓'];
/** A plain "no" (否 / ×). */
export const NO_WORDS: readonly string[] = ['否', 'n', 'no', 'false', '×', '✗'];

/** Extra "yes" of a self-check answer: 有 (we have one), 对, 满足 (the condition is met). */
export const ANSWER_YES_EXTRA: readonly string[] = ['有', '对', '满足'];
/** Extra "no" of a self-check answer. */
export const ANSWER_NO_EXTRA: readonly string[] = ['无', '没有', '不满足'];
/** "Not sure" of a self-check answer: counts as not met, never guessed. */
export const NOT_SURE_WORDS: readonly string[] = [
  'not-sure',
  'not sure',
  'notsure',
  'unsure',
  '不确定',
  '不清楚',
  '不知道',
  '?',
];

/** A yes/no indicator met (符合); a plain "yes" means the same in a score cell. */
export const CONFORM_WORDS: readonly string[] = ['符合', 'conform', 'conforms', 'c', 'pass'];
/** A yes/no indicator not met (不符合); a plain "no" means the same in a score cell. */
export const NONCONFORM_WORDS: readonly string[] = ['不符合', 'nonconform', 'non-conform', 'nc', 'fail'];

/** An applicability cell saying the item applies (beside the plain "yes" words and 1). */
export const APPLIES_WORDS: readonly string[] = ['适用', '涉及', 'applicable'];

/**
 * Marks that take an item out of the audit (删减 / not applicable), written in an applicability cell or,
 * on certification bodies' sheets, in the score or deduction cell itself. Dashes and slashes in every
 * width: "-", "－" (full-width, becomes "-"), "—" (em dash), "–" (en dash), "——", "/", "／", "\".
 */
export const EXCLUDED_MARKS: readonly string[] = [
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  '–',
  '不适用',
  '删减',
  '不涉及',
  '无此项',
  '不考核',
  '不评价',
  '不适用项',
  '已删减',
  'n/a',
  'na',
  'n.a.',
  'not applicable',
  'excluded',
];

/** "Still to be checked": the item stays open (待复核), never counted as a value. */
export const REVIEW_WORDS: readonly string[] = ['待复核', '待定', 'review', '?'];

/** A special deduction's rectification cell (整改情况): done, beside the plain "yes" words. */
export const RECTIFIED_WORDS: readonly string[] = ['已整改', '完成', '已完成', 'rectified', 'done'];
/** …or still open, beside the plain "no" words. */
export const OPEN_WORDS: readonly string[] = ['未整改', '整改中', '未完成', 'open', 'in progress'];
