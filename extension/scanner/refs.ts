/*
 * Refs: stable string handles for page elements, so a snapshot stays plain JSON while the UI can still
 * outline or scroll to a field. The page's DOM is never marked (no data-* attributes): the registry
 * lives in this module (one per content-script world) and holds elements weakly.
 */

const byElement = new WeakMap<Element, string>();
const byRef = new Map<string, WeakRef<Element>>();
let counter = 0;

/** The same element always gets the same ref (within this page load). */
export function refOf(el: Element, prefix: 'f' | 'u'): string {
  let ref = byElement.get(el);
  if (!ref) {
    ref = `${prefix}${++counter}`;
    byElement.set(el, ref);
    byRef.set(ref, new WeakRef(el));
  }
  return ref;
}

/** The element behind a ref, or null when it is gone (removed from the page and collected, or never existed). */
export function resolveRef(ref: string): Element | null {
  const el = byRef.get(ref)?.deref();
  if (!el) {
    byRef.delete(ref);
    return null;
  }
  return el.isConnected ? el : null;
}

/** Drop entries whose element was collected; called once per scan so the map does not grow on long-lived SPAs. */
export function pruneRefs(): void {
  if (byRef.size < 5000) return;
  for (const [ref, weak] of byRef) if (!weak.deref()) byRef.delete(ref);
}
