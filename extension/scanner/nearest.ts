/*
 * el.closest() over a list of selectors, asked one selector at a time. Chromium matches a selector list
 * selector by selector at every ancestor on its slow path (about 1 µs a call for a list of three to six),
 * while a lone tag, class or [attribute=value] takes its fast path; the nearest of the lone matches is
 * what the list would have found.
 */

/** The nearest inclusive ancestor of `el` matching any of `selectors` (= el.closest(selectors.join(', '))). */
export function nearest(el: Element, selectors: readonly string[]): Element | null {
  let found: Element | null = null;
  for (const sel of selectors) {
    const c = el.closest(sel);
    // Every match is el or an ancestor of el: the nearest is the one inside all others.
    if (c && (!found || found.contains(c))) {
      found = c;
      if (found === el) break;
    }
  }
  return found;
}
