/*
 * Reading one control (or one radio/checkbox group, or one library select) into a SnapshotField.
 * Values are read from DOM properties (frameworks set `.value`, not the attribute). Library selects
 * are read from what they show while closed (libraries.ts SELECT_SPECS).
 */
import type { SnapshotField } from '../../core/index';
import { formItemRequired } from './form-items';
import { fieldLabelOf, groupLabelOf, optionLabel, type LabelIndex, type LabelSource } from './labels';
import { DATE_PICKERS, featuresOf, WIDGETS } from './features';
import { CHOICE_GROUPS, NATIVE_CHOICE_GROUPS, PICKER_FIELDS, type SelectSpec } from './libraries';
import { nearest } from './nearest';
import { refOf } from './refs';
import { clean, labelText, textOf } from './text';

/** Input types that are not fields (file inputs are uploads, handled in uploads.ts). */
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);
const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', '']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week', 'time']);
const NAMED_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Inputs that are the insides of a custom widget we read as a whole (or that layui duplicates from a hidden native control). */
const ANY_GROUP = [...NATIVE_CHOICE_GROUPS, ...CHOICE_GROUPS];
/** The group container around a radio/checkbox; the libraries' containers only on pages that use one. */
const groupContainer = (el: Element) => nearest(el, featuresOf(el).choiceGroups ? ANY_GROUP : NATIVE_CHOICE_GROUPS);
const PICKER_FIELD = PICKER_FIELDS.join(', ');

/** The lower-cased `type` attribute of a control ('' when absent), read once per control and passed along. */
export const typeOf = (el: Element): string => (el.getAttribute('type') ?? '').toLowerCase();

/** `type`: typeOf(el). */
export function isFieldInput(type: string): boolean {
  return !NOT_FIELDS.has(type);
}

/** Inside a library widget read as a whole (its inner input is not a field of its own). */
export function insideWidget(el: Element): boolean {
  return featuresOf(el).widgets && !!nearest(el, WIDGETS);
}

/** `native`: el is an <input>, <select> or <textarea> (its `required` property reflects the attribute, for less). */
function isRequired(el: Element, native: boolean): boolean {
  const required = native ? (el as HTMLInputElement).required : el.hasAttribute('required');
  if (required || el.getAttribute('aria-required') === 'true') return true;
  const verify = el.getAttribute('lay-verify');
  if (verify && /(^|\|)required(\||$)/.test(verify)) return true;
  return formItemRequired(el);
}

function kindOf(el: Element, tag: string, type: string): SnapshotField['kind'] {
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'SELECT') return 'select';
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  if (DATE_TYPES.has(type) || (featuresOf(el).datePickers && nearest(el, DATE_PICKERS))) return 'date';
  if (TEXT_TYPES.has(type)) {
    // A picker's readonly field (only readonly inputs pay for the closest()).
    if ((el as HTMLInputElement).readOnly && el.closest(PICKER_FIELD)) return 'select';
    return 'text';
  }
  return 'other';
}

function base(
  el: Element,
  ref: Element,
  labelled: { label: string; source: LabelSource },
  kind: SnapshotField['kind'],
  value: string,
): SnapshotField {
  const f: SnapshotField = { ref: refOf(ref, 'f'), label: labelled.label, kind, value };
  if (labelled.label) f.labelSource = labelled.source;
  // A native control's name and `required` through their reflected properties (a third of getAttribute's cost).
  const native = NAMED_CONTROLS.has(el.tagName);
  const name = native ? (el as HTMLInputElement).name : el.getAttribute('name');
  if (name) f.name = name;
  if (isRequired(el, native)) f.required = true;
  return f;
}

/** A text-like input, textarea or native select; `type` is typeOf(el). */
export function readControl(el: Element, index: LabelIndex, type = typeOf(el)): SnapshotField {
  const tag = el.tagName;
  const kind = kindOf(el, tag, type);
  const label = fieldLabelOf(el, index);
  if (tag === 'SELECT') {
    // One pass over the options (value, selectedness and text read once each): the chosen ones, except a
    // single select's empty "请选择", and every option that has a value.
    const s = el as HTMLSelectElement;
    const multiple = s.multiple;
    const list = s.options;
    const chosen: string[] = [];
    const options: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      const hasValue = o.value !== '';
      const picked = o.selected && (hasValue || multiple);
      if (!hasValue && !picked) continue;
      const text = clean(o.text);
      if (picked) chosen.push(text);
      if (hasValue) options.push(text);
    }
    const f = base(el, el, label, 'select', chosen.join('、'));
    f.options = options;
    return f;
  }
  // Never copy what a password field holds.
  const value = type === 'password' ? '' : clean((el as HTMLInputElement).value ?? '', 2000);
  return base(el, el, label, kind, value);
}

/** Per-scan index of radios/checkboxes by type and name, per form or root: one querySelectorAll per scope and type, not one per group. */
export type ChoiceIndex = Map<ParentNode, Map<string, Map<string, HTMLInputElement[]>>>;

function byName(scope: ParentNode, type: string, cache: ChoiceIndex): Map<string, HTMLInputElement[]> {
  let types = cache.get(scope);
  if (!types) cache.set(scope, (types = new Map()));
  let m = types.get(type);
  if (!m) {
    m = new Map();
    // One query per type (a selector list would be matched element by element); lists in document order.
    const q = scope.querySelectorAll<HTMLInputElement>(`input[type=${type}][name]`);
    for (let k = 0; k < q.length; k++) {
      const i = q[k]!;
      const name = i.getAttribute('name')!;
      const list = m.get(name);
      if (list) list.push(i);
      else m.set(name, [i]);
    }
    types.set(type, m);
  }
  return m;
}

/** Group members of a radio/checkbox: its container's options, or same-name inputs in the same form/root. */
export function choiceGroup(
  input: HTMLInputElement,
  cache: ChoiceIndex,
): { key: Element; container: Element | null; members: HTMLInputElement[] } {
  const type = input.type;
  const container = groupContainer(input);
  if (container) {
    return {
      key: container,
      container,
      members: Array.from(container.querySelectorAll<HTMLInputElement>(`input[type=${type}]`)),
    };
  }
  const name = input.getAttribute('name');
  if (name) {
    const scope: ParentNode = input.form ?? (input.getRootNode() as ParentNode);
    const members = byName(scope, type, cache).get(name) ?? [input];
    // Key by scope too: the same name in two forms is two questions.
    if (members.length > 1) return { key: members[0]!, container: null, members };
  }
  return { key: input, container: null, members: [input] };
}

/** A radio group or checkbox group as one field whose value is the chosen option text(s). */
export function readChoice(
  input: HTMLInputElement,
  group: ReturnType<typeof choiceGroup>,
  index: LabelIndex,
): SnapshotField {
  const kind = input.type === 'radio' ? 'radio' : 'checkbox';
  const options = group.members.map((m) => optionLabel(m, index));
  const value = group.members
    .map((m, i) => (m.checked ? options[i] : ''))
    .filter(Boolean)
    .join('、');
  // A lone checkbox ("我已阅读并同意…") is labelled by its own text.
  const single = group.members.length === 1 && !group.container;
  const label =
    single && options[0]
      ? { label: options[0], source: 'markup' as const }
      : groupLabelOf(single ? null : group.container, input, group.members);
  const f = base(input, group.container ?? input, label, kind, value);
  f.options = options;
  return f;
}

/** A library select (no native control): the chosen option(s) it shows while closed. */
export function readLibrarySelect(el: Element, spec: SelectSpec, index: LabelIndex): SnapshotField {
  const input = el.querySelector('input');
  let value = '';
  if (!spec.empty?.some((sel) => el.querySelector(sel))) {
    for (const sel of spec.values) {
      const items = Array.from(el.querySelectorAll(sel));
      value = items
        .map((i) => labelText(i.getAttribute('title') || textOf(i)))
        .filter(Boolean)
        .join('、');
      if (value) break;
    }
    // Libraries that show the choice in a readonly input (Element UI 2, TDesign).
    if (!value && spec.inputValue && input) value = clean(input.value ?? '');
  }
  return base(input ?? el, el, fieldLabelOf(input ?? el, index), 'select', value);
}

/**
 * A radio/checkbox group drawn without inputs (Vant and other mobile libraries): ARIA roles and
 * aria-checked. `group` holds the `[role=radio]` / `[role=checkbox]` options.
 */
export function readAriaChoice(group: Element, role: 'radio' | 'checkbox'): SnapshotField {
  const members = Array.from(group.querySelectorAll(`[role=${role}]`));
  const options = members.map((m) => labelText(m.getAttribute('aria-label') || textOf(m)));
  const value = members
    .map((m, i) => (m.getAttribute('aria-checked') === 'true' ? options[i] : ''))
    .filter(Boolean)
    .join('、');
  const f = base(group, group, groupLabelOf(group, members[0] ?? group), role, value);
  f.options = options;
  return f;
}

/** The group container of an ARIA radio/checkbox (or the option itself when it stands alone). */
export function ariaChoiceGroup(option: Element): Element {
  return groupContainer(option) ?? option;
}
