/*
 * The form item of a UI library around a control (libraries.ts FORM_ITEM_SPECS): its label and whether
 * it marks the control required. Both the label pipeline (labels.ts) and the required check (fields.ts,
 * uploads.ts) read the item from here.
 */
import { featuresOf, FORM_ITEMS } from './features';
import { FORM_ITEM_SPECS, type FormItemSpec } from './libraries';
import { nearest } from './nearest';
import { labelText, textOf } from './text';

/** Containers that hold exactly one field and its label. */
export const FIELD_CONTAINER = FORM_ITEMS.join(', ');

/** The form item of a library around `el`, with its spec (only on pages that use a library with form items). */
export function formItemOf(el: Element): { item: Element; spec: FormItemSpec } | null {
  if (!featuresOf(el).formItems) return null;
  const item = nearest(el, FORM_ITEMS);
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

/** The library form item around `el` marks it required (FORM_ITEM_SPECS `required`). */
export function formItemRequired(el: Element): boolean {
  const found = formItemOf(el);
  const req = found?.spec.required;
  return !!req && (found.item.matches(req) || !!found.item.querySelector(req));
}
