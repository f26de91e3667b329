import type { ApplicationCheck, ApplicationProfile, CatalogueRequirement, Lang } from '../../core/index';
import { ui } from './i18n';
import { createOverlay, type DialogItem, type Highlight, type Overlay } from './overlay';
import type { CheckRequest, CheckResponse } from './protocol';
import { requirementName } from './render-checklist';
import { installSubmitGuard, type SubmitGuard } from './submit-guard';

/**
 * What the content script needs from the scanner (extension/scanner) and core. Injected so tests can drive it.
 * checkPage may answer later (the content script scans, the background runs core's check).
 */
export interface SessionDeps {
  checkPage(
    doc: Document,
    opts: {
      profile?: Partial<ApplicationProfile>;
      lang?: Lang;
      /** A certification body's own list instead of the bundled D1–D27 catalogue. */
      catalogue?: CatalogueRequirement[];
      /** Every document / shadow root the scan walked, so the watcher can observe shadow roots too. */
      onRoot?: (root: Document | ShadowRoot) => void;
    },
  ): ApplicationCheck | Promise<ApplicationCheck>;
  resolveRef(ref: string): Element | null;
  createChangeWatcher(
    doc: Document,
    onChange: () => void | Promise<void>,
    opts: { debounceMs: number; signal?: AbortSignal },
  ): {
    disconnect(): void;
    observe(root: Document | ShadowRoot): void;
    /** True while a re-check waits for its debounce or runs (the last check may be out of date). */
    readonly busy?: boolean;
  };
  reportBadge(missing: number | null): void;
  /** The label the page itself gives a field (from the last scan), so the dialog can say it in the form's words. */
  labelOf?(ref: string): string | undefined;
}

/** The subset of WXT's ContentScriptContext we use (stop everything when the extension is reloaded). */
export interface SessionContext {
  readonly isInvalid: boolean;
  readonly signal?: AbortSignal;
  onInvalidated(cb: () => void): () => void;
}

export interface PageSession {
  check(req: CheckRequest): Promise<CheckResponse>;
  jump(ref: string): boolean;
  readonly lastCheck: ApplicationCheck | null;
  readonly overlay: Overlay | null;
  dispose(): void;
}

/** Required documents still missing, as "D2 营业执照" lines. */
export function missingRequiredNames(check: ApplicationCheck, lang: Lang): string[] {
  return missingRequired(check, lang).map((m) => m.catalogueName);
}

/** One missing required document for the submit dialog: our catalogue name, the form's own label and field. */
export interface MissingItem {
  id: string;
  /** "D17 售后服务管理体系文件及文件清单" */
  catalogueName: string;
  /** The field the form offers for it (its first), when there is one. */
  ref?: string;
  /** That field's label on the page ("售后服务管理手册"), when the scan found one. */
  formLabel?: string;
}

export function missingRequired(
  check: ApplicationCheck,
  lang: Lang,
  labelOf: (ref: string) => string | undefined = () => undefined,
): MissingItem[] {
  return check.requirements
    .filter((r) => r.status === 'missing' && r.required)
    .map((r) => {
      const ref = r.fields[0];
      const formLabel = ref ? labelOf(ref)?.trim() : undefined;
      return {
        id: r.id,
        catalogueName: `${r.id} ${requirementName(r, lang)}`,
        ...(ref ? { ref } : {}),
        ...(formLabel ? { formLabel } : {}),
      };
    });
}

/** The dialog's line for an item: the form's words first, ours beside them; a field to jump to makes it a button. */
export function dialogItem(item: MissingItem, lang: Lang, jump: (ref: string) => void): DialogItem {
  // A label that only repeats our name ("认证申请书" for D1 认证申请书) adds nothing: say ours once.
  const squeeze = (x: string) => x.replace(/[\s（）()：:*＊]/g, '');
  const own =
    item.formLabel && !squeeze(item.catalogueName).endsWith(squeeze(item.formLabel)) ? item.formLabel : undefined;
  return {
    text: own ?? item.catalogueName,
    ...(own ? { note: ui(lang, 'guard.catalogueName', { name: item.catalogueName }) } : {}),
    ...(item.ref ? { onSelect: () => jump(item.ref!) } : {}),
  };
}

export function highlightsFor(
  check: ApplicationCheck,
  lang: Lang,
  resolveRef: (ref: string) => Element | null,
): Highlight[] {
  const out: Highlight[] = [];
  for (const req of check.requirements) {
    if (!req.required || (req.status !== 'missing' && req.status !== 'review')) continue;
    const key = req.status === 'missing' ? 'overlay.missing' : 'overlay.review';
    for (const ref of req.fields) {
      const target = resolveRef(ref);
      if (target)
        out.push({
          target,
          kind: req.status,
          text: ui(lang, key, { name: `${req.id} ${requirementName(req, lang)}` }),
        });
    }
  }
  for (const issue of check.fieldIssues) {
    const target = resolveRef(issue.ref);
    if (target) out.push({ target, kind: 'issue', text: issue.message });
  }
  return out;
}

export function createPageSession(win: Window, deps: SessionDeps, ctx: SessionContext): PageSession {
  const doc = win.document;
  const labelOf = (ref: string) => deps.labelOf?.(ref);
  let overlay: Overlay | null = null;
  let guard: SubmitGuard | null = null;
  let watcher: ReturnType<SessionDeps['createChangeWatcher']> | null = null;
  let lastReq: CheckRequest | null = null;
  let lastCheck: ApplicationCheck | null = null;
  let rafPending = false;
  let runs = 0; // the latest run wins: an older answer arriving late never replaces a newer one

  const ensureOverlay = () => {
    if (!overlay || !overlay.host.isConnected) overlay = createOverlay(doc);
    return overlay;
  };

  /** The check of the page as it is now; `latest` is false when a newer run started meanwhile. */
  const run = async (req: CheckRequest): Promise<{ check: ApplicationCheck; latest: boolean }> => {
    const mine = ++runs;
    const catalogue: CatalogueRequirement[] | undefined = req.requirements;
    const check = await deps.checkPage(doc, {
      profile: req.profile,
      lang: req.lang,
      ...(catalogue ? { catalogue } : {}),
      onRoot: (root) => watcher?.observe(root),
    });
    const latest = mine === runs;
    if (latest) lastCheck = check;
    return { check, latest };
  };

  const show = (check: ApplicationCheck, lang: Lang) => {
    ensureOverlay().setHighlights(highlightsFor(check, lang, deps.resolveRef));
    deps.reportBadge(check.summary.missingRequired);
  };

  const recheck = async () => {
    if (ctx.isInvalid) return dispose();
    if (!lastReq) return;
    const req = lastReq;
    try {
      const { check, latest } = await run(req);
      if (latest && !ctx.isInvalid) show(check, req.lang);
    } catch {
      /* a page mid-update can fail a scan; the next change tries again */
    }
  };

  const onViewportChange = () => {
    if (rafPending || !overlay) return;
    rafPending = true;
    win.requestAnimationFrame(() => {
      rafPending = false;
      overlay?.reposition();
    });
  };

  const watch = () => {
    if (watcher) return;
    watcher = deps.createChangeWatcher(doc, recheck, {
      debounceMs: 300,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    win.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
    win.addEventListener('resize', onViewportChange, { passive: true });
  };

  const arm = () => {
    if (!guard) {
      guard = installSubmitGuard(win, {
        // Decided at once from the last check (the watcher keeps it current), then confirmed with a fresh one:
        // a file may have been added a moment ago.
        missingItems: () => {
          if (ctx.isInvalid || !lastReq || !lastCheck) return null;
          return missingRequired(lastCheck, lastReq.lang, labelOf);
        },
        freshMissingItems: async () => {
          if (ctx.isInvalid || !lastReq) return null;
          const req = lastReq;
          try {
            return missingRequired((await run(req)).check, req.lang, labelOf);
          } catch {
            return lastCheck ? missingRequired(lastCheck, req.lang, labelOf) : null;
          }
        },
        isStale: () => watcher?.busy ?? false,
        confirm: (items) => {
          const lang = lastReq?.lang ?? 'zh-CN';
          return ensureOverlay().showDialog({
            title: ui(lang, 'guard.title', { count: items.length }),
            body: ui(lang, 'guard.body'),
            items: items.map((item) => dialogItem(item, lang, jump)),
            backLabel: ui(lang, 'guard.back'),
            continueLabel: ui(lang, 'guard.continue'),
          });
        },
        ownHost: () => overlay?.host ?? null,
      });
    }
  };

  function jump(ref: string): boolean {
    const target = deps.resolveRef(ref);
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
    ensureOverlay().flash(target);
    return true;
  }

  function dispose() {
    watcher?.disconnect();
    watcher = null;
    guard?.dispose();
    guard = null;
    overlay?.destroy();
    overlay = null;
    win.removeEventListener('scroll', onViewportChange, { capture: true });
    win.removeEventListener('resize', onViewportChange);
  }
  ctx.onInvalidated(dispose);

  return {
    async check(req) {
      try {
        lastReq = req;
        watch(); // before the first scan, so the scan's onRoot reaches the watcher (shadow roots, frames)
        const { check, latest } = await run(req);
        if (!ctx.isInvalid) {
          if (latest) show(check, req.lang);
          arm();
        }
        return { ok: true, check, url: win.location.href };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    },
    jump,
    get lastCheck() {
      return lastCheck;
    },
    get overlay() {
      return overlay;
    },
    dispose,
  };
}
