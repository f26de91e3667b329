import { EQUIVALENT_WORDS, LABEL_NOISE } from './label-words';
import { normaliseLabel } from './normalise-label';

/*
 * The key a label (or an alias) is matched by: normaliseLabel, then the noise words of label-words.ts
 * removed and words of the same meaning rewritten to one (一览表 → 清单, 合同 → 协议…). Labels and
 * aliases both go through here, so the comparison stays symmetric.
 */

const NOISE = new RegExp(LABEL_NOISE.map((s) => `(?:${s})`).join('|'), 'g');
// Longest word first across all classes, so 授权委托书 is rewritten before 委托书 and 明细表 before 列表.
const REWRITES: [string, string][] = EQUIVALENT_WORDS.flatMap((cls) =>
  cls.slice(1).map((w): [string, string] => [w, cls[0]!]),
).sort((a, b) => b[0].length - a[0].length);
const EQUIVALENT = new RegExp(REWRITES.map(([w]) => w).join('|'), 'g');
const CANONICAL = new Map(REWRITES);

/** True when nothing but noise words is left of a text (复印件, 盖章版): as an alias it would name nothing. */
export function isOnlyNoise(text: string): boolean {
  return normaliseLabel(text).replace(NOISE, '').length < 2;
}

const CACHE = new Map<string, string>();
const CACHE_MAX = 20_000;

export function matchKey(text: string): string {
  const input = text ?? '';
  const hit = CACHE.get(input);
  if (hit !== undefined) return hit;
  const normalised = normaliseLabel(input);
  let key = normalised.replace(NOISE, '');
  // A label that is only noise ("复印件") keeps its words: it still names nothing.
  if (key.length < 2) key = normalised;
  key = key.replace(EQUIVALENT, (w) => CANONICAL.get(w) ?? w);
  if (input.length <= 200) {
    if (CACHE.size >= CACHE_MAX) CACHE.clear();
    CACHE.set(input, key);
  }
  return key;
}
