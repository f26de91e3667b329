import { toHalfWidth } from '../vocabulary/index';
import { memoText } from './normalise';

/*
 * Certification bodies' sheets often write an indicator's number and name in one cell ("5.1.1 组织架构",
 * "5.1.1、组织架构") and its points in the name ("组织架构（6分）", "组织架构 (6 分)") when the sheet has no
 * 分值 column. These helpers take the parts apart; the reader decides which column they came from.
 */

// A dotted number (at least one dot, so "3C 认证" or a serial "1" is never taken for an id), then a separator.
const ID_THEN_NAME = /^\s*(\d+(?:\.\d+)+)\.?(?:[\s、:]+|(?=[^\d.\s])|$)(.*)$/s;

/** "5.1.1 组织架构" → { id: '5.1.1', name: '组织架构' }; a text without a leading dotted number → null. */
export const splitIdName: (text: string) => { id: string; name: string } | null = memoText((text) => {
  // toHalfWidth maps character for character, so the name is cut from the text as written.
  const m = ID_THEN_NAME.exec(toHalfWidth(text));
  if (!m || m[2]!.startsWith('分')) return null;
  return { id: m[1]!, name: text.slice(text.length - m[2]!.length).trim() };
});

const POINTS_AT_END = /\s*[(（]\s*(?:满分|分值)?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;

/** "组织架构（6分）" → { name: '组织架构', points: 6 }; no points in brackets at the end → points null. */
export const pointsInName: (text: string) => { name: string; points: number | null } = memoText((text) => {
  const m = POINTS_AT_END.exec(toHalfWidth(text));
  if (!m) return { name: text, points: null };
  return { name: text.slice(0, m.index).trim(), points: Number(m[1]) };
});
