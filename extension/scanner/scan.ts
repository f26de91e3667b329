/*
 * scanPage(document) → FormSnapshot: one bounded walk over the page (light DOM, open and closed shadow
 * roots, same-origin iframes), collecting fields and upload widgets. No chrome.* here: the content
 * script injects what it has (e.g. `shadowRootOf: chrome.dom.openOrClosedShadowRoot`).
 */
import type { FormSnapshot, Limitation, SnapshotField, SnapshotFile, SnapshotUpload } from '../../core/index';
import { createTranslator, scannerMessages, type Lang } from '../../core/light';
import { beginScan, endScan, enterRoot, featuresOf, featuresOfRoot } from './features';
import {
  ariaChoiceGroup,
  choiceGroup,
  type ChoiceIndex,
  insideWidget,
  isFieldInput,
  readAriaChoice,
  readChoice,
  readControl,
  typeOf,
  readLibrarySelect,
} from './fields';
import type { LabelIndex } from './labels';
import { SELECT_SPECS, UPLOAD_SPECS, type SelectSpec, type UploadSpec } from './libraries';
import { nearest } from './nearest';
import { pruneRefs } from './refs';
import {
  genericItem,
  readGenericUpload,
  readLayuiUpload,
  readLibraryUpload,
  readNativeUpload,
  readWebUploader,
  seenInside,
  uploadArea,
  uploadRoot,
  uploadScope,
  type UploadFinding,
} from './uploads';

// Only the scanner's own words: core's t() merges every area's table, which the content script should not carry.
const { t } = createTranslator<`scanner.${string}`>([scannerMessages]);

// Class → what it is, so visit() tests an element's few classes against one map instead of every library.
const SELECT_BY_CLASS = new Map<string, SelectSpec>(SELECT_SPECS.map((s) => [s.root, s]));
const LIST_BY_CLASS = new Map<string, UploadSpec>(
  UPLOAD_SPECS.filter((s) => s.listClass).map((s) => [s.listClass!, s]),
);
// A spec's `list` may itself be a selector list (TDesign's three themes): one selector per entry for nearest().
const UPLOAD_LISTS = UPLOAD_SPECS.flatMap((s) => s.list.split(/\s*,\s*/));
const TRIGGERS = UPLOAD_SPECS.map((s) => s.trigger);
// What makes a form hold an upload (scope auto), one selector per query: on a form without any, a
// selector list costs a match per element (~1 ms for 10,000 elements), lone selectors a fraction.
const UPLOAD_MARKS = ['input[type=file]', '.el-upload', '.ant-upload', '.webuploader-pick'];

/** Tag name of the extension's own overlay host (WXT createShadowRootUi `name`); never scanned, never watched. */
export const OVERLAY_TAG = 'gbt27922-overlay';

export interface ScanOptions {
  /** Shadow root of an element, closed ones included. Content scripts pass `chrome.dom.openOrClosedShadowRoot`. Default: open roots only. */
  shadowRootOf?: (el: Element) => ShadowRoot | null | undefined;
  /** Language of limitation messages. Default zh-CN. */
  lang?: Lang;
  /** Stop after this many elements (hostile pages). Default 100,000. */
  maxNodes?: number;
  /** Do not descend deeper than this many nested elements. Default 500. */
  maxDepth?: number;
  /** Do not enter frames nested deeper than this. Default 5. */
  maxFrameDepth?: number;
  /** `auto` (default): only inside <form>s when the page has forms holding an upload, else the whole body. */
  scope?: 'auto' | 'forms' | 'body';
  /** Elements to skip entirely (besides `<gbt27922-overlay>`). */
  ignore?: (el: Element) => boolean;
  /** Called for every document / shadow root walked (e.g. so a change watcher can observe shadow roots too). */
  onRoot?: (root: Document | ShadowRoot) => void;
}

// What visit() does with an element, by tag name. Bits: LEAF_LINK (a "删除" link/button when it has no
// child element), SHADOW_HOST (may carry a shadow root); or one of the whole values.
const LEAF_LINK = 1;
const SHADOW_HOST = 2;
const INPUT = 4;
const CONTROL = 8; // select, textarea
const FRAME = 16;
const NO_WALK = 32; // scripts, styles, templates, SVG
// Elements that may carry a shadow root: HTML's attachShadow list; custom elements are told by their '-'.
const SHADOW_HOSTS = [
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
];
const TAG_KINDS = new Map<string, number>([
  ...SHADOW_HOSTS.map((tag) => [tag, SHADOW_HOST] as const),
  ['A', LEAF_LINK],
  ['BUTTON', LEAF_LINK],
  ['SPAN', LEAF_LINK | SHADOW_HOST],
  ['INPUT', INPUT],
  ['SELECT', CONTROL],
  ['TEXTAREA', CONTROL],
  ['IFRAME', FRAME],
  ['FRAME', FRAME],
  ['SCRIPT', NO_WALK],
  ['STYLE', NO_WALK],
  ['TEMPLATE', NO_WALK],
  ['NOSCRIPT', NO_WALK],
  ['svg', NO_WALK],
]);
const OVERLAY_UPPER = OVERLAY_TAG.toUpperCase();

function defaultShadowRootOf(el: Element): ShadowRoot | null {
  // Firefox content scripts can read closed roots this way; elsewhere only open roots are visible.
  const f = (el as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  return typeof f === 'function' ? f.call(el) : el.shadowRoot;
}

class Scan {
  readonly fields: SnapshotField[] = [];
  readonly uploads: UploadFinding[] = [];
  readonly limitations: Limitation[] = [];
  private readonly generic = new Map<Element, { root: Element; files: SnapshotFile[] }>();
  private readonly seenGroups = new Set<Element>();
  private readonly seenUploadRoots = new Set<Element>();
  private readonly labelIndex: LabelIndex = new WeakMap();
  private readonly choiceIndex: ChoiceIndex = new Map();
  private readonly shadowRootOf: (el: Element) => ShadowRoot | null | undefined;
  private readonly maxNodes: number;
  private readonly maxDepth: number;
  private readonly maxFrameDepth: number;
  private readonly lang: Lang;
  private readonly unnamed: string;
  private nodes = 0;
  /** Elements of the tree being walked whose classes and role visit() reads (features.ts `walkHooks`). */
  private hooks: ReadonlySet<Element> = new Set();
  private stopped = false;
  private depthReported = false;

  constructor(private readonly opts: ScanOptions) {
    this.shadowRootOf = opts.shadowRootOf ?? defaultShadowRootOf;
    this.maxNodes = opts.maxNodes ?? 100_000;
    this.maxDepth = opts.maxDepth ?? 500;
    this.maxFrameDepth = opts.maxFrameDepth ?? 5;
    this.lang = opts.lang ?? 'zh-CN';
    this.unnamed = t(this.lang, 'scanner.unnamed-file');
  }

  /** A document: its forms when they hold an upload (scope auto), else its body; frames always. */
  document(doc: Document, frameDepth: number): void {
    this.opts.onRoot?.(doc);
    const body = doc.body ?? doc.documentElement;
    if (!body) return;
    const scope = this.opts.scope ?? 'auto';
    const forms = scope === 'body' ? [] : Array.from(doc.forms);
    const useForms =
      forms.length > 0 && (scope === 'forms' || forms.some((f) => UPLOAD_MARKS.some((sel) => f.querySelector(sel))));
    if (!useForms) {
      this.tree(body, 0, frameDepth, true);
      return;
    }
    for (const f of forms) this.tree(f, 0, frameDepth, true);
    // Frames outside the forms are still reported (a cross-origin frame may hold the real form).
    for (const fr of framesOf(doc)) {
      if (!fr.closest('form')) this.frame(fr as HTMLIFrameElement, frameDepth);
    }
  }

  /** Iterative depth-first walk of `start`'s subtree (start included when `self`). */
  private tree(start: Element | ShadowRoot, depth0: number, frameDepth: number, self: boolean): void {
    const outer = this.hooks;
    const root = start.nodeType === 1 ? (start as Element).getRootNode() : start;
    enterRoot(root);
    this.hooks = featuresOfRoot(root).walkHooks;
    this.walk(start, depth0, frameDepth, self);
    this.hooks = outer; // a shadow tree walked inside this one has its own
  }

  private walk(start: Element | ShadowRoot, depth0: number, frameDepth: number, self: boolean): void {
    if (self && start.nodeType === 1) {
      if (!this.visit(start as Element, depth0, frameDepth)) return;
    }
    let el: Element | null = start.firstElementChild;
    let depth = depth0 + 1;
    // Each DOM property read once per element (they are calls into the browser, the walk's main cost).
    while (el && !this.stopped) {
      if (this.visit(el, depth, frameDepth)) {
        const child = el.firstElementChild;
        if (child) {
          if (depth + 1 > this.maxDepth) this.depthLimit();
          else {
            el = child;
            depth++;
            continue;
          }
        }
      }
      // Next sibling, or climb until one has a next sibling; never leave `start`.
      let next: Element | null = el.nextElementSibling;
      while (!next) {
        const p: Node | null = el.parentNode;
        if (!p || p === start) break;
        el = p as Element;
        depth--;
        next = el.nextElementSibling;
      }
      el = next;
    }
  }

  private depthLimit(): void {
    if (this.depthReported) return;
    this.depthReported = true;
    this.limitations.push({
      code: 'depth-limit',
      severity: 'warning',
      where: '',
      params: { max: this.maxDepth },
      detail: String(this.maxDepth),
      message: t(this.lang, 'scanner.depth-limit', { max: this.maxDepth }),
    });
  }

  /** Handle one element; returns whether to walk its children. */
  private visit(el: Element, depth: number, frameDepth: number): boolean {
    if (++this.nodes > this.maxNodes) {
      if (!this.stopped) {
        this.stopped = true;
        this.limitations.push({
          code: 'node-limit',
          severity: 'warning',
          where: '',
          params: { max: this.maxNodes },
          detail: String(this.maxNodes),
          message: t(this.lang, 'scanner.node-limit', { max: this.maxNodes }),
        });
      }
      return false;
    }
    const tag = el.tagName;
    if (tag === OVERLAY_UPPER || this.opts.ignore?.(el)) return false;

    // One lookup per element instead of a chain of tag comparisons (the walk visits every element).
    const kind = TAG_KINDS.get(tag) ?? (tag.includes('-') ? SHADOW_HOST : 0);
    if (kind !== 0) {
      if (kind === INPUT) {
        this.input(el as HTMLInputElement);
        return false;
      }
      if (kind === CONTROL) {
        if (!insideWidget(el)) this.fields.push(readControl(el, this.labelIndex));
        return false;
      }
      if (kind === FRAME) {
        this.frame(el as HTMLIFrameElement, frameDepth);
        return false;
      }
      if (kind === NO_WALK) return false;
      if (kind & LEAF_LINK && el.childElementCount === 0) this.maybeGeneric(el);
    }

    // Library classes and ARIA roles: only elements the whole-root queries found can have them.
    if (this.hooks.size !== 0 && this.hooks.has(el) && !this.hooked(el)) return false;

    if (kind & SHADOW_HOST) {
      const sr = this.shadowRootOf(el);
      if (sr) {
        this.opts.onRoot?.(sr);
        this.tree(sr, depth, frameDepth, false);
      }
    }
    return true;
  }

  /** Library classes (a select, a file list shown alone) and ARIA radios/checkboxes; returns whether to walk the children. */
  private hooked(el: Element): boolean {
    const cls = el.classList;
    for (let i = 0; i < cls.length; i++) {
      const c = cls[i]!;
      const select = SELECT_BY_CLASS.get(c);
      if (select) {
        this.fields.push(readLibrarySelect(el, select, this.labelIndex));
        return false;
      }
      const list = LIST_BY_CLASS.get(c);
      if (list) this.listOnlyUpload(el, list);
    }
    // Radios/checkboxes drawn without inputs (Vant): ARIA roles.
    const role = el.getAttribute('role');
    if ((role === 'radio' || role === 'checkbox') && !el.querySelector('input')) {
      const group = ariaChoiceGroup(el);
      if (!this.seenGroups.has(group)) {
        this.seenGroups.add(group);
        this.fields.push(readAriaChoice(group, role));
      }
      return false;
    }
    return true;
  }

  private input(el: HTMLInputElement): void {
    const type = typeOf(el);
    if (type === 'file') return this.fileInput(el);
    if (!isFieldInput(type) || insideWidget(el)) return;
    if (type === 'radio' || type === 'checkbox') {
      const group = choiceGroup(el, this.choiceIndex);
      if (this.seenGroups.has(group.key)) return;
      this.seenGroups.add(group.key);
      this.fields.push(readChoice(el, group, this.labelIndex));
      return;
    }
    this.fields.push(readControl(el, this.labelIndex, type));
  }

  private addUpload(root: Element, read: () => UploadFinding): void {
    if (this.seenUploadRoots.has(root)) return;
    this.seenUploadRoots.add(root);
    this.uploads.push(read());
  }

  private fileInput(el: HTMLInputElement): void {
    const trigger = featuresOf(el).uploads ? nearest(el, TRIGGERS) : null;
    const spec = trigger && UPLOAD_SPECS.find((s) => trigger.matches(s.trigger));
    if (trigger && spec) {
      const root = uploadRoot(trigger, spec);
      return this.addUpload(root, () => readLibraryUpload(root, spec, this.labelIndex, this.unnamed));
    }
    if (el.classList.contains('layui-upload-file')) {
      const f = readLayuiUpload(el, this.labelIndex, this.unnamed);
      return this.addUpload(f.root, () => f);
    }
    const wu = el.closest('.webuploader-container');
    if (wu) {
      const f = readWebUploader(wu, this.labelIndex, this.unnamed);
      return this.addUpload(f.root, () => f);
    }
    this.addUpload(el, () => readNativeUpload(el, this.labelIndex));
  }

  /** A library's file list shown without a trigger (read-only, or the limit reached): an upload of its own. */
  private listOnlyUpload(list: Element, spec: UploadSpec): void {
    const root = (spec.root && list.closest(spec.root)) || list.parentElement || list;
    if (!root.querySelector('input[type=file]'))
      this.addUpload(root, () => readLibraryUpload(root, spec, this.labelIndex, this.unnamed));
  }

  private maybeGeneric(el: Element): void {
    // The text test first: most leaves are not "删除" links, and a selector list costs at every ancestor.
    const hit = genericItem(el);
    if (!hit || nearest(el, UPLOAD_LISTS)) return;
    const root = uploadScope(hit.item) ?? hit.item.parentElement ?? hit.item;
    const g = this.generic.get(root) ?? { root, files: [] };
    if (!g.files.some((f) => f.name === hit.file.name)) g.files.push(hit.file);
    this.generic.set(root, g);
  }

  private frame(fr: HTMLIFrameElement, frameDepth: number): void {
    let doc: Document | null = null;
    try {
      doc = fr.contentDocument;
    } catch {
      doc = null;
    }
    const url = fr.src || fr.getAttribute('src') || '';
    if (doc) {
      if (frameDepth + 1 > this.maxFrameDepth) {
        this.limitations.push({
          code: 'depth-limit',
          severity: 'warning',
          where: url,
          params: { max: this.maxFrameDepth, url },
          detail: url,
          message: t(this.lang, 'scanner.frame-depth-limit', { max: this.maxFrameDepth, url }),
        });
        return;
      }
      this.document(doc, frameDepth + 1);
      return;
    }
    // No access: a cross-origin frame (or one not yet attached). Say so, with its URL.
    if (url && !/^(about:|javascript:)/i.test(url)) {
      this.limitations.push({
        code: 'cross-origin-frame',
        severity: 'warning',
        where: url,
        params: { url },
        detail: url,
        message: t(this.lang, 'scanner.cross-origin-frame', { url }),
      });
    }
  }

  /** Merge the generic "file name + 删除" findings: into a widget of the same row/form item, else as their own upload. */
  finish(): SnapshotUpload[] {
    for (const g of this.generic.values()) {
      const owner = this.uploads.find(
        (u) => u.root.contains(g.root) || g.root.contains(u.root) || uploadScope(u.root) === g.root,
      );
      if (owner) {
        // A widget's own list (with its 删除 buttons) is already read; only fill in a widget that showed nothing.
        if (owner.upload.state !== 'has-files') {
          owner.upload.state = 'has-files';
          owner.upload.files.push(...g.files);
        }
      } else {
        this.uploads.push(readGenericUpload(g.root, g.files, this.labelIndex));
      }
    }
    // An empty upload whose area shows something file-like is not `missing`: unknown, with what was seen.
    const say = {
      image: (name: string) => t(this.lang, 'scanner.seen-image', { name }).trim(),
      row: (text: string) => t(this.lang, 'scanner.seen-row', { text }),
    };
    for (const u of this.uploads) {
      if (u.upload.state !== 'empty') continue;
      const seen = seenInside(uploadArea(u.root), u.upload.widget === 'native' ? null : u.root, say);
      if (seen.length) {
        u.upload.state = 'unknown';
        u.upload.seen = seen;
      }
    }
    return this.uploads.map((u) => u.upload);
  }
}

/**
 * The document's iframes and frames in document order. Two single-tag queries: a selector list is
 * matched element by element, a lone tag or class selector takes the browser's fast path.
 */
function framesOf(doc: Document): Element[] {
  // Live lists: the browser keeps them between scans while the page does not change.
  const iframes = Array.from(doc.getElementsByTagName('iframe'));
  const frames = Array.from(doc.getElementsByTagName('frame'));
  if (!frames.length) return iframes;
  if (!iframes.length) return frames;
  return [...iframes, ...frames].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** Scan a page into a plain-JSON FormSnapshot. Never changes the page. */
export function scanPage(doc: Document, options: ScanOptions = {}): FormSnapshot {
  pruneRefs();
  beginScan();
  try {
    const s = new Scan(options);
    s.document(doc, 0);
    const uploads = s.finish();
    const snap: FormSnapshot = { fields: s.fields, uploads, limitations: s.limitations };
    const url = doc.location?.href;
    if (url) snap.url = url;
    if (doc.title) snap.title = doc.title;
    return snap;
  } finally {
    endScan();
  }
}
