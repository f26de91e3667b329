/*
 * The one full-width → half-width normalisation and the one blank test of core. Cells and answers
 * come from Chinese input methods: "２.５", "／", "？" and the ideographic space are common. Only the
 * full-width ASCII block and U+3000 are mapped (what Excel's ASC does), not all of NFKC, so "①" or
 * "㎡" are never read as something else.
 */

/** Full-width digits and punctuation (０-９ ． － ／ ？) to ASCII, the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Nothing there: undefined, null, or only spaces (any width). */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** How a typed word is compared with the lists in words.ts: half-width, trimmed, lower case. */
export function wordKey(s: string): string {
  return toHalfWidth(s).trim().toLowerCase();
}
