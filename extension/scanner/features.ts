/*
 * Which UI libraries a document / shadow root uses, looked up once per root per scan. Lets the
 * per-field code skip `closest()` lookups for libraries the page does not use (most of the cost on
 * large plain forms).
 */
export interface RootFeatures {
  /** Element Plus / antd selects, Layui's duplicated select/radio/checkbox widgets. */
  widgets: boolean;
  /** Element / antd / Layui form items. */
  formItems: boolean;
  /** Element / antd date pickers. */
  datePickers: boolean;
}

// The one definition of each library's classes; fields.ts and labels.ts join them into their selectors.
/** Library widgets read as a whole (their inner inputs are not fields): fields.ts WIDGET_INNER. */
export const WIDGETS: readonly string[] = [
  '.el-select',
  '.ant-select',
  '.layui-form-select',
  '.layui-form-checkbox',
  '.layui-form-radio',
];
/** Form items holding exactly one field and its label: labels.ts FIELD_CONTAINER. */
export const FORM_ITEMS: readonly string[] = ['.el-form-item', '.ant-form-item', '.layui-inline', '.layui-form-item'];
/** Date pickers whose inner input is a date: fields.ts DATE_PICKER. */
export const DATE_PICKERS: readonly string[] = ['.el-date-editor', '.ant-picker'];

// Replaced at the start of every scan: the page may have changed since the last one.
let cache = new WeakMap<Node, RootFeatures>();

// One class per query: browsers answer a lone class selector on a fast path, while a selector list is
// matched element by element (in Chromium ~1 ms for 10,000 elements, against ~0.01 ms for all eleven).
const uses = (root: Node, classes: readonly string[]) => classes.some((c) => !!(root as ParentNode).querySelector?.(c));

export function featuresOf(el: Element): RootFeatures {
  const root = el.getRootNode();
  let f = cache.get(root);
  if (!f) {
    f = { widgets: uses(root, WIDGETS), formItems: uses(root, FORM_ITEMS), datePickers: uses(root, DATE_PICKERS) };
    cache.set(root, f);
  }
  return f;
}

/** Start of a scan: forget what earlier scans saw. */
export function resetFeatures(): void {
  cache = new WeakMap();
}
