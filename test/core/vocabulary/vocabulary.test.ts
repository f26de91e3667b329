import { describe, expect, it } from 'vitest';
import {
  ANSWER_NO,
  ANSWER_NOT_SURE,
  ANSWER_YES,
  APPLIES,
  conformWord,
  DOES_NOT_APPLY,
  EXCLUDED,
  EXCLUDED_MARKS,
  isBlank,
  RECTIFIED,
  REVIEW,
  STILL_OPEN,
  toHalfWidth,
  wordKey,
  WordSet,
} from '../../../core/vocabulary/index';
import * as words from '../../../core/vocabulary/words';

describe('core/vocabulary', () => {
  it('maps full-width ASCII and the ideographic space once, and nothing else', () => {
    expect(toHalfWidth('２.５')).toBe('2.5');
    expect(toHalfWidth('Ｎ／Ａ')).toBe('N/A');
    expect(toHalfWidth('－')).toBe('-');
    expect(toHalfWidth('？')).toBe('?');
    expect(toHalfWidth('\u3000是\u3000')).toBe(' 是 ');
    // Not NFKC: circled digits and unit symbols stay what they are.
    expect(toHalfWidth('①')).toBe('①');
    expect(toHalfWidth('㎡')).toBe('㎡');
    expect(wordKey('  ＮＡ ')).toBe('na');
  });

  it('blank is undefined, null or only spaces (any width); 0, false and dates are not blank', () => {
    for (const v of [undefined, null, '', '   ', '\u3000', '\t\n']) expect(isBlank(v), JSON.stringify(v)).toBe(true);
    for (const v of [0, false, '0', '-', new Date(0)]) expect(isBlank(v), String(v)).toBe(false);
  });

  it('self-check answers: 是/有/满足 yes, 否/无/没有 no, 不确定/？ not sure', () => {
    for (const v of ['是', '有', '满足', '对', 'YES', ' y ', '√', 'ｙｅｓ']) expect(ANSWER_YES.has(v), v).toBe(true);
    for (const v of ['否', '无', '没有', '不满足', 'No', '×']) expect(ANSWER_NO.has(v), v).toBe(true);
    for (const v of ['不确定', '不知道', '？', '?', 'not sure']) expect(ANSWER_NOT_SURE.has(v), v).toBe(true);
    expect(ANSWER_YES.has('也许')).toBe(false);
    expect(ANSWER_YES.has(1)).toBe(false);
  });

  it('conform / nonconform: 符合 and plain yes are conform, 不符合 and plain no are not; 有 is not a score word', () => {
    for (const v of ['符合', 'Conform', 'pass', '是', '√', '✓']) expect(conformWord(v), v).toBe(true);
    for (const v of ['不符合', 'NC', 'fail', '否', '×', '✗']) expect(conformWord(v), v).toBe(false);
    for (const v of ['有', '满足', '良好', 3, null]) expect(conformWord(v), String(v)).toBeNull();
  });

  it('excluded marks in every spelling the sheets use, full-width included', () => {
    for (const v of ['/', '／', '—', '——', '－', '-', '–', '不适用', 'N/A', 'NA', 'n/a', '不涉及', '删减', '无此项'])
      expect(EXCLUDED.has(v), v).toBe(true);
    for (const v of ['0', '-1', '否', '符合', '', '5']) expect(EXCLUDED.has(v), v).toBe(false);
    // Every excluded mark also says "does not apply" in an applicability cell.
    for (const v of EXCLUDED_MARKS) expect(DOES_NOT_APPLY.has(v), v).toBe(true);
  });

  it('applicability: 是/适用/1 apply, 否/删减/0 do not; review marks are their own', () => {
    for (const v of ['是', '适用', '涉及', '1', 'Applicable']) expect(APPLIES.has(v), v).toBe(true);
    for (const v of ['否', '删减', '不适用', '0', '/']) expect(DOES_NOT_APPLY.has(v), v).toBe(true);
    for (const v of ['待复核', '待定', '？']) expect(REVIEW.has(v), v).toBe(true);
  });

  it('rectification: 已整改/是 done, 未整改/整改中/否 open (multi-word English too)', () => {
    for (const v of ['已整改', '是', 'Done', '√']) expect(RECTIFIED.has(v), v).toBe(true);
    for (const v of ['未整改', '整改中', '否', 'In progress', 'open']) expect(STILL_OPEN.has(v), v).toBe(true);
    expect(RECTIFIED.has('整改中')).toBe(false);
  });

  it('no word means two opposite things', () => {
    const pairs: [WordSet, readonly string[]][] = [
      [ANSWER_NO, [...words.YES_WORDS, ...words.ANSWER_YES_EXTRA]],
      [DOES_NOT_APPLY, [...words.YES_WORDS, ...words.APPLIES_WORDS]],
      [new WordSet(words.NONCONFORM_WORDS, words.NO_WORDS), [...words.CONFORM_WORDS, ...words.YES_WORDS]],
      [STILL_OPEN, [...words.RECTIFIED_WORDS, ...words.YES_WORDS]],
    ];
    for (const [set, list] of pairs) for (const w of list) expect(set.has(w), w).toBe(false);
  });

  it('every listed word is already in its compared form (half-width, trimmed, lower case)', () => {
    for (const [name, list] of Object.entries(words))
      for (const w of list as readonly string[]) expect(wordKey(w), `${name}: ${w}`).toBe(w);
  });
});
