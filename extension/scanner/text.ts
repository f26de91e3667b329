/*
 * Reading text out of the page. Only `nodeValue` of text nodes is read: page text is data, never
 * markup, so nothing here (or anywhere in the scanner) parses or injects HTML.
 */
import { GENERIC_PLACEHOLDER_PREFIXES } from './page-words';

/** Subtrees whose text is not part of a label: control values, option lists, scripts, hidden bits. */
const SKIP_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'SVG',
  'svg',
]);

export const MAX_TEXT = 200;

/** Visible-ish text of an element (text nodes only, controls and `hidden` skipped), whitespace collapsed, capped. */
export function textOf(el: Element, max = MAX_TEXT): string {
  // Fast path: most labels and cells hold one text node.
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) return clean(only.nodeValue ?? '', max);
  let out = '';
  const stack: Node[] = [el];
  // Iterative walk in document order, bounded by the output length so a huge subtree costs little.
  while (stack.length && out.length <= max * 2) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e !== el && (SKIP_TEXT.has(e.tagName) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true'))
      continue;
    for (let c = e.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return clean(out, max);
}

// Whitespace that clean() would change: anything but a single inner space.
const UNCLEAN = /[^\S ]| {2}|^ | $/;

/** Collapse whitespace, trim, cap. */
export function clean(s: string, max = MAX_TEXT): string {
  // Most texts are already clean: test instead of building a copy.
  const t = UNCLEAN.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
  return t.length > max ? t.slice(0, max) : t;
}

// Character codes of the marks labelText() strips: * ＊ at the start; those and : ： at the end.
const isStar = (c: number) => c === 0x2a || c === 0xff0a;
const isEndMark = (c: number) => isStar(c) || c === 0x3a || c === 0xff1a;

/** A label as shown: required stars and trailing colons removed ("* 营业执照：" → "营业执照"). */
export function labelText(s: string): string {
  const t = clean(s);
  // Nothing to strip at either end (clean() already trimmed): the common case, told by two characters.
  if (!t || (!isStar(t.charCodeAt(0)) && !isEndMark(t.charCodeAt(t.length - 1)))) return t;
  return t
    .replace(/^[*＊\s]+/, '')
    .replace(/[\s:：*＊]+$/, '')
    .trim();
}

/**
 * One case-insensitive pattern for a word list from page-words.ts: `contains` any word, is
 * `whole`ly one, or starts with one (`prefix`). A space in a word matches any run of white space.
 */
export function wordsPattern(words: readonly string[], mode: 'contains' | 'whole' | 'prefix'): RegExp {
  const alt = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+')).join('|');
  return new RegExp(mode === 'whole' ? `^(?:${alt})$` : mode === 'prefix' ? `^(?:${alt})` : `(?:${alt})`, 'i');
}

const GENERIC_PLACEHOLDER = wordsPattern(GENERIC_PLACEHOLDER_PREFIXES, 'prefix');

/** Placeholders that say nothing about the field ("请输入", "请选择", "Please enter"). */
export function isGenericPlaceholder(s: string): boolean {
  const rest = s.replace(GENERIC_PLACEHOLDER, '').replace(/[\s.。…:：]+/g, '');
  return rest.length < 2;
}

const FILE_EXTENSIONS = 'pdf|docx?|xlsx?|csv|pptx?|jpe?g|png|gif|bmp|webp|tiff?|heic|zip|rar|7z|ofd|wps|et|txt|rtf';
const FILE_EXT_RE = new RegExp(`\\.(?:${FILE_EXTENSIONS})$`, 'i');
/** A file extension anywhere in a text: the quick test before looking for whole file names. */
export const FILE_EXT_ANYWHERE = new RegExp(`\\.(?:${FILE_EXTENSIONS})\\b`, 'i');

/** A string that is a file name or a path/URL ending in one ("营业执照 副本.pdf", "/upload/a.pdf?x=1"). Returns the base name. */
export function fileNameIn(s: string): string | undefined {
  const noQuery = s.trim().split(/[?#]/)[0] ?? '';
  const base = noQuery.slice(Math.max(noQuery.lastIndexOf('/'), noQuery.lastIndexOf('\\')) + 1).trim();
  if (!base || base.length > 160 || !FILE_EXT_RE.test(base)) return undefined;
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}
