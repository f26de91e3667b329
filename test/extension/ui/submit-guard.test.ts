import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findSubmitControl, installSubmitGuard, type SubmitGuard } from '../../../extension/ui/submit-guard';
import { dialogItem } from '../../../extension/ui/page-session';

/** A confirm() the test answers later, like a user reading the dialog. */
function deferredConfirm() {
  let answer!: (go: boolean) => void;
  const confirm = vi.fn(
    (_items: string[]) =>
      new Promise<boolean>((r) => {
        answer = r;
      }),
  );
  return { confirm, answer: (go: boolean) => answer(go) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('submit guard', () => {
  let guard: SubmitGuard | null = null;
  beforeEach(() => document.body.replaceChildren());
  afterEach(() => guard?.dispose());

  function nativeForm() {
    document.body.innerHTML = `<form id="f" action="javascript:void 0"><input name="org" value="某公司">
      <button type="submit" name="action" value="final" id="go">提交申请</button></form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    const submits: (string | null)[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault(); // the page's own handler (ajax); records the submitter it saw
      submits.push((e as SubmitEvent).submitter?.id ?? null);
    });
    return { form, submits, button: document.getElementById('go') as HTMLButtonElement };
  }

  it('"返回补充": a native form submission is stopped and stays stopped', async () => {
    const { submits, button } = nativeForm();
    const d = deferredConfirm();
    guard = installSubmitGuard(window, { missingItems: () => ['D2 营业执照'], confirm: d.confirm });
    button.click();
    expect(d.confirm).toHaveBeenCalledWith(['D2 营业执照']);
    expect(submits).toEqual([]);
    d.answer(false);
    await flush();
    expect(submits).toEqual([]);
    expect(guard.stopped).toBe(1);
  });

  it('"仍然提交": the form is submitted exactly once, with the same submitter', async () => {
    const { submits, button } = nativeForm();
    const d = deferredConfirm();
    guard = installSubmitGuard(window, { missingItems: () => ['D2 营业执照'], confirm: d.confirm });
    button.click();
    d.answer(true);
    await flush();
    expect(submits).toEqual(['go']);
    // The bypass was one-shot: the next submission is checked again.
    button.click();
    expect(d.confirm).toHaveBeenCalledTimes(2);
    expect(submits).toEqual(['go']);
  });

  it('lets the submission through untouched when nothing required is missing', () => {
    const { submits, button } = nativeForm();
    const confirm = vi.fn();
    guard = installSubmitGuard(window, { missingItems: () => [], confirm });
    button.click();
    expect(confirm).not.toHaveBeenCalled();
    expect(submits).toEqual(['go']);
  });

  // The content script's check answers later (the background runs it): the guard stops on the last check at once,
  // then goes by the fresh one.
  it('stops on the last check, then submits at once without the dialog when the fresh check finds nothing missing', async () => {
    const { submits, button } = nativeForm();
    const confirm = vi.fn();
    guard = installSubmitGuard(window, {
      missingItems: () => ['D2 营业执照'], // the last check, from before the file was added
      freshMissingItems: () => Promise.resolve([]),
      confirm,
    });
    button.click();
    expect(submits).toEqual([]);
    await flush();
    expect(confirm).not.toHaveBeenCalled();
    expect(submits).toEqual(['go']);
  });

  it('asks with the fresh list when the fresh check still finds documents missing', async () => {
    const { submits, button } = nativeForm();
    const d = deferredConfirm();
    guard = installSubmitGuard(window, {
      missingItems: () => ['D1 认证申请书', 'D2 营业执照'],
      freshMissingItems: () => Promise.resolve(['D1 认证申请书']),
      confirm: d.confirm,
    });
    button.click();
    await flush();
    expect(d.confirm).toHaveBeenCalledWith(['D1 认证申请书']);
    d.answer(false);
    await flush();
    expect(submits).toEqual([]);
  });

  it('stops a submission when the last check found nothing but the page changed since, and blocks on the fresh check', async () => {
    // A required file removed a moment before submitting: the re-check is still waiting for its debounce.
    const { submits, button } = nativeForm();
    const d = deferredConfirm();
    guard = installSubmitGuard(window, {
      missingItems: () => [],
      isStale: () => true,
      freshMissingItems: () => Promise.resolve(['D2 营业执照']),
      confirm: d.confirm,
    });
    button.click();
    expect(submits).toEqual([]);
    await flush();
    expect(d.confirm).toHaveBeenCalledWith(['D2 营业执照']);
    d.answer(false);
    await flush();
    expect(submits).toEqual([]);
  });

  it('a stale check that the fresh one confirms lets the submission go on once, without a dialog', async () => {
    const { submits, button } = nativeForm();
    const confirm = vi.fn();
    guard = installSubmitGuard(window, {
      missingItems: () => [],
      isStale: () => true,
      freshMissingItems: () => Promise.resolve([]),
      confirm,
    });
    button.click();
    await flush();
    expect(confirm).not.toHaveBeenCalled();
    expect(submits).toEqual(['go']);
  });

  it('does nothing before the page was checked (missingItems null)', () => {
    const { submits, button } = nativeForm();
    guard = installSubmitGuard(window, { missingItems: () => null, confirm: vi.fn() });
    button.click();
    expect(submits).toEqual(['go']);
  });

  function jsButton() {
    // Element Plus style: <button type="button"> with a click handler doing the submit; no <form> submission.
    document.body.innerHTML = `<div class="el-form"><button type="button" class="el-button el-button--primary" id="js"><span>提 交</span></button>
      <button type="button" class="el-button" id="cancel"><span>取消</span></button></div>`;
    const calls: string[] = [];
    document.getElementById('js')!.addEventListener('click', () => calls.push('submit'));
    document.getElementById('cancel')!.addEventListener('click', () => calls.push('cancel'));
    return { calls, button: document.getElementById('js')!, inner: document.querySelector('#js span') as HTMLElement };
  }

  it('JS-handled button: the click is stopped; "返回补充" keeps it stopped', async () => {
    const { calls, inner } = jsButton();
    const d = deferredConfirm();
    guard = installSubmitGuard(window, { missingItems: () => ['D17 售后服务管理体系文件'], confirm: d.confirm });
    inner.click(); // the user clicks the text inside the button
    expect(calls).toEqual([]);
    d.answer(false);
    await flush();
    expect(calls).toEqual([]);
  });

  it('JS-handled button: "仍然提交" replays the click once, reaching the page handler', async () => {
    const { calls, inner } = jsButton();
    const d = deferredConfirm();
    guard = installSubmitGuard(window, { missingItems: () => ['D17 售后服务管理体系文件'], confirm: d.confirm });
    inner.click();
    d.answer(true);
    await flush();
    expect(calls).toEqual(['submit']);
  });

  it('never intercepts other buttons or our own dialog', () => {
    const { calls } = jsButton();
    const host = document.createElement('gbt27922-overlay');
    const own = document.createElement('button');
    own.textContent = '仍然提交';
    host.attachShadow({ mode: 'open' }).append(own);
    document.body.append(host);
    const confirm = vi.fn();
    guard = installSubmitGuard(window, { missingItems: () => ['D2 营业执照'], confirm, ownHost: () => host });
    document.getElementById('cancel')!.click();
    own.click();
    expect(confirm).not.toHaveBeenCalled();
    expect(calls).toEqual(['cancel']);
  });

  it('recognises submit controls by their text, through shadow roots', () => {
    document.body.innerHTML =
      '<div id="h"></div><a role="button" id="draft">保存草稿</a><input type="button" id="v" value="Submit">';
    const shadowBtn = document.createElement('button');
    shadowBtn.textContent = '确认提交';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).append(shadowBtn);
    const seen: (string | null)[] = [];
    const listener = (e: Event) => seen.push(findSubmitControl(e)?.textContent ?? findSubmitControl(e)?.id ?? null);
    window.addEventListener('click', listener, true);
    shadowBtn.click();
    document.getElementById('draft')!.click();
    document.getElementById('v')!.click();
    window.removeEventListener('click', listener, true);
    expect(seen).toEqual(['确认提交', null, '']);
  });

  it('stops listening once disposed (extension context invalidated)', () => {
    const { submits, button } = nativeForm();
    const g = installSubmitGuard(window, {
      missingItems: () => ['D2 营业执照'],
      confirm: vi.fn(() => new Promise<boolean>(() => {})),
    });
    g.dispose();
    button.click();
    expect(submits).toEqual(['go']);
  });
});

describe('submit dialog items', () => {
  it('show the form’s own label with our catalogue name beside it, and jump to the field', () => {
    const jumps: string[] = [];
    const item = dialogItem(
      { id: 'D17', catalogueName: 'D17 售后服务管理体系文件及文件清单', ref: 'r7', formLabel: '售后服务手册' },
      'zh-CN',
      (ref) => jumps.push(ref),
    );
    expect([item.text, item.note]).toEqual(['售后服务手册', '（清单：D17 售后服务管理体系文件及文件清单）']);
    item.onSelect!();
    expect(jumps).toEqual(['r7']);
  });

  it('say our name once when the form’s label only repeats it; no button without a field', () => {
    const same = dialogItem(
      { id: 'D1', catalogueName: 'D1 认证申请书', ref: 'r1', formLabel: '认证申请书：' },
      'en',
      () => {},
    );
    expect([same.text, same.note]).toEqual(['D1 认证申请书', undefined]);
    const none = dialogItem({ id: 'D5', catalogueName: 'D5 Organisation code certificate' }, 'en', () => {});
    expect(none.onSelect).toBeUndefined();
  });
});
