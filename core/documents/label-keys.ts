/*
 * "Does this normalised label contain one of these keys?" for several key lists at once. A form has
 * thousands of fields and core asks this for every field against every list (USCC, each profile
 * question, organisation name, phone…): the label is scanned once, keys indexed by first character,
 * and the answer for each list comes back as one bit.
 */

export interface KeyLists {
  /** Bit i set when the label contains a key of list i. */
  (normalisedLabel: string): number;
}

const CACHE_MAX = 20_000;

/** Compile up to 31 lists of (already normalised) keys. */
export function compileKeyLists(lists: readonly (readonly string[])[]): KeyLists {
  if (lists.length > 31) throw new Error('compileKeyLists: at most 31 lists');
  let always = 0; // an empty key is contained in every label
  const byFirst = new Map<number, { key: string; bit: number }[]>();
  lists.forEach((keys, i) => {
    const bit = 1 << i;
    for (const key of keys) {
      if (!key) {
        always |= bit;
        continue;
      }
      const c = key.charCodeAt(0);
      const entries = byFirst.get(c);
      if (entries) entries.push({ key, bit });
      else byFirst.set(c, [{ key, bit }]);
    }
  });
  // Forms repeat labels across checks (a watched page is checked again on every change).
  const cache = new Map<string, number>();
  return (label: string) => {
    let mask = cache.get(label);
    if (mask !== undefined) return mask;
    mask = always;
    for (let i = 0; i < label.length; i++) {
      const entries = byFirst.get(label.charCodeAt(i));
      if (!entries) continue;
      for (const e of entries) if (!(mask & e.bit) && label.startsWith(e.key, i)) mask |= e.bit;
    }
    if (label.length <= 200) {
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(label, mask);
    }
    return mask;
  };
}
