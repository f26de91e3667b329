/*
 * The UI libraries the scanner reads, as data: one entry per library and part (form item, select,
 * radio/checkbox group, upload). The DOM code in fields.ts, form-items.ts and uploads.ts is written once
 * against these shapes; supporting another library means adding an entry here (and a fixture page).
 * Class names are the ones each library renders, checked against the real builds in
 * test/fixtures/forms (Element UI 2.15 and Element Plus, Ant Design 6 and Ant Design Vue 4, TDesign
 * Vue Next 1.20, Arco Design Vue 2.59, Naive UI 2.45, Vant 4.10, Layui 2).
 */
import type { SnapshotUpload } from '../../core/index';

/** A form item: one label and the control(s) it names. */
export interface FormItemSpec {
  /** The item's own class (a lone class: matched with classList and fast single-class queries). */
  item: string;
  /** The label inside the item; the first that matches wins. */
  label: string[];
  /** Present on the item itself or inside it when the library marks the item required. */
  required?: string;
}

export const FORM_ITEM_SPECS: readonly FormItemSpec[] = [
  { item: 'el-form-item', label: ['.el-form-item__label'], required: '.is-required' },
  {
    item: 'ant-form-item',
    label: ['.ant-form-item-label label', '.ant-form-item-label'],
    required: '.ant-form-item-required',
  },
  { item: 't-form__item', label: ['.t-form__label'], required: '.t-form__label--required' },
  { item: 'arco-form-item', label: ['.arco-form-item-label'], required: '.arco-form-item-label-required-symbol' },
  {
    item: 'n-form-item',
    label: ['.n-form-item-label__text', '.n-form-item-label'],
    required: '.n-form-item-label__asterisk',
  },
  { item: 'van-field', label: ['.van-field__label'], required: '.van-field__label--required' },
  // Layui: a .layui-inline without its own label sits in a .layui-form-item that has one (form-items.ts).
  { item: 'layui-form-item', label: ['.layui-form-label'] },
  { item: 'layui-inline', label: ['.layui-form-label'] },
];

/** A select rendered without a native <select>: its shown choice is read while the dropdown is closed. */
export interface SelectSpec {
  /** The component's root class. */
  root: string;
  /** Elements holding the chosen option(s) (tags of a multiple select first); `title` preferred over text. */
  values: string[];
  /** When one of these is inside, nothing is chosen (the shown text is a placeholder). */
  empty?: string[];
  /** Fall back to the inner input's value (libraries that show the choice in a readonly input). */
  inputValue?: boolean;
}

export const SELECT_SPECS: readonly SelectSpec[] = [
  // Element UI 2 keeps the choice in its readonly input; Element Plus 2.5+ in .el-select__placeholder.
  {
    root: 'el-select',
    values: ['.el-select__tags-text', '.el-select__placeholder:not(.is-transparent)'],
    inputValue: true,
  },
  // antd ≤ 5 and Ant Design Vue: .ant-select-selection-item; antd 6 single: .ant-select-content-has-value.
  { root: 'ant-select', values: ['.ant-select-selection-item', '.ant-select-content-has-value'] },
  { root: 't-select', values: ['.t-tag'], inputValue: true },
  {
    root: 'arco-select-view',
    values: ['.arco-select-view-tag', '.arco-select-view-value:not(.arco-select-view-value-hidden)'],
  },
  {
    root: 'n-select',
    values: ['.n-base-selection-tag-wrapper .n-tag__content', '.n-base-selection-input__content'],
    empty: ['.n-base-selection-placeholder'],
  },
];

/** Containers of a radio/checkbox group (one question) in any page: native fieldsets and ARIA groups. */
export const NATIVE_CHOICE_GROUPS: readonly string[] = ['[role=radiogroup]', '[role=group]', 'fieldset'];

/** The libraries' radio/checkbox group containers (looked for only on pages that use one). */
export const CHOICE_GROUPS: readonly string[] = [
  '.el-radio-group',
  '.el-checkbox-group',
  '.ant-radio-group',
  '.ant-checkbox-group',
  '.t-radio-group',
  '.t-checkbox-group',
  '.arco-radio-group',
  '.arco-radio-group-button',
  '.arco-checkbox-group',
  '.n-radio-group',
  '.n-checkbox-group',
  '.van-radio-group',
  '.van-checkbox-group',
];

/** Widgets read as a whole whose inner inputs are not fields of their own (selects, Layui's duplicates). */
export const WIDGETS: readonly string[] = [
  ...SELECT_SPECS.map((s) => `.${s.root}`),
  '.layui-form-select',
  '.layui-form-checkbox',
  '.layui-form-radio',
];

/**
 * A readonly text input inside one of these shows the choice of a picker that opens on a tap (mobile
 * libraries have no select): read as a select, i.e. a closed dropdown.
 */
export const PICKER_FIELDS: readonly string[] = ['.van-cell--clickable'];

/** Date pickers whose inner input is a date. */
export const DATE_PICKERS: readonly string[] = [
  '.el-date-editor',
  '.ant-picker',
  '.t-date-picker',
  '.arco-picker',
  '.n-date-picker',
];

/**
 * An upload component that renders its own file list. The component's root is `root` (closest to the
 * file input), or, for libraries without a root class, the parent of `trigger` (skipping the list when
 * the trigger sits inside it, as picture cards do).
 */
export interface UploadSpec {
  widget: SnapshotUpload['widget'];
  /** Element around the file input (the button/drop area). */
  trigger: string;
  root?: string;
  /** The rendered file list; a list class also found without a trigger (read-only lists). */
  list: string;
  /** The list's class, when a list shown without any trigger should be read as an upload of its own. */
  listClass?: string;
  /** One file in the list. */
  item: string;
  /** Where an item's file name is (its `title` preferred over its text); else an image's alt/aria-label. */
  name: string[];
  /** When given, only items matching one of these count as attached. */
  done?: string[];
  /** Items still uploading (on the item or inside it): the state is unknown until they finish. Tested first. */
  busy?: string[];
  /** Items that failed or were removed (on the item or inside it): not attached. */
  failed?: string[];
  /** An item counts only when it shows a name or an image (lists that render placeholder rows). */
  needsName?: boolean;
  /** The component renders its list element only while it holds files: no list means empty, not unreadable. */
  listOnlyWithFiles?: boolean;
}

export const UPLOAD_SPECS: readonly UploadSpec[] = [
  {
    widget: 'element',
    trigger: '.el-upload',
    list: '.el-upload-list',
    listClass: 'el-upload-list',
    item: '.el-upload-list__item',
    name: ['.el-upload-list__item-file-name', '.el-upload-list__item-name'],
    done: ['.is-success', '.is-ready'],
    busy: ['.is-uploading'],
  },
  {
    widget: 'antd',
    trigger: '.ant-upload',
    root: '.ant-upload-wrapper',
    list: '.ant-upload-list',
    listClass: 'ant-upload-list',
    item: '.ant-upload-list-item',
    name: ['.ant-upload-list-item-name'],
    failed: ['.ant-upload-list-item-error', '.ant-upload-list-item-removed'],
    busy: ['.ant-upload-list-item-uploading'],
    needsName: true,
  },
  {
    widget: 'tdesign',
    trigger: '.t-upload',
    root: '.t-upload',
    // Themes file (one name beside the button), file-flow (a table) and image (cards).
    list: '.t-upload__single-display-text, .t-upload__flow-table, .t-upload__card',
    item: '.t-upload__single-display-text, .t-upload__flow-table tbody tr, .t-upload__card-item',
    name: ['.t-upload__file-name', '.t-upload__card-name', '.t-upload__single-name'],
    // A failed card shows a text container where a done one shows its image (.t-upload__card-content).
    failed: [
      '.t-upload__file-fail',
      '.t-upload__file-flow-fail',
      '.t-upload__card-container:not(.t-upload__image-add)',
    ],
    busy: ['.t-upload__single-progress', '.t-upload__file-flow-progress', '.t-loading'],
    needsName: true,
    listOnlyWithFiles: true,
  },
  {
    widget: 'arco',
    trigger: '.arco-upload',
    root: '.arco-upload-wrapper',
    list: '.arco-upload-list',
    listClass: 'arco-upload-list',
    item: '.arco-upload-list-item, .arco-upload-list-picture',
    name: ['.arco-upload-list-item-name-link', '.arco-upload-list-item-name'],
    failed: ['.arco-upload-list-item-error', '.arco-upload-list-picture-status-error'],
    // A picture card that is still uploading has no status class, only its progress circle.
    busy: ['.arco-upload-list-item-uploading', '.arco-upload-progress .arco-progress'],
  },
  {
    widget: 'naive',
    trigger: '.n-upload',
    root: '.n-upload',
    list: '.n-upload-file-list',
    listClass: 'n-upload-file-list',
    item: '.n-upload-file',
    name: ['.n-upload-file-info__name'],
    failed: ['.n-upload-file--error-status', '.n-upload-file--removed-status'],
    // Uploading and pending files share the info status; only an uploading one shows a progress bar.
    busy: ['.n-progress'],
  },
  {
    widget: 'vant',
    trigger: '.van-uploader',
    root: '.van-uploader',
    list: '.van-uploader__wrapper',
    item: '.van-uploader__preview',
    name: ['.van-uploader__file-name'],
    // Vant draws a mask over a failed (close icon) or uploading (loading spinner) preview.
    failed: ['.van-uploader__mask .van-icon-close', '.van-uploader__mask-icon'],
    busy: ['.van-uploader__mask .van-loading'],
  },
];
