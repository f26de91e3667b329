/*
 * Label sources the page's markup states: ARIA, <label>, <legend>, attributes. Each reads one place and
 * calls no other source; the order they are tried in is labels.ts's. All text is read as text (text.ts).
 */
import { rootOf } from './features';
import { isGenericPlaceholder, labelText, textOf } from './text';

/** Per-scan cache of `label[for]` per document / shadow root: one querySelectorAll per root, not one per field. */
export type LabelIndex = WeakMap<Node, Map<string, Element>>;

function labelsFor(root: Node, index: LabelIndex): Map<string, Element> {
  let m = index.get(root);
  if (!m) {
    m = new Map();
    // A document's live list of <label>s is kept by the browser between scans while the page is unchanged;
    // a shadow root has none. A loop with item(): copying a list through its iterator costs as much as the
    // query, and item() is cheaper than [i].
    const q: HTMLCollectionOf<Element> | NodeListOf<Element> | undefined =
      root.nodeType === 9
        ? (root as Document).getElementsByTagName('label')
        : (root as ParentNode).querySelectorAll?.('label[for]');
    for (let i = 0, n = q?.length ?? 0; i < n; i++) {
      const l = q!.item(i)!;
      // The reflected property costs a third of getAttribute (a <label> outside HTML's namespace has none).
      const f = (l as HTMLLabelElement).htmlFor ?? l.getAttribute('for');
      if (f && !m.has(f)) m.set(f, l);
    }
    index.set(root, m);
  }
  return m;
}

export function ariaLabelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = rootOf(el) as Document | ShadowRoot;
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? root.getElementById?.(id) : null;
    if (target) parts.push(textOf(target));
  }
  return labelText(parts.join(' '));
}

export function labelForId(el: Element, index: LabelIndex): string {
  const id = el.id; // the `id` attribute, '' when absent (the property is cheaper than getAttribute)
  if (!id) return '';
  const l = labelsFor(rootOf(el), index).get(id);
  return l ? labelText(textOf(l)) : '';
}

/** A <label> around the control (Element UI's item label is a <label> too, but names the item: form-items.ts). */
export function wrappingLabel(el: Element): string {
  const wrap = el.closest('label');
  return wrap && !wrap.classList.contains('el-form-item__label') ? labelText(textOf(wrap)) : '';
}

/** Any <label> around an option, whatever its class. */
export function optionWrapLabel(el: Element): string {
  const wrap = el.closest('label');
  return wrap ? labelText(textOf(wrap)) : '';
}

export function legendOf(group: Element | null): string {
  const legend = group?.tagName === 'FIELDSET' ? group.querySelector('legend') : null;
  return legend ? labelText(textOf(legend)) : '';
}

export function attr(el: Element, name: string): string {
  return labelText(el.getAttribute(name) ?? '');
}

/** A placeholder that names the field ("请输入统一社会信用代码"), not a generic "请输入". */
export function placeholderLabel(el: Element): string {
  const p = attr(el, 'placeholder');
  return p && !isGenericPlaceholder(p) ? p : '';
}

/** The text node right after an option ("<input type=radio> 是"). */
export function nextText(el: Element): string {
  const next = el.nextSibling;
  return next && next.nodeType === 3 ? labelText(next.nodeValue ?? '') : '';
}

/** The upload button's own text ("上传营业执照"). */
export function triggerText(root: Element): string {
  const b = root.querySelector('button, .webuploader-pick, [role=button], a');
  return b ? labelText(textOf(b, 60)) : '';
}
