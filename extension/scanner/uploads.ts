/*
 * Upload widgets and whether files are attached. Only names, sizes and types are read (from
 * `input.files` or from the file list the widget renders); file contents are never touched.
 * A widget whose state cannot be read is `unknown`, so core answers `review`, never `present`.
 */
import type { SnapshotFile, SnapshotUpload } from '../../core/documents/types';
import { DELETE_WORDS } from './page-words';
import { featuresOf } from './features';
import { FIELD_CONTAINER, uploadLabel, type LabelIndex } from './labels';
import { refOf } from './refs';
import { clean, fileNameIn, labelText, textOf, wordsPattern } from './text';

export interface UploadFinding {
  /** Element the ref points at (the widget's root). */
  root: Element;
  upload: SnapshotUpload;
}

/** Where an upload belongs: its form item / table row, used to merge a generic file list into a native input. */
export function uploadScope(el: Element): Element | null {
  return el.closest(`${FIELD_CONTAINER}, tr, fieldset`);
}

function nativeFiles(input: HTMLInputElement | null): SnapshotFile[] {
  const list = input?.files;
  if (!list) return [];
  const out: SnapshotFile[] = [];
  for (let i = 0; i < list.length; i++) {
    const f = list[i]!;
    out.push({ name: f.name, size: f.size, ...(f.type ? { type: f.type } : {}) });
  }
  return out;
}

function finish(
  root: Element,
  input: HTMLInputElement | null,
  widget: SnapshotUpload['widget'],
  state: SnapshotUpload['state'],
  files: SnapshotFile[],
  index: LabelIndex,
): UploadFinding {
  const upload: SnapshotUpload = {
    ref: refOf(root, 'u'),
    label: uploadLabel(root, input, index),
    widget,
    state,
    files,
  };
  const accept = input?.getAttribute('accept');
  if (accept) upload.accept = accept;
  const formItems = featuresOf(root).formItems; // no form items on the page: no closest() walks up to the top
  if (
    input?.hasAttribute('required') ||
    (formItems &&
      (root.closest('.el-form-item.is-required') ||
        root.closest('.ant-form-item')?.querySelector('.ant-form-item-required')))
  ) {
    upload.required = true;
  }
  return { root, upload };
}

/** Status of list items: which count as attached, which mean "still uploading" (unknown). */
function fromListItems(
  items: Element[],
  nameOf: (i: Element) => string,
  ok: (i: Element) => boolean,
  busy: (i: Element) => boolean,
  hasList: boolean,
) {
  const files: SnapshotFile[] = [];
  let uploading = false;
  for (const i of items) {
    if (ok(i)) files.push({ name: nameOf(i) });
    else if (busy(i)) uploading = true;
  }
  const state: SnapshotUpload['state'] = files.length ? 'has-files' : uploading || !hasList ? 'unknown' : 'empty';
  return { state, files };
}

/** Element Plus / Element UI: root = the component's root div holding `.el-upload` and `.el-upload-list`. */
export function readElementUpload(root: Element, index: LabelIndex, unnamed: string): UploadFinding {
  const input = root.querySelector<HTMLInputElement>('input.el-upload__input, input[type=file]');
  const list = root.querySelector('.el-upload-list');
  const items = list ? Array.from(list.querySelectorAll('.el-upload-list__item')) : [];
  const { state, files } = fromListItems(
    items,
    (i) => {
      const n = i.querySelector('.el-upload-list__item-file-name') ?? i.querySelector('.el-upload-list__item-name');
      const img = i.querySelector('img');
      return (n && labelText(n.getAttribute('title') || textOf(n))) || img?.getAttribute('alt') || unnamed;
    },
    (i) => i.classList.contains('is-success') || i.classList.contains('is-ready'),
    (i) => i.classList.contains('is-uploading'),
    !!list,
  );
  return finish(root, input, 'element', state, files, index);
}

/** Ant Design: root = `.ant-upload-wrapper` (v5/v6) or the span around `.ant-upload-select` (v4). */
export function readAntUpload(root: Element, index: LabelIndex, unnamed: string): UploadFinding {
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  const list = root.querySelector('.ant-upload-list');
  const items = list ? Array.from(list.querySelectorAll('.ant-upload-list-item')) : [];
  const { state, files } = fromListItems(
    items,
    (i) => {
      const n = i.querySelector('.ant-upload-list-item-name');
      const img = i.querySelector('img');
      return (n && labelText(n.getAttribute('title') || textOf(n))) || img?.getAttribute('alt') || unnamed;
    },
    (i) =>
      i.classList.contains('ant-upload-list-item-done') ||
      (!i.className.match(/ant-upload-list-item-(error|uploading|removed)/) && !!i.textContent),
    (i) => i.classList.contains('ant-upload-list-item-uploading'),
    !!list,
  );
  return finish(root, input, 'antd', state, files, index);
}

/** File names in hidden inputs (`<input type=hidden name=licence value="/upload/a.pdf">`), a common way pages keep uploaded files. */
function hiddenFileValues(scope: Element): SnapshotFile[] {
  const out: SnapshotFile[] = [];
  for (const h of Array.from(scope.querySelectorAll<HTMLInputElement>('input[type=hidden]'))) {
    const name = fileNameIn(h.value ?? '');
    if (name) out.push({ name });
  }
  return out;
}

/** File names shown in a page-built list: table rows, images with a src, or any text that is a file name. */
function pageListFiles(list: Element, unnamed: string): SnapshotFile[] {
  const out: SnapshotFile[] = [];
  const rows = list.querySelectorAll('tbody tr');
  if (rows.length) {
    for (const r of Array.from(rows)) {
      const cell = r.querySelector('td');
      const name = cell ? labelText(textOf(cell)) : '';
      if (name) out.push({ name: fileNameIn(name) ?? name });
    }
    return out;
  }
  for (const img of Array.from(list.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (src) out.push({ name: img.getAttribute('alt') || fileNameIn(src) || unnamed });
  }
  if (out.length) return out;
  const walker = list.ownerDocument.createTreeWalker(list, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 50; n = walker.nextNode()) {
    const name = fileNameIn(n.nodeValue ?? '');
    if (name) out.push({ name });
  }
  return out;
}

/**
 * Layui: `upload.render({elem})` adds `input.layui-upload-file` next to the button; the page itself fills
 * a list or preview (`.layui-upload-list`), often keeps the uploaded path in a hidden input.
 */
export function readLayuiUpload(input: HTMLInputElement, index: LabelIndex, unnamed: string): UploadFinding {
  const root = input.closest('.layui-upload') ?? uploadScope(input) ?? input.parentElement ?? input;
  const picked = nativeFiles(input);
  if (picked.length) return finish(root, input, 'layui', 'has-files', picked, index);
  const list = root.querySelector('.layui-upload-list');
  // A hidden input with the stored path names the file best; else what the page's list/preview shows.
  const hidden = hiddenFileValues(root);
  const files = hidden.length ? hidden : list ? pageListFiles(list, unnamed) : [];
  const state = files.length ? 'has-files' : list ? 'empty' : 'unknown';
  return finish(root, input, 'layui', state, files, index);
}

const WU_LIST = '.uploader-list, .filelist, .file-list, .queueList, [id^="WU_FILE_"]';

/**
 * WebUploader: `.webuploader-pick` inside `.webuploader-container`; the page lists queued files, by
 * convention as elements with the WebUploader file id (`WU_FILE_n`).
 */
export function readWebUploader(container: Element, index: LabelIndex, unnamed: string): UploadFinding {
  const input = container.querySelector<HTMLInputElement>('input[type=file]');
  // Walk up to the element that holds both the picker and the page's list (the demo's #uploader).
  let root: Element = container;
  let list: Element | null = null;
  for (let a: Element | null = container.parentElement, n = 0; a && n < 4; a = a.parentElement, n++) {
    list = a.querySelector(WU_LIST);
    if (list) {
      root = a;
      break;
    }
    if (a.matches(`${FIELD_CONTAINER}, tr, form`)) {
      root = a;
      break;
    }
  }
  const items = Array.from(root.querySelectorAll('[id^="WU_FILE_"]'));
  const files: SnapshotFile[] = items
    .filter((i) => !/(^|\s)(state-)?(error|cancelled|invalid)(\s|$)/.test(i.className))
    .map((i) => {
      const n = i.querySelector('.info, .title, .file-name, .name, h4, p');
      return { name: labelText(n ? textOf(n) : textOf(i)) || unnamed };
    });
  const picked = nativeFiles(input);
  const all = files.length ? files : picked;
  const state = all.length ? 'has-files' : list || items.length ? 'empty' : 'unknown';
  return finish(root, input, 'webuploader', state, all, index);
}

/** A plain `<input type=file>`: its FileList. */
export function readNativeUpload(input: HTMLInputElement, index: LabelIndex): UploadFinding {
  const files = nativeFiles(input);
  return finish(input, input, 'native', files.length ? 'has-files' : 'empty', files, index);
}

const DELETE_TEXT = wordsPattern(DELETE_WORDS, 'whole');

/**
 * The generic "uploaded file name + 删除 link" pattern (server-rendered pages, hand-made lists):
 * `el` is a link/button; returns the item holding a file name next to it, or null.
 */
export function genericItem(el: Element): { item: Element; file: SnapshotFile } | null {
  const text = clean(el.textContent ?? '', 20);
  if (!DELETE_TEXT.test(text)) return null;
  for (let item = el.parentElement, n = 0; item && n < 2; item = item.parentElement, n++) {
    for (const c of Array.from(item.querySelectorAll('a, span, em, b, strong, div, p'))) {
      if (c === el || c.contains(el)) continue;
      const name =
        fileNameIn(clean(c.textContent ?? '', 160)) ??
        (c.tagName === 'A' ? fileNameIn(c.getAttribute('href') ?? '') : undefined);
      if (name) return { item, file: { name } };
    }
    // Text node directly in the item ("营业执照.pdf <a>删除</a>").
    for (let t = item.firstChild; t; t = t.nextSibling) {
      if (t.nodeType === 3) {
        const name = fileNameIn(clean(t.nodeValue ?? ''));
        if (name) return { item, file: { name } };
      }
    }
  }
  return null;
}

export function readGenericUpload(root: Element, files: SnapshotFile[], index: LabelIndex): UploadFinding {
  return finish(
    root,
    root.querySelector<HTMLInputElement>('input[type=file]'),
    'generic',
    files.length ? 'has-files' : 'empty',
    files,
    index,
  );
}
