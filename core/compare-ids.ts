/*
 * Dotted ids and labels in natural order: 5.1.2 before 5.1.10, D2 before D10. Runs of digits compare as numbers,
 * everything else by code unit. Written out rather than through Intl.Collator: the first collator a process
 * makes loads ICU's collation data (~6 ms), a third of scoring one workbook from the command line, for ids that
 * are digits, dots and a few Latin letters.
 */
const isDigit = (c: number) => c >= 48 && c <= 57;

export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      let ej = j;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      // Numbers compare by value: without leading zeros, the longer run is the larger; equal lengths by digits.
      const na = a.slice(i, ei).replace(/^0+(?=\d)/, '');
      const nb = b.slice(j, ej).replace(/^0+(?=\d)/, '');
      if (na.length !== nb.length) return na.length - nb.length;
      if (na !== nb) return na < nb ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}
