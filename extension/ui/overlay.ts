import { OVERLAY_TAG } from '../scanner/index';
import { el } from './i18n';

/*
 * Everything the extension draws on a page lives in ONE host element appended to <html>, holding a
 * shadow root. The host is absolutely positioned at 0,0 with zero size and !important inline styles,
 * so page CSS can neither restyle our UI nor can our UI move the page's own boxes. Outlines are
 * separate boxes placed over the fields (the fields themselves are never restyled).
 */
export { OVERLAY_TAG }; // the scanner skips this element, so our outlines never count as page content

export type HighlightKind = 'missing' | 'review' | 'issue';
export interface Highlight {
  target: Element;
  kind: HighlightKind;
  text: string;
}
/** One line of the dialog: the form's own label first, our catalogue name beside it; `onSelect` makes it a button. */
export interface DialogItem {
  text: string;
  note?: string;
  /** Called after the dialog closed (as "back"): e.g. jump to the field. */
  onSelect?: () => void;
}
export interface DialogOptions {
  title: string;
  body: string;
  items: (string | DialogItem)[];
  backLabel: string;
  continueLabel: string;
}
export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  setHighlights(items: Highlight[]): void;
  /** Recomputes outline positions (after scroll/resize/DOM changes). */
  reposition(): void;
  flash(target: Element): void;
  /** Resolves true for "continue", false for "back" (also Escape / backdrop). */
  showDialog(opts: DialogOptions): Promise<boolean>;
  destroy(): void;
}

const HOST_STYLE = [
  'all: initial',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'display: block',
  'pointer-events: none',
  'contain: none',
]
  .map((d) => `${d} !important`)
  .join('; ');

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: relative; z-index: 0; }
.box { position: absolute; z-index: 1; border: 2px solid #cf1322; border-radius: 3px; pointer-events: none; }
.box.review { border-color: #874d00; border-style: dashed; }
.box.issue { border-color: #c41d7f; }
/* The whole name, wrapped (never cut with an ellipsis); only a long token may break inside. */
.tip { position: absolute; left: 100%; top: 50%; transform: translateY(-50%); margin-left: 6px; width: max-content; max-width: 320px;
  white-space: normal; word-break: normal; overflow-wrap: anywhere; background: #cf1322; color: #fff; padding: 1px 6px; border-radius: 3px;
  font: 12px/18px "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; }
.box.tip-above .tip { left: -2px; top: auto; bottom: 100%; transform: none; margin: 0 0 2px; }
.box.review .tip { background: #874d00; }
.box.issue .tip { background: #c41d7f; }
.flash { position: absolute; border: 3px solid #0958d9; border-radius: 4px; pointer-events: none;
  animation: gbt-flash 0.5s ease-in-out 3 alternate; }
@keyframes gbt-flash { from { opacity: 1; } to { opacity: 0.2; } }
.backdrop { position: fixed; inset: 0; z-index: 10; background: rgba(0,0,0,0.35); pointer-events: auto;
  display: flex; align-items: center; justify-content: center;
  font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; color: #1f1f1f; }
.dialog { background: #fff; border-radius: 8px; padding: 20px 24px; width: min(440px, 92vw); max-height: 80vh; overflow: auto;
  box-shadow: 0 6px 24px rgba(0,0,0,0.25); }
.dialog h2 { font-size: 16px; margin: 0 0 6px; color: #cf1322; }
.dialog p { margin: 0 0 8px; color: #595959; }
.dialog ul { margin: 0 0 16px; padding: 0; list-style: none; }
.dialog li { margin: 4px 0; padding-left: 10px; border-left: 3px solid #cf1322; word-break: normal; overflow-wrap: anywhere; }
button.item { display: block; border: 0; background: none; padding: 1px 0; text-align: left; color: #0958d9; border-radius: 2px; }
button.item .label { text-decoration: underline; }
.dialog .note { display: block; color: #595959; font-size: 12px; text-decoration: none; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 5px 14px; border-radius: 6px; border: 1px solid #d9d9d9; background: #fff; cursor: pointer; }
button.primary { background: #0958d9; border-color: #0958d9; color: #fff; }
button:focus-visible { outline: 2px solid #0958d9; outline-offset: 2px; }
`;

/** Page coordinates of an element, adding same-origin iframe offsets. Hidden elements fall back to a visible ancestor. */
export function pageRect(target: Element): { top: number; left: number; width: number; height: number } | null {
  let node: Element | null = target;
  let rect = node.getBoundingClientRect();
  for (let up = 0; node && rect.width === 0 && rect.height === 0 && up < 3; up++) {
    node = node.parentElement;
    if (node) rect = node.getBoundingClientRect();
  }
  if (!node || (rect.width === 0 && rect.height === 0)) return null;
  let top = rect.top;
  let left = rect.left;
  let view = node.ownerDocument.defaultView;
  while (view && view.frameElement) {
    const fr = view.frameElement.getBoundingClientRect();
    top += fr.top;
    left += fr.left;
    view = view.parent as Window & typeof globalThis;
  }
  const topWin = view ?? window;
  return { top: top + topWin.scrollY, left: left + topWin.scrollX, width: rect.width, height: rect.height };
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('aria-live', 'polite');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const layer = el(doc, 'div', { className: 'layer' });
  root.append(style, layer);
  doc.documentElement.append(host);

  let current: { item: Highlight; box: HTMLElement }[] = [];
  let dialogOpen: Promise<boolean> | null = null;

  const place = (box: HTMLElement, target: Element) => {
    const r = pageRect(target);
    box.style.display = r ? 'block' : 'none';
    if (!r) return;
    box.style.top = `${r.top - 2}px`;
    box.style.left = `${r.left - 2}px`;
    box.style.width = `${r.width + 4}px`;
    box.style.height = `${r.height + 4}px`;
    // Tips go to the right of the field (forms are dense vertically); above it when the right side has no room.
    const viewWidth = doc.documentElement.clientWidth || 1024;
    box.classList.toggle('tip-above', r.left + r.width + 240 > viewWidth + (doc.defaultView?.scrollX ?? 0));
  };

  const overlay: Overlay = {
    host,
    root,
    setHighlights(items) {
      // Keep boxes that did not change (re-checks run on every page change; no flicker, stable nodes).
      const keep = new Map<(typeof current)[number], boolean>(current.map((c) => [c, true]));
      const next: typeof current = [];
      for (const item of items) {
        const same = current.find(
          (c) => keep.get(c) && c.item.target === item.target && c.item.kind === item.kind && c.item.text === item.text,
        );
        if (same) {
          keep.set(same, false);
          place(same.box, item.target);
          next.push(same);
          continue;
        }
        const box = el(doc, 'div', { className: `box ${item.kind}`, attrs: { 'data-kind': item.kind } }, [
          el(doc, 'div', { className: 'tip', text: item.text, attrs: { title: item.text } }),
        ]);
        layer.append(box);
        place(box, item.target);
        next.push({ item, box });
      }
      for (const [c, unused] of keep) if (unused) c.box.remove();
      current = next;
    },
    reposition() {
      for (const { item, box } of current) place(box, item.target);
    },
    flash(target) {
      const box = el(doc, 'div', { className: 'flash' });
      layer.append(box);
      place(box, target);
      setTimeout(() => box.remove(), 1600);
    },
    showDialog(opts) {
      if (dialogOpen) return dialogOpen;
      dialogOpen = new Promise<boolean>((resolve) => {
        const back = el(doc, 'button', { className: 'back primary', text: opts.backLabel, attrs: { type: 'button' } });
        const cont = el(doc, 'button', { className: 'continue', text: opts.continueLabel, attrs: { type: 'button' } });
        const dialog = el(doc, 'div', { className: 'dialog', attrs: { role: 'alertdialog', 'aria-modal': 'true' } }, [
          el(doc, 'h2', { text: opts.title }),
          el(doc, 'p', { text: opts.body }),
          el(
            doc,
            'ul',
            {},
            opts.items.map((item) => el(doc, 'li', {}, [itemNode(item)])),
          ),
          el(doc, 'div', { className: 'actions' }, [cont, back]),
        ]);
        const backdrop = el(doc, 'div', { className: 'backdrop' }, [dialog]);
        function itemNode(item: string | DialogItem): Node {
          const it = typeof item === 'string' ? { text: item } : item;
          const parts = [
            el(doc, 'span', { className: 'label', text: it.text }),
            it.note ? el(doc, 'span', { className: 'note', text: it.note }) : null,
          ];
          if (!it.onSelect) return el(doc, 'span', {}, parts);
          const b = el(doc, 'button', { className: 'item', attrs: { type: 'button' } }, parts);
          b.addEventListener('click', () => {
            done(false); // close first: the field must be visible, and the submission stays stopped
            it.onSelect!();
          });
          return b;
        }
        const done = (go: boolean) => {
          backdrop.remove();
          dialogOpen = null;
          resolve(go);
        };
        back.addEventListener('click', () => done(false));
        cont.addEventListener('click', () => done(true));
        backdrop.addEventListener('click', (e) => {
          if (e.target === backdrop) done(false);
        });
        // Keys typed in the dialog must not reach the page's own shortcuts.
        backdrop.addEventListener('keydown', (e) => {
          e.stopPropagation();
          if (e.key === 'Escape') done(false);
          // Keyboard focus stays inside the modal dialog (Tab and Shift+Tab wrap around).
          if (e.key === 'Tab') {
            const all = [...dialog.querySelectorAll('button')];
            const at = all.indexOf(root.activeElement as HTMLButtonElement);
            const next = e.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : at === all.length - 1 ? 0 : at + 1;
            e.preventDefault();
            all[next]?.focus();
          }
        });
        layer.append(backdrop);
        back.focus();
      });
      return dialogOpen;
    },
    destroy() {
      host.remove();
      current = [];
    },
  };
  return overlay;
}
