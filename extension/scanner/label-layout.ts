/*
 * Label sources the page's layout implies: the row header of a table, the label cell of a grid/flex
 * row, the nearest preceding text. Each walks the DOM around the control once and calls no other source.
 */
import { featuresOf } from './features';
import { FIELD_CONTAINER } from './form-items';
import { nearest } from './nearest';
import { labelText, textOf } from './text';

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea';
const BOUNDARY = new Set(['FORM', 'BODY', 'HTML', 'TABLE', 'TBODY', 'FIELDSET']);
const MAX_CELL_LABEL = 40;
const MAX_CELL_DEPTH = 8;
const CELLS = ['td', 'th'];

/** Whether `container` holds a control that is not `el`, inside it, or one of `own` (its group's other options). */
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
  const cell = nearest(el, CELLS);
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
