/*
 * Which UI libraries a document / shadow root uses, looked up once per root per scan. Lets the
 * per-field code skip `closest()` lookups for libraries the page does not use (most of the cost on
 * large plain forms).
 */
import { CHOICE_GROUPS, DATE_PICKERS, FORM_ITEM_SPECS, SELECT_SPECS, UPLOAD_SPECS, WIDGETS } from './libraries';

export interface RootFeatures {
  /** Library selects, Layui's duplicated select/radio/checkbox widgets. */
  widgets: boolean;
  /** Library form items (libraries.ts FORM_ITEM_SPECS). */
  formItems: boolean;
  /** Library date pickers. */
  datePickers: boolean;
  /** Library radio/checkbox group containers. */
  choiceGroups: boolean;
  /** Library upload triggers (libraries.ts UPLOAD_SPECS `trigger`). */
  uploads: boolean;
  /**
   * The elements the page walk must look at beyond their tag: those carrying a class it reacts to (a
   * library select's root, a library file list) and role=radio / role=checkbox options drawn without
   * inputs. Found with a few whole-root queries, so the walk tests one set instead of reading every
   * element's classes and role (on a plain 10,000-element form that reading was a fifth of the scan).
   * A superset is fine: the walk still reads the classes and role of the elements in it.
   */
  walkHooks: ReadonlySet<Element>;
}

// Each library's classes are defined once, in libraries.ts; fields.ts and labels.ts join them into selectors.
export { WIDGETS, DATE_PICKERS } from './libraries';
/** Form items holding exactly one field and its label: form-items.ts FIELD_CONTAINER. */
export const FORM_ITEMS: readonly string[] = FORM_ITEM_SPECS.map((s) => `.${s.item}`);

// Replaced at the start of every scan: the page may have changed since the last one.
let cache = new WeakMap<Node, RootFeatures>();

// One selector per query: browsers answer a lone class selector (and, more slowly, a lone [attr=value]) on
// a fast path, while a selector list is matched element by element (Chromium, 10,000 elements: a list of
// classes ~1 ms against ~0.01 ms for each of them alone; [role=radio] ~0.09 ms, [role] ~0.3 ms, a list of
// two roles ~0.6 ms). A document also keeps a live list per class name, which it answers again without a
// walk while the page is unchanged.
const CLASS_ONLY = /^\.[\w-]+$/;
const all = (root: Node, sel: string): ArrayLike<Element> =>
  root.nodeType === 9 && CLASS_ONLY.test(sel)
    ? (root as Document).getElementsByClassName(sel.slice(1))
    : ((root as ParentNode).querySelectorAll?.(sel) ?? []);
const uses = (root: Node, sels: readonly string[]) =>
  sels.some((sel) =>
    root.nodeType === 9 && CLASS_ONLY.test(sel)
      ? (root as Document).getElementsByClassName(sel.slice(1)).length > 0
      : !!(root as ParentNode).querySelector?.(sel),
  );

/**
 * The one document or shadow root the current scan has entered, null once it has entered several,
 * undefined outside a scan. The scanner reads only elements of the trees it walks (and their
 * ancestors, and what queries under them find), so while it has entered a single root, that root is
 * every element's: rootOf() then answers without a call into the browser per field.
 */
let soleRoot: Node | null | undefined;

/** The document or shadow root of `el` (el.getRootNode()). */
export function rootOf(el: Node): Node {
  return soleRoot ?? el.getRootNode();
}

/** scan.ts: the walk is entering the tree of `root`. */
export function enterRoot(root: Node): void {
  if (soleRoot === undefined) soleRoot = root;
  else if (soleRoot !== root) soleRoot = null;
}

export function featuresOf(el: Element): RootFeatures {
  return featuresOfRoot(rootOf(el));
}

/** The features of a document or shadow root. */
export function featuresOfRoot(root: Node): RootFeatures {
  let f = cache.get(root);
  if (!f) {
    const walkHooks = new Set<Element>();
    for (const sel of WALK_HOOKS) {
      const found = all(root, sel);
      for (let i = 0; i < found.length; i++) walkHooks.add(found[i]!);
    }
    f = {
      widgets: uses(root, WIDGETS),
      formItems: uses(root, FORM_ITEMS),
      datePickers: uses(root, DATE_PICKERS),
      choiceGroups: uses(root, CHOICE_GROUPS),
      uploads: uses(root, UPLOAD_TRIGGER_LIST),
      walkHooks,
    };
    cache.set(root, f);
  }
  return f;
}

/** What the page walk reacts to beyond tags (scan.ts visit): library select roots and file lists, ARIA options. */
const WALK_HOOKS: readonly string[] = [
  ...SELECT_SPECS.map((s) => `.${s.root}`),
  ...UPLOAD_SPECS.flatMap((s) => (s.listClass ? [`.${s.listClass}`] : [])),
  '[role=radio]',
  '[role=checkbox]',
];
const UPLOAD_TRIGGER_LIST: readonly string[] = UPLOAD_SPECS.map((s) => s.trigger);

/** Start of a scan: forget what earlier scans saw. */
export function beginScan(): void {
  cache = new WeakMap();
  soleRoot = undefined;
}

/** End of a scan: rootOf() asks the browser again. */
export function endScan(): void {
  soleRoot = undefined;
}
