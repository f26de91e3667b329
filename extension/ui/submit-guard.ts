/*
 * Submit guard: when the user submits with required documents missing, stop the submission, ask,
 * and on "仍然提交" replay it exactly as the page would have run it:
 *  - a native <form> submission (submit button, Enter in a field, form.requestSubmit()) is caught as the
 *    `submit` event in the capture phase and replayed with form.requestSubmit(submitter);
 *  - a JS-handled button (Element Plus / Ant Design / layui buttons with click handlers and no form
 *    submission) is caught as its `click` in the capture phase and replayed with element.click().
 * The replay runs with a one-shot bypass flag so our own listener lets it through exactly once.
 */
import { NOT_SUBMIT_WORDS, SUBMIT_WORDS } from '../scanner/page-words';
import { wordsPattern } from '../scanner/text';

/** T: what the dialog lists for one missing document (a name, or a richer item the page session builds). */
export interface GuardOptions<T = string> {
  /** The required documents still missing, or [] / null when nothing should be stopped. */
  missingItems(): T[] | null;
  /**
   * When given: asked after a submission was stopped, for the list as the page is now. [] or null lets the
   * submission go on at once (replayed, no dialog); otherwise the dialog shows this list.
   */
  freshMissingItems?(): Promise<T[] | null>;
  /**
   * True when the page changed after the last check (a re-check is waiting or running): the submission is then
   * stopped even if the last check found nothing missing, and decided by freshMissingItems. Without this a file
   * removed a moment before submitting would slip through.
   */
  isStale?(): boolean;
  /** Shows the dialog; resolves true to submit anyway. */
  confirm(items: T[]): Promise<boolean>;
  /** Elements whose events are ours (the overlay host): never intercepted. */
  ownHost?: () => Element | null;
  /** Registers a listener that is removed when the extension context dies (WXT ctx.addEventListener). */
  listen?: (
    target: Window,
    type: 'submit' | 'click',
    handler: (e: Event) => void,
    options: AddEventListenerOptions,
  ) => void;
}

export interface SubmitGuard {
  dispose(): void;
  /** Number of submissions stopped so far (for diagnostics and tests). */
  readonly stopped: number;
}

const CONTROL_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a, .el-button, .ant-btn, .layui-btn';
const SUBMIT_TEXT = wordsPattern(SUBMIT_WORDS, 'contains');
const NOT_SUBMIT_TEXT = wordsPattern(NOT_SUBMIT_WORDS, 'contains');

// Ant Design puts a space between two CJK characters ("提 交"): compare without white space.
function controlText(control: Element): string {
  const raw =
    control instanceof HTMLInputElement
      ? control.value || control.getAttribute('aria-label') || ''
      : (control.textContent ?? '').trim() || control.getAttribute('aria-label') || control.getAttribute('title') || '';
  return raw.replace(/\s+/g, '');
}

/** True for a native submit button that belongs to a form: its submission is caught by the `submit` path instead. */
function isNativeFormSubmitter(control: Element): boolean {
  if (control instanceof HTMLButtonElement) return control.type === 'submit' && control.form !== null;
  if (control instanceof HTMLInputElement)
    return (control.type === 'submit' || control.type === 'image') && control.form !== null;
  return false;
}

/** The submit-like control an event went through, if any (looks through shadow roots via composedPath). */
export function findSubmitControl(e: Event): HTMLElement | null {
  for (const node of e.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (!node.matches(CONTROL_SELECTOR)) continue;
    const text = controlText(node);
    if (SUBMIT_TEXT.test(text) && !NOT_SUBMIT_TEXT.test(text)) return node as HTMLElement;
    return null; // the innermost control decides (a "取消" button inside a submit-ish container is not a submit)
  }
  return null;
}

export function installSubmitGuard<T = string>(win: Window, opts: GuardOptions<T>): SubmitGuard {
  let bypass = false;
  let stopped = 0;
  let disposed = false;

  const fromOurUi = (e: Event) => {
    const host = opts.ownHost?.();
    return host !== null && host !== undefined && e.composedPath().includes(host);
  };

  const replay = (run: () => void) => {
    bypass = true;
    try {
      run();
    } finally {
      bypass = false; // one-shot, even when the replay did not reach our listener (e.g. constraint validation failed)
    }
  };

  // True to let the stopped submission go on: nothing missing any more, or the user chose to submit anyway.
  const ask = async (items: T[]): Promise<boolean> => {
    if (opts.freshMissingItems) {
      const fresh = await opts.freshMissingItems();
      if (disposed) return false;
      if (!fresh || fresh.length === 0) return true;
      items = fresh;
    }
    if (items.length === 0) return true;
    return opts.confirm(items);
  };

  // What the last check says, or [] when it found nothing but is stale (stop, then decide on a fresh check).
  const itemsToStopFor = (): T[] | null => {
    const items = opts.missingItems();
    if (items && items.length > 0) return items;
    if (opts.freshMissingItems && opts.isStale?.()) return [];
    return null;
  };

  const onSubmit = (e: Event) => {
    if (bypass || disposed || fromOurUi(e)) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    const items = itemsToStopFor();
    if (!items) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    stopped++;
    const submitter = (e as SubmitEvent).submitter ?? null;
    void ask(items).then((go) => {
      if (!go || disposed || !form.isConnected) return;
      replay(() => {
        if (submitter && submitter.isConnected && (submitter as HTMLButtonElement).form === form)
          form.requestSubmit(submitter);
        else form.requestSubmit();
      });
    });
  };

  const onClick = (e: Event) => {
    if (bypass || disposed || fromOurUi(e)) return;
    if ((e as MouseEvent).button !== 0) return;
    const control = findSubmitControl(e);
    if (!control || isNativeFormSubmitter(control)) return;
    const items = itemsToStopFor();
    if (!items) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    stopped++;
    void ask(items).then((go) => {
      if (!go || disposed || !control.isConnected) return;
      replay(() => control.click());
    });
  };

  const listen = opts.listen ?? ((target, type, handler, options) => target.addEventListener(type, handler, options));
  listen(win, 'submit', onSubmit, { capture: true });
  listen(win, 'click', onClick, { capture: true });

  return {
    dispose() {
      disposed = true;
      win.removeEventListener('submit', onSubmit, { capture: true });
      win.removeEventListener('click', onClick, { capture: true });
    },
    get stopped() {
      return stopped;
    },
  };
}
