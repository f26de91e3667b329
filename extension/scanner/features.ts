/*
 * Which UI libraries a document / shadow root uses, looked up once per root per scan. Lets the
 * per-field code skip `closest()` lookups for libraries the page does not use (most of the cost on
 * large plain forms).
 */
import { CHOICE_GROUPS, DATE_PICKERS, FORM_ITEM_SPECS, WIDGETS } from './libraries';

export interface RootFeatures {
  /** Library selects, Layui's duplicated select/radio/checkbox widgets. */
  widgets: boolean;
  /** Library form items (libraries.ts FORM_ITEM_SPECS). */
  formItems: boolean;
  /** Library date pickers. */
  datePickers: boolean;
  /** Library radio/checkbox group containers. */
  choiceGroups: boolean;
  /** Elements with role=radio / role=checkbox (options drawn without inputs may be among them). */
  ariaChoices: boolean;
}

// Each library's classes are defined once, in libraries.ts; fields.ts and labels.ts join them into selectors.
export { WIDGETS, DATE_PICKERS } from './libraries';
/** Form items holding exactly one field and its label: form-items.ts FIELD_CONTAINER. */
export const FORM_ITEMS: readonly string[] = FORM_ITEM_SPECS.map((s) => `.${s.item}`);

// Replaced at the start of every scan: the page may have changed since the last one.
let cache = new WeakMap<Node, RootFeatures>();

// One class per query: browsers answer a lone class selector on a fast path, while a selector list is
// matched element by element (in Chromium ~1 ms for 10,000 elements, against ~0.01 ms for all of them).
const uses = (root: Node, classes: readonly string[]) => classes.some((c) => !!(root as ParentNode).querySelector?.(c));

export function featuresOf(el: Element): RootFeatures {
  return featuresOfRoot(el.getRootNode());
}

/** The features of a document or shadow root. */
export function featuresOfRoot(root: Node): RootFeatures {
  let f = cache.get(root);
  if (!f) {
    const q = (sel: string) => !!(root as ParentNode).querySelector?.(sel);
    f = {
      widgets: uses(root, WIDGETS),
      formItems: uses(root, FORM_ITEMS),
      datePickers: uses(root, DATE_PICKERS),
      choiceGroups: uses(root, CHOICE_GROUPS),
      ariaChoices: q('[role=radio]') || q('[role=checkbox]'),
    };
    cache.set(root, f);
  }
  return f;
}

/** Start of a scan: forget what earlier scans saw. */
export function resetFeatures(): void {
  cache = new WeakMap();
}
