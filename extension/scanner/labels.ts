/*
 * Which text names a control: one pipeline of label sources per kind of control, tried in order; the
 * first that yields text wins, and its tier says how far to trust it ('markup' the page states it,
 * 'layout' the page's layout implies it, 'hint' a guess). The walk goes forward only: this file calls
 * the sources (label-markup.ts, form-items.ts, label-layout.ts), which call nothing back here.
 *
 * Field order: aria-labelledby, label[for], wrapping label, library form item, aria-label, table row
 * header | layout cell | title, placeholder, preceding text.
 */
import type { SnapshotField } from '../../core/index';
import { formItemLabel } from './form-items';
import { cellLabel, precedingText, rowHeader } from './label-layout';
import {
  ariaLabelledBy,
  attr,
  labelForId,
  legendOf,
  nextText,
  optionWrapLabel,
  placeholderLabel,
  triggerText,
  wrappingLabel,
  type LabelIndex,
} from './label-markup';

export type { LabelIndex } from './label-markup';
export type LabelSource = NonNullable<SnapshotField['labelSource']>;

/** One step of a pipeline: a named source, its tier, and how it reads the target. */
interface Step<T> {
  source: string;
  tier: LabelSource;
  read: (t: T) => string;
}

/** Walk `steps` in order once; the first non-empty text wins. */
function resolve<T>(steps: readonly Step<T>[], target: T): { label: string; source: LabelSource } {
  for (const s of steps) {
    const label = s.read(target);
    if (label) return { label, source: s.tier };
  }
  return { label: '', source: 'hint' };
}

/** A single-value control (text, select, textarea, date, native file input). */
interface FieldTarget {
  el: Element;
  index: LabelIndex;
}

const FIELD_STEPS: readonly Step<FieldTarget>[] = [
  { source: 'aria-labelledby', tier: 'markup', read: (t) => ariaLabelledBy(t.el) },
  { source: 'label[for]', tier: 'markup', read: (t) => labelForId(t.el, t.index) },
  { source: 'wrapping label', tier: 'markup', read: (t) => wrappingLabel(t.el) },
  { source: 'library form item', tier: 'markup', read: (t) => formItemLabel(t.el) },
  { source: 'aria-label', tier: 'markup', read: (t) => attr(t.el, 'aria-label') },
  { source: 'table row header', tier: 'markup', read: (t) => rowHeader(t.el) },
  { source: 'layout cell', tier: 'layout', read: (t) => cellLabel(t.el) },
  { source: 'title', tier: 'hint', read: (t) => attr(t.el, 'title') },
  { source: 'placeholder', tier: 'hint', read: (t) => placeholderLabel(t.el) },
  { source: 'preceding text', tier: 'hint', read: (t) => precedingText(t.el) },
];

/** Best label of a single-value control, with its tier. */
export function fieldLabelOf(el: Element, index: LabelIndex): { label: string; source: LabelSource } {
  return resolve(FIELD_STEPS, { el, index });
}

/** A radio/checkbox group: its container (null when the group is only a shared name) and first option. */
interface GroupTarget {
  group: Element | null;
  /** The group, else the first option. */
  item: Element;
  /** Where layout sources start: the group, else the first option's <label> or the option. */
  anchor: Element;
  members?: readonly Element[];
}

const GROUP_STEPS: readonly Step<GroupTarget>[] = [
  { source: 'aria-labelledby', tier: 'markup', read: (t) => (t.group ? ariaLabelledBy(t.group) : '') },
  { source: 'aria-label', tier: 'markup', read: (t) => (t.group ? attr(t.group, 'aria-label') : '') },
  { source: 'legend', tier: 'markup', read: (t) => legendOf(t.group) },
  { source: 'library form item', tier: 'markup', read: (t) => formItemLabel(t.item) },
  { source: 'table row header', tier: 'markup', read: (t) => rowHeader(t.item) },
  { source: 'layout cell', tier: 'layout', read: (t) => cellLabel(t.anchor, t.members) },
  { source: 'preceding text', tier: 'hint', read: (t) => precedingText(t.anchor) },
];

/** The question a radio/checkbox group answers ("是否多场所"), from the group container or its first option. */
export function groupLabelOf(
  group: Element | null,
  first: Element,
  members?: readonly Element[],
): { label: string; source: LabelSource } {
  const anchor = group ?? first.closest('label') ?? first;
  return resolve(GROUP_STEPS, { group, item: group ?? first, anchor, members });
}

interface OptionTarget {
  input: Element;
  index: LabelIndex;
}

const OPTION_STEPS: readonly Step<OptionTarget>[] = [
  { source: 'wrapping label', tier: 'markup', read: (t) => optionWrapLabel(t.input) },
  { source: 'label[for]', tier: 'markup', read: (t) => labelForId(t.input, t.index) },
  { source: 'aria-labelledby', tier: 'markup', read: (t) => ariaLabelledBy(t.input) },
  { source: 'aria-label', tier: 'markup', read: (t) => attr(t.input, 'aria-label') },
  { source: 'title', tier: 'markup', read: (t) => attr(t.input, 'title') }, // Layui keeps its option text in title
  { source: 'next text', tier: 'markup', read: (t) => nextText(t.input) },
  { source: 'value', tier: 'markup', read: (t) => attr(t.input, 'value') },
];

/** The visible text of one radio/checkbox option. */
export function optionLabel(input: Element, index: LabelIndex): string {
  return resolve(OPTION_STEPS, { input, index }).label;
}

/** An upload widget rooted at `root`, optionally with its file input. */
interface UploadTarget {
  root: Element;
  input: Element | null;
  index: LabelIndex;
}

const UPLOAD_STEPS: readonly Step<UploadTarget>[] = [
  { source: 'aria-labelledby', tier: 'markup', read: (t) => ariaLabelledBy(t.root) },
  { source: 'aria-label', tier: 'markup', read: (t) => attr(t.root, 'aria-label') },
  { source: 'input aria-labelledby', tier: 'markup', read: (t) => (t.input ? ariaLabelledBy(t.input) : '') },
  { source: 'input label[for]', tier: 'markup', read: (t) => (t.input ? labelForId(t.input, t.index) : '') },
  { source: 'input aria-label', tier: 'markup', read: (t) => (t.input ? attr(t.input, 'aria-label') : '') },
  { source: 'library form item', tier: 'markup', read: (t) => formItemLabel(t.root) },
  { source: 'table row header', tier: 'markup', read: (t) => rowHeader(t.root) },
  { source: 'layout cell', tier: 'layout', read: (t) => cellLabel(t.root) },
  { source: 'preceding text', tier: 'hint', read: (t) => precedingText(t.root) },
  { source: 'input title', tier: 'hint', read: (t) => (t.input ? attr(t.input, 'title') : '') },
  { source: 'trigger text', tier: 'hint', read: (t) => triggerText(t.root) },
];

/** Label of an upload widget rooted at `root` (optionally with its file input). */
export function uploadLabel(root: Element, input: Element | null, index: LabelIndex): string {
  return resolve(UPLOAD_STEPS, { root, input, index }).label;
}
