/*
 * Label heuristics: which text names a control. Sources, in order of trust: aria-labelledby,
 * label[for], a wrapping <label>, the form-item label of Element UI/Plus, Ant Design and Layui,
 * aria-label, the row header of a table layout, title, a non-generic placeholder, and the nearest
 * preceding text. All text is read as text (see text.ts).
 */
import { featuresOf, FORM_ITEMS } from './features';
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

/** The label of the Element UI/Plus, Ant Design or Layui form item around `el`. */
export function formItemLabel(el: Element): string {
  if (!featuresOf(el).formItems) return '';
  const item = el.closest(FIELD_CONTAINER);
  if (!item) return '';
  let l: Element | null = null;
  if (item.classList.contains('el-form-item')) l = item.querySelector('.el-form-item__label');
  else if (item.classList.contains('ant-form-item'))
    l = item.querySelector('.ant-form-item-label label') ?? item.querySelector('.ant-form-item-label');
  else {
    l = item.querySelector('.layui-form-label');
    // A .layui-inline without its own label sits in a .layui-form-item that has one.
    if (!l && item.classList.contains('layui-inline')) return formItemLabel(item.parentElement ?? item);
  }
  if (!l) return '';
  // Ant Design repeats the text in title; textOf reads the visible text either way.
  return labelText(textOf(l));
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

/** Best label of a single-value control (text, select, textarea, date, native file input). */
export function fieldLabel(el: Element, index: LabelIndex): string {
  return (
    ariaLabelledBy(el) ||
    labelForId(el, index) ||
    wrappingLabel(el) ||
    formItemLabel(el) ||
    attr(el, 'aria-label') ||
    rowHeader(el) ||
    attr(el, 'title') ||
    placeholderLabel(el) ||
    precedingText(el)
  );
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
export function groupLabel(group: Element | null, first: Element): string {
  const g = group ?? first;
  const legend = group?.tagName === 'FIELDSET' ? group.querySelector('legend') : null;
  const start = first.closest('label') ?? first;
  return (
    (group ? ariaLabelledBy(group) || attr(group, 'aria-label') : '') ||
    (legend ? labelText(textOf(legend)) : '') ||
    formItemLabel(g) ||
    rowHeader(g) ||
    precedingText(group ?? start)
  );
}

/** Label of an upload widget rooted at `root` (optionally with its file input). */
export function uploadLabel(root: Element, input: Element | null, index: LabelIndex): string {
  return (
    ariaLabelledBy(root) ||
    attr(root, 'aria-label') ||
    (input ? ariaLabelledBy(input) || labelForId(input, index) || attr(input, 'aria-label') : '') ||
    formItemLabel(root) ||
    rowHeader(root) ||
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
