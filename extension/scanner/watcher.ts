/*
 * Re-check when the page changes: a debounced MutationObserver plus input/change events and SPA route
 * changes (popstate, hashchange, and pushState/replaceState seen as a URL change). One run at a time:
 * changes during a run schedule exactly one more run after it. Nothing runs while the page is still.
 */
import { OVERLAY_TAG } from './scan';

export type ChangeReason = 'mutation' | 'input' | 'route';

export interface ChangeWatcherOptions {
  /** Quiet time before a run. Default 400 ms. */
  debounceMs?: number;
  /** Mutations inside these elements are ignored (besides `<gbt27922-overlay>`). */
  ignore?: (node: Node) => boolean;
  /** Stop for good when aborted (e.g. WXT's `ctx.signal` when the extension context is invalidated). */
  signal?: AbortSignal;
  /** How often to compare location.href where the Navigation API is missing. Default 1000 ms. */
  urlPollMs?: number;
}

export interface ChangeWatcher {
  /** Also watch a shadow root or a same-origin frame's document (pass scanPage's `onRoot`). */
  observe(root: Document | ShadowRoot): void;
  /** Stop observing; pending runs are dropped. */
  disconnect(): void;
  /** Same as disconnect. */
  stop(): void;
  /** True while a run is in progress or waiting for the debounce. */
  readonly busy: boolean;
}

const OBSERVED_ATTRS = [
  'class',
  'value',
  'checked',
  'selected',
  'disabled',
  'hidden',
  'src',
  'title',
  'aria-checked',
  'aria-selected',
];

export function createChangeWatcher(
  doc: Document,
  onChange: (reason: ChangeReason) => void | Promise<void>,
  options: ChangeWatcherOptions = {},
): ChangeWatcher {
  const win = doc.defaultView;
  if (!win) throw new Error('createChangeWatcher: the document has no window');
  const debounceMs = options.debounceMs ?? 400;
  const overlayUpper = OVERLAY_TAG.toUpperCase();
  let timer: number | undefined;
  let running = false;
  let again: ChangeReason | null = null;
  let stopped = false;
  let lastUrl = win.location.href;
  const observed = new WeakSet<Node>();

  const ours = (n: Node): boolean => {
    for (let x: Node | null = n; x; x = x.parentNode ?? (x as ShadowRoot).host ?? null) {
      if (x.nodeType === 1 && (x as Element).tagName === overlayUpper) return true;
      if (options.ignore?.(x)) return true;
    }
    return false;
  };

  const allOurs = (nodes: NodeList): boolean => {
    for (let i = 0; i < nodes.length; i++) if (!ours(nodes[i]!)) return false;
    return true;
  };

  const run = async (reason: ChangeReason) => {
    timer = undefined;
    if (stopped) return;
    if (running) {
      again = again ?? reason;
      return;
    }
    running = true;
    try {
      await onChange(reason);
    } catch (e) {
      // A failed run must not stop the watcher; the next change tries again.
      console.warn('[gbt27922] re-check failed:', e);
    } finally {
      running = false;
    }
    if (again && !stopped) {
      const r = again;
      again = null;
      schedule(r);
    }
  };

  const schedule = (reason: ChangeReason) => {
    if (stopped) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(() => void run(reason), debounceMs);
  };

  const checkUrl = () => {
    const href = win.location.href;
    if (href !== lastUrl) {
      lastUrl = href;
      schedule('route');
      return true;
    }
    return false;
  };

  const mo = new win.MutationObserver((records) => {
    if (checkUrl()) return;
    for (const r of records) {
      if (ours(r.target)) continue;
      // Our overlay host being added to / removed from <body> is not a page change either.
      if (r.type === 'childList' && allOurs(r.addedNodes) && allOurs(r.removedNodes)) continue;
      schedule('mutation');
      return;
    }
  });
  const observe = (root: Document | ShadowRoot) => {
    if (stopped || observed.has(root)) return;
    observed.add(root);
    mo.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRS,
    });
  };
  observe(doc);

  // Typing and picking files change no DOM; listen for the events instead (capture: frameworks may stop propagation).
  const onInput = (e: Event) => {
    if (e.target instanceof win.Node && ours(e.target)) return;
    schedule('input');
  };
  const onRoute = () => {
    lastUrl = win.location.href;
    schedule('route');
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
  win.addEventListener('popstate', onRoute);
  win.addEventListener('hashchange', onRoute);
  // pushState/replaceState fire no event; the Navigation API sees them (Chromium), else poll the URL (a string compare).
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const onNavigate = () => win.setTimeout(checkUrl, 0);
  let poll: number | undefined;
  if (nav) nav.addEventListener('navigatesuccess', onNavigate);
  else poll = win.setInterval(checkUrl, options.urlPollMs ?? 1000);

  const disconnect = () => {
    if (stopped) return;
    stopped = true;
    mo.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    if (poll !== undefined) win.clearInterval(poll);
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('change', onInput, true);
    win.removeEventListener('popstate', onRoute);
    win.removeEventListener('hashchange', onRoute);
    nav?.removeEventListener('navigatesuccess', onNavigate);
  };
  if (options.signal) {
    if (options.signal.aborted) disconnect();
    else options.signal.addEventListener('abort', disconnect, { once: true });
  }

  return {
    observe,
    disconnect,
    stop: disconnect,
    get busy() {
      return running || timer !== undefined;
    },
  };
}
