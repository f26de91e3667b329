/*
 * Which UI libraries a document / shadow root uses, looked up once per root per scan. Lets the
 * per-field code skip `closest()` lookups for libraries the page does not use (most of the cost on
 * large plain forms).
 */
import {
  CHOICE_GROUPS,
  DATE_PICKERS,
  FORM_ITEM_SPECS,
  NATIVE_CHOICE_GROUPS,
  SELECT_SPECS,
  UPLOAD_SPECS,
  WIDGETS,
} from './libraries';

export interface RootFeatures {
  /** Library selects, Layui's duplicated select/radio/checkbox widgets. */
  widgets: boolean;
  /** Library form items (libraries.ts FORM_ITEM_SPECS). */
  formItems: boolean;
  /** Library date pickers. */
  datePickers: boolean;
  /** Library radio/checkbox group containers. */
  choiceGroups: boolean;
  /** Elements with role=radiogroup / role=group (native choice group containers besides <fieldset>). */
  readonly roleGroups: boolean;
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

// One class per query: browsers answer a lone class selector on a fast path, while a selector list is
// matched element by element (in Chromium ~1 ms for 10,000 elements, against ~0.01 ms for all of them).
// The same holds for a lone [attribute=value].
const CLASS_ONLY = /^\.[\w-]+$/;
// A document also keeps a live list per class name, which it answers again without a walk while the page is unchanged.
const uses = (root: Node, classes: readonly string[]) => {
  const doc = root.nodeType === 9 ? (root as Document) : null;
  return classes.some((c) =>
    doc && CLASS_ONLY.test(c)
      ? doc.getElementsByClassName(c.slice(1)).length > 0
      : !!(root as ParentNode).querySelector?.(c),
  );
};

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
    const r = root as ParentNode;
    const walkHooks = new Set<Element>();
    // One query per class and per role: a lone class, or a lone [attr=value], takes the browser's fast path
    // (Chromium, 10,000 elements: [role=radio] ~0.09 ms, [role] ~0.3 ms, a list of two ~0.6 ms).
    for (const sel of WALK_HOOKS) for (const e of Array.from(r.querySelectorAll?.(sel) ?? [])) walkHooks.add(e);
    let roleGroups: boolean | undefined;
    f = {
      widgets: uses(root, WIDGETS),
      formItems: uses(root, FORM_ITEMS),
      datePickers: uses(root, DATE_PICKERS),
      choiceGroups: uses(root, CHOICE_GROUPS),
      // Asked only when the page has radios/checkboxes.
      get roleGroups() {
        roleGroups ??= uses(root, ROLE_GROUPS);
        return roleGroups;
      },
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
/** The ARIA group containers of NATIVE_CHOICE_GROUPS. */
const ROLE_GROUPS: readonly string[] = NATIVE_CHOICE_GROUPS.filter((s) => s.startsWith('[role='));
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
