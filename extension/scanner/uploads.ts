/*
 * Upload widgets and whether files are attached. Only names, sizes and types are read (from
 * `input.files` or from the file list the widget renders); file contents are never touched.
 * A widget whose state cannot be read is `unknown`, so core answers `review`, never `present`.
 */
import type { SnapshotFile, SnapshotUpload } from '../../core/index';
import { DELETE_WORDS, FILE_ACTION_WORDS, TEMPLATE_WORDS } from './page-words';
import { featuresOf, FORM_ITEMS } from './features';
import { FIELD_CONTAINER, formItemRequired } from './form-items';
import { cellOf } from './label-layout';
import { uploadLabel, type LabelIndex } from './labels';
import type { UploadSpec } from './libraries';
import { nearest } from './nearest';
import { refOf } from './refs';
import { clean, FILE_EXT_ANYWHERE, fileNameIn, labelText, textOf, wordsPattern } from './text';

export interface UploadFinding {
  /** Element the ref points at (the widget's root). */
  root: Element;
  upload: SnapshotUpload;
}

/** Where an upload belongs: its form item / table row, used to merge a generic file list into a native input. */
const NATIVE_SCOPES = ['tr', 'fieldset'];
const SCOPES = [...FORM_ITEMS, ...NATIVE_SCOPES];
export function uploadScope(el: Element): Element | null {
  // Library form items only on pages that have them.
  return nearest(el, featuresOf(el).formItems ? SCOPES : NATIVE_SCOPES);
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
  // formItemRequired skips closest() on pages without library form items.
  if (input?.hasAttribute('required') || formItemRequired(root)) upload.required = true;
  return { root, upload };
}

const matchesAny = (el: Element, sels: readonly string[] | undefined) =>
  !!sels?.some((sel) => el.matches(sel) || !!el.querySelector(sel));

/** The component root of a library upload found from its trigger (the element around the file input). */
export function uploadRoot(trigger: Element, spec: UploadSpec): Element {
  const own = spec.root ? trigger.closest(spec.root) : null;
  if (own) return own;
  // No root class: the trigger's parent holds trigger and list (picture cards put the trigger inside the list).
  let root = trigger.parentElement ?? trigger;
  if (root.matches(spec.list)) root = root.parentElement ?? root;
  return root;
}

/** Name shown for one list item: its name element (title first), else an image's alt/label or file name. */
function itemName(item: Element, spec: UploadSpec): string {
  for (const sel of spec.name) {
    const n = item.matches(sel) ? item : item.querySelector(sel);
    const t = n ? labelText(n.getAttribute('title') || textOf(n)) : '';
    if (t) return t;
  }
  const img = item.querySelector('img');
  if (!img) return '';
  return img.getAttribute('alt') || img.getAttribute('aria-label') || fileNameIn(img.getAttribute('src') ?? '') || '';
}

/**
 * A library upload (libraries.ts UPLOAD_SPECS) read from the file list it renders: attached items
 * are files; an item still uploading, or no list at all (hidden by the page), makes the state unknown.
 */
export function readLibraryUpload(root: Element, spec: UploadSpec, index: LabelIndex, unnamed: string): UploadFinding {
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  const list = root.querySelector(spec.list);
  const items = list ? Array.from(root.querySelectorAll(spec.item)) : [];
  const files: SnapshotFile[] = [];
  let uploading = false;
  for (const i of items) {
    if (matchesAny(i, spec.busy)) {
      uploading = true;
      continue;
    }
    if (matchesAny(i, spec.failed)) continue;
    if (spec.done && !spec.done.some((sel) => i.matches(sel))) continue;
    const name = itemName(i, spec);
    if (!name && spec.needsName && !i.querySelector('img')) continue;
    files.push({ name: name || unnamed });
  }
  const hasList = !!list || !!spec.listOnlyWithFiles;
  const state: SnapshotUpload['state'] = files.length ? 'has-files' : uploading || !hasList ? 'unknown' : 'empty';
  return finish(root, input, spec.widget, state, files, index);
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

const MAX_SEEN = 5;
const FILE_ACTION = wordsPattern([...FILE_ACTION_WORDS, ...DELETE_WORDS], 'whole');
const TEMPLATE = wordsPattern(TEMPLATE_WORDS, 'contains');

/** The area an upload occupies: its form item or table row when it is the only upload there, else its cell. */
export function uploadArea(root: Element): Element {
  const scope = uploadScope(root);
  // At most one input at all (the live list is kept between scans) settles it without a query.
  if (
    scope &&
    (scope.getElementsByTagName('input').length <= 1 || scope.querySelectorAll('input[type=file]').length <= 1)
  )
    return scope;
  return cellOf(root);
}

/**
 * A blank form offered for download ("认证申请书模板.docx", "下载样本"): not the applicant's file. Looks at
 * the element and the inline elements around it (a link, its span), never at a whole cell that may also hold
 * the applicant's file beside a template link.
 */
const INLINE = new Set(['A', 'SPAN', 'EM', 'I', 'B', 'STRONG', 'SMALL', 'FONT', 'U']);
function isTemplate(el: Element): boolean {
  for (
    let e: Element | null = el;
    e;
    e = e.parentElement && INLINE.has(e.parentElement.tagName) ? e.parentElement : null
  ) {
    if (TEMPLATE.test(clean(e.textContent ?? '', 120)) || TEMPLATE.test(e.getAttribute('href') ?? '')) return true;
  }
  return false;
}

/**
 * What looks like a file already there inside an upload's area, outside the list a reader already
 * read (`skip`): file names in the text, thumbnails, and list rows with a 查看/下载/删除 action.
 * Page text, capped; the messages for images and rows come from `say`.
 */
export function seenInside(
  area: Element,
  skip: Element | null,
  say: { image: (name: string) => string; row: (text: string) => string },
): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s && out.length < MAX_SEEN && !out.includes(s)) out.push(s);
  };
  const outside = (e: Element) => !skip || !skip.contains(e);
  // Most areas show nothing of the kind: one look at their text and tags before walking them.
  const hasName = FILE_EXT_ANYWHERE.test(area.textContent ?? '');
  const hasImg = area.getElementsByTagName('img').length > 0;
  const hasRows = area.getElementsByTagName('li').length > 0 || area.getElementsByTagName('tr').length > 0;
  if (!hasName && !hasImg && !hasRows) return out;
  const walker = area.ownerDocument.createTreeWalker(area, 4 /* SHOW_TEXT */);
  for (let n = hasName ? walker.nextNode() : null; n && out.length < MAX_SEEN; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p || !outside(p) || p.closest('script, style, template, option')) continue;
    const name = fileNameIn(clean(n.nodeValue ?? '', 160));
    if (name && !isTemplate(p)) add(name);
  }
  for (const img of Array.from(area.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (!src || !outside(img) || img.closest('button') || isTemplate(img)) continue;
    const r = img.getBoundingClientRect();
    if (r.width > 0 && r.width < 24 && r.height < 24) continue; // an icon, not a thumbnail
    add(say.image(labelText(img.getAttribute('alt') ?? '') || fileNameIn(src) || ''));
  }
  for (const row of Array.from(area.querySelectorAll('li, tbody tr'))) {
    if (!outside(row) || isTemplate(row)) continue;
    const actions = Array.from(row.querySelectorAll('a, button, [role=button]'));
    if (!actions.some((a) => FILE_ACTION.test(clean(a.textContent ?? '', 20)))) continue;
    const cells = row.tagName === 'TR' ? Array.from((row as HTMLTableRowElement).cells) : [row];
    const text = labelText(cells.map((c) => textOf(c, 60)).join(' '));
    // A row naming a file already listed adds nothing.
    if (!out.some((s) => text.includes(s))) add(say.row(text));
  }
  return out;
}
