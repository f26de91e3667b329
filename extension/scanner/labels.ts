/*
 * Label heuristics: which text names a control. Sources, in order of trust: aria-labelledby,
 * label[for], a wrapping <label>, the form-item label of the libraries in libraries.ts, aria-label,
 * the row header of a table layout, the label cell of the same row in a grid/flex layout, title, a
 * non-generic placeholder, and the nearest preceding text. All text is read as text (see text.ts).
 */
import type { SnapshotField } from '../../core/documents/types';
import { featuresOf, FORM_ITEMS } from './features';
import { FORM_ITEM_SPECS } from './libraries';
import { isGenericPlaceholder, labelText, textOf } from './text';

/** Per-scan cache of `label[for]` per document / shadow root: one querySelectorAll per root instead of one per field. */
export type LabelIndex = WeakMap<Node, Map<string, Element>>;

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea';
/** Containers that hold exactly one field and its label. */
export const FIELD_CONTAINER = FORM_ITEMS.join(', ');
const BOUNDARY = new Set(['FORM', 'BODY', 'HTML', 'TABLE', 'TBODY', 'FIELDSET']);

function labelsFor(root: Node, index: LabelIndex): Map<string, Element> {
  let m = index.get(root);
  if (!m) {
    m = new Map();
    const q = (root as ParentNode).querySelectorAll?.('label[for]') ?? [];
    for (const l of Array.from(q)) {
      const f = l.getAttribute('for');
      if (f && !m.has(f)) m.set(f, l);
    }
    index.set(root, m);
  }
  return m;
}

export function ariaLabelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? root.getElementById?.(id) : null;
    if (target) parts.push(textOf(target));
  }
  return labelText(parts.join(' '));
}

export function labelForId(el: Element, index: LabelIndex): string {
  const id = el.getAttribute('id');
  if (!id) return '';
  const l = labelsFor(el.getRootNode(), index).get(id);
  return l ? labelText(textOf(l)) : '';
}

/** The form item of a library (libraries.ts) around `el`, with its spec. */
export function formItemOf(el: Element): { item: Element; spec: (typeof FORM_ITEM_SPECS)[number] } | null {
  if (!featuresOf(el).formItems) return null;
  const item = el.closest(FIELD_CONTAINER);
  if (!item) return null;
  const spec = FORM_ITEM_SPECS.find((s) => item.classList.contains(s.item));
  return spec ? { item, spec } : null;
}

/** The label of the library form item around `el` (an item without a label of its own: the item around it). */
export function formItemLabel(el: Element): string {
  for (let from: Element | null = el, n = 0; from && n < 2; n++) {
    const found = formItemOf(from);
    if (!found) return '';
    for (const sel of found.spec.label) {
      const l = found.item.querySelector(sel);
      // Ant Design repeats the text in title; textOf reads the visible text either way.
      const t = l ? labelText(textOf(l)) : '';
      if (t) return t;
    }
    from = found.item.parentElement; // Layui: a .layui-inline inside a .layui-form-item holding the label
  }
  return '';
}

const MAX_CELL_LABEL = 40;
const MAX_CELL_DEPTH = 8;

/** Whether `container` holds a control that is not `el`, inside it, or one of `own` (the other options of its group). */
function holdsOtherControl(container: Element, el: Element, own?: readonly Element[]): boolean {
  for (const c of Array.from(container.querySelectorAll(CONTROL_SELECTOR)))
    if (c !== el && !el.contains(c) && !own?.includes(c)) return true;
  return false;
}

/** The largest element around `el` that holds no other control (its cell in a grid/flex layout). */
export function cellOf(el: Element): Element {
  let cell = el;
  for (let n = 0; n < MAX_CELL_DEPTH; n++) {
    const parent = cell.parentElement;
    if (!parent || BOUNDARY.has(parent.tagName) || holdsOtherControl(parent, el)) break;
    cell = parent;
  }
  return cell;
}

/** Rendered beside (same row, to the left) or just above: what a reader takes as the label cell. */
function besideOrAbove(label: Element, control: Element): boolean {
  const a = label.getBoundingClientRect();
  const b = control.getBoundingClientRect();
  // No layout (hidden part of the page, or a DOM without layout): the structure alone decides.
  if ((!a.width && !a.height) || (!b.width && !b.height)) return true;
  const sameRow = a.top < b.bottom && b.top < a.bottom && a.left < b.left;
  const above = a.bottom <= b.top + 2 && b.top - a.bottom < 48 && a.left < b.right && b.left < a.right;
  return sameRow || above;
}

/**
 * Grid and flex layouts (label and control in separate columns, no `for`): climb from the control
 * through the elements that hold no other control (its cell), and take the text of the nearest earlier
 * sibling cell that holds no control, when it is rendered beside or just above the control.
 */
export function cellLabel(el: Element, own?: readonly Element[]): string {
  let cell: Element = el;
  for (let n = 0; n < MAX_CELL_DEPTH; n++) {
    for (let s = cell.previousElementSibling, k = 0; s && k < 2; s = s.previousElementSibling, k++) {
      if (s.matches(CONTROL_SELECTOR) || s.querySelector(CONTROL_SELECTOR)) return '';
      const t = labelText(textOf(s, 80));
      // The control's cell, not the control: a styled upload hides its file input (1 px, out of the flow).
      if (t) return t.length <= MAX_CELL_LABEL && besideOrAbove(s, cell) ? t : '';
    }
    const parent = cell.parentElement;
    if (!parent || BOUNDARY.has(parent.tagName) || holdsOtherControl(parent, el, own)) return '';
    cell = parent;
  }
  return '';
}

/** Table layouts: the nearest cell before the control's cell in the same row that has text and no control. */
export function rowHeader(el: Element): string {
  if (el.tagName === 'TR') {
    // The row itself (an upload found across a whole row): its first text cell without a control.
    for (const c of Array.from(el.children)) {
      if (c.querySelector(CONTROL_SELECTOR) || c.querySelector('a')) break;
      const t = labelText(textOf(c));
      if (t) return t;
    }
    return '';
  }
  const cell = el.closest('td, th');
  if (!cell) return '';
  for (let c = cell.previousElementSibling, n = 0; c && n < 4; c = c.previousElementSibling, n++) {
    if (c.querySelector(CONTROL_SELECTOR)) break;
    const t = labelText(textOf(c));
    if (t) return t;
  }
  return '';
}

/**
 * The nearest text before `el`: previous siblings, then the parent's previous siblings, a few levels up.
 * Stops at another control (that text belongs to it) and at form/table boundaries.
 */
export function precedingText(el: Element): string {
  let node: Node | null = el;
  for (let level = 0; node && level < 4; level++) {
    let sib: Node | null = node.previousSibling;
    for (let n = 0; sib && n < 6; sib = sib.previousSibling, n++) {
      if (sib.nodeType === 3) {
        const t = labelText(sib.nodeValue ?? '');
        if (t) return t;
      } else if (sib.nodeType === 1) {
        const e = sib as Element;
        if (e.matches(CONTROL_SELECTOR) || e.querySelector(CONTROL_SELECTOR)) return '';
        const t = labelText(textOf(e, 80));
        if (t) return t;
      }
    }
    const parent: Element | null = node.parentElement;
    if (!parent || BOUNDARY.has(parent.tagName) || (featuresOf(parent).formItems && parent.matches(FIELD_CONTAINER)))
      return '';
    node = parent;
  }
  return '';
}

function attr(el: Element, name: string): string {
  return labelText(el.getAttribute(name) ?? '');
}

export type LabelSource = NonNullable<SnapshotField['labelSource']>;

/** Best label of a single-value control (text, select, textarea, date, native file input), with where it came from. */
export function fieldLabelOf(el: Element, index: LabelIndex): { label: string; source: LabelSource } {
  const markup =
    ariaLabelledBy(el) ||
    labelForId(el, index) ||
    wrappingLabel(el) ||
    formItemLabel(el) ||
    attr(el, 'aria-label') ||
    rowHeader(el);
  if (markup) return { label: markup, source: 'markup' };
  const layout = cellLabel(el);
  if (layout) return { label: layout, source: 'layout' };
  return { label: attr(el, 'title') || placeholderLabel(el) || precedingText(el), source: 'hint' };
}

export function fieldLabel(el: Element, index: LabelIndex): string {
  return fieldLabelOf(el, index).label;
}

function wrappingLabel(el: Element): string {
  const wrap = el.closest('label');
  return wrap && !wrap.classList.contains('el-form-item__label') ? labelText(textOf(wrap)) : '';
}

function placeholderLabel(el: Element): string {
  const p = attr(el, 'placeholder');
  return p && !isGenericPlaceholder(p) ? p : '';
}

/** The visible text of one radio/checkbox option. */
export function optionLabel(input: Element, index: LabelIndex): string {
  const wrap = input.closest('label');
  const next = input.nextSibling;
  return (
    (wrap ? labelText(textOf(wrap)) : '') ||
    labelForId(input, index) ||
    ariaLabelledBy(input) ||
    attr(input, 'aria-label') ||
    attr(input, 'title') || // Layui keeps its option text in title
    (next && next.nodeType === 3 ? labelText(next.nodeValue ?? '') : '') ||
    attr(input, 'value')
  );
}

/** The question a radio/checkbox group answers ("是否多场所"), from the group container or its first option. */
export function groupLabelOf(
  group: Element | null,
  first: Element,
  members?: readonly Element[],
): { label: string; source: LabelSource } {
  const g = group ?? first;
  const legend = group?.tagName === 'FIELDSET' ? group.querySelector('legend') : null;
  const start = first.closest('label') ?? first;
  const markup =
    (group ? ariaLabelledBy(group) || attr(group, 'aria-label') : '') ||
    (legend ? labelText(textOf(legend)) : '') ||
    formItemLabel(g) ||
    rowHeader(g);
  if (markup) return { label: markup, source: 'markup' };
  const layout = cellLabel(group ?? start, members);
  if (layout) return { label: layout, source: 'layout' };
  return { label: precedingText(group ?? start), source: 'hint' };
}

export function groupLabel(group: Element | null, first: Element): string {
  return groupLabelOf(group, first).label;
}

/** Label of an upload widget rooted at `root` (optionally with its file input). */
export function uploadLabel(root: Element, input: Element | null, index: LabelIndex): string {
  return (
    ariaLabelledBy(root) ||
    attr(root, 'aria-label') ||
    (input ? ariaLabelledBy(input) || labelForId(input, index) || attr(input, 'aria-label') : '') ||
    formItemLabel(root) ||
    rowHeader(root) ||
    cellLabel(root) ||
    precedingText(root) ||
    (input ? attr(input, 'title') : '') ||
    triggerText(root)
  );
}

/** Last resort: the upload button's own text ("上传营业执照"). */
function triggerText(root: Element): string {
  const b = root.querySelector('button, .webuploader-pick, [role=button], a');
  return b ? labelText(textOf(b, 60)) : '';
}
