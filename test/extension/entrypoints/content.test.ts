import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import background from '../../../extension/entrypoints/background';
import content from '../../../extension/entrypoints/content/index';
import type { CheckResponse } from '../../../extension/ui/protocol';
import { parseRequirementList } from '../../../core/index';

// The real content script with the real scanner, and the real background running core's check, on a real form in happy-dom.
const FORM = `
  <form id="apply" action="javascript:void 0">
    <label for="org">组织名称</label><input id="org" name="org_name" value="杭州示例电器有限公司">
    <label for="uscc">统一社会信用代码</label><input id="uscc" name="uscc" value="91330106MA2KX8P3LA">
    <label for="d1">认证申请书</label><input type="file" id="d1">
    <label for="d2">营业执照副本</label><input type="file" id="d2">
    <button type="submit" id="go">提交申请</button>
  </form>`;

const send = <T>(msg: unknown) => fakeBrowser.runtime.sendMessage(msg) as Promise<T>;
const overlayRoot = () => document.querySelector('gbt27922-overlay')?.shadowRoot ?? null;

describe('content script', () => {
  let ctx: ContentScriptContext;
  const badges: (number | null)[] = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    badges.length = 0;
    document.body.innerHTML = FORM;
    delete (window as { __gbt27922?: unknown }).__gbt27922;
    background.main(); // answers the content script's 'gbt27922:assess' with core's check
    ctx = new ContentScriptContext('content');
    await content.main(ctx);
    // The background's badge handler, as far as this test needs it.
    fakeBrowser.runtime.onMessage.addListener((msg: { type?: string; missing?: number | null }) => {
      if (msg?.type === 'gbt27922:badge') badges.push(msg.missing ?? null);
    });
  });
  afterEach(() => ctx.abort());

  it('answers ping, and a check with the ApplicationCheck of the page', async () => {
    expect(await send({ type: 'gbt27922:ping' })).toEqual({ ok: true });
    const res = await send<CheckResponse>({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.check.requirements.find((r) => r.id === 'D1')!.status).toBe('missing');
    // The form asks for a credit code and a 营业执照 upload, so it takes the organisation for an enterprise
    // (core: the form's evidence, unless the user states otherwise): D2 is required, and its field is empty.
    expect(res.check.requirements.find((r) => r.id === 'D2')!.status).toBe('missing');
    expect(res.check.fieldIssues.map((i) => i.field)).toContain('uscc'); // wrong check character
    expect(badges).toEqual([res.check.summary.missingRequired]);
  });

  it('outlines missing documents in its own shadow root, never restyling the page', async () => {
    await send({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    const root = overlayRoot()!;
    const tips = [...root.querySelectorAll('.box.missing .tip')].map((t) => t.textContent);
    expect(tips).toEqual([expect.stringMatching(/^缺失：D1 /), expect.stringMatching(/^缺失：D2 /)]);
    expect(root.querySelectorAll('.box.review')).toHaveLength(0);
    expect(root.querySelectorAll('.box.issue')).toHaveLength(1);
    expect(document.getElementById('d2')!.getAttribute('style')).toBeNull();
    expect(document.querySelector('gbt27922-overlay')!.parentElement).toBe(document.documentElement);
  });

  it('applies the profile the popup sends (user overrides beat the form)', async () => {
    const res = await send<CheckResponse>({ type: 'gbt27922:check', lang: 'en', profile: { multiSite: true } });
    if (!res.ok) throw new Error(res.error);
    expect(res.check.profile.multiSite).toBe(true);
    expect(res.check.profileOrigin.multiSite).toBe('override');
    expect(res.check.requirements.find((r) => r.id === 'D8')!.status).not.toBe('not-applicable');
  });

  it('uses a custom requirement list as the options page saved it (validated there, not here)', async () => {
    const saved = parseRequirementList(
      JSON.stringify([
        {
          id: 'D1',
          flag: 'mandatory',
          name: { zh: '认证申请书', en: 'Application form' },
          aliases: ['认证申请书'],
          rule: { when: 'always', required: true, source: 'proposed' },
        },
      ]),
      'zh-CN',
    );
    const ok = await send<CheckResponse>({
      type: 'gbt27922:check',
      lang: 'zh-CN',
      profile: {},
      requirements: saved,
    });
    expect(ok.ok && ok.check.requirements.map((r) => r.id)).toEqual(['D1']);
  });

  it('re-checks when a shadow root the scan walked changes (watcher fed by the scan)', async () => {
    const host = document.createElement('apply-extra');
    document.getElementById('apply')!.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="slot"></div>';
    const res = await send<CheckResponse>({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    if (!res.ok) throw new Error(res.error);
    expect(badges).toHaveLength(1);
    // A document-level MutationObserver does not see inside shadow roots: only the scan's onRoot wiring does.
    const label = document.createElement('label');
    label.textContent = '售后服务管理制度';
    shadow.querySelector('.slot')!.append(label);
    await new Promise((r) => setTimeout(r, 450)); // the session's 300 ms debounce
    expect(badges).toHaveLength(2);
  });

  it('jumps to a field: focus and a flash in the overlay', async () => {
    const res = await send<CheckResponse>({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    if (!res.ok) throw new Error(res.error);
    const ref = res.check.requirements.find((r) => r.id === 'D1')!.fields[0]!;
    expect(await send({ type: 'gbt27922:jump', ref })).toEqual({ ok: true });
    expect(overlayRoot()!.querySelectorAll('.flash')).toHaveLength(1);
    expect(await send({ type: 'gbt27922:jump', ref: 'no-such-ref' })).toEqual({ ok: false });
  });

  it('guards the submit once checked, with the dialog in the overlay', async () => {
    let submitted = 0;
    document.getElementById('apply')!.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    document.getElementById('go')!.click();
    expect(submitted).toBe(1); // not checked yet: no guard
    await send({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    document.getElementById('go')!.click();
    expect(submitted).toBe(1); // stopped at once; the dialog follows the fresh check
    await vi.waitFor(() => expect(overlayRoot()!.querySelector('.dialog')).not.toBeNull());
    const dialog = overlayRoot()!.querySelector('.dialog')!;
    expect(dialog.querySelector('h2')!.textContent).toMatch(/^还有 \d+ 项必交材料没有上传$/);
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^D1 /)]),
    );
    dialog.querySelector<HTMLButtonElement>('button.continue')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(submitted).toBe(2);
  });

  it('stops everything when the extension context is invalidated', async () => {
    await send({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    let submitted = 0;
    document.getElementById('apply')!.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    ctx.abort();
    expect(document.querySelector('gbt27922-overlay')).toBeNull();
    document.getElementById('go')!.click();
    expect(submitted).toBe(1);
    expect(await send({ type: 'gbt27922:ping' })).toBeUndefined(); // nobody answers any more
  });

  it('a second injection while the first is alive does not install a second copy', async () => {
    const second = new ContentScriptContext('content');
    // WXT invalidates an older context with the same name when a new one starts; ours must survive that only once.
    await content.main(second);
    await send({ type: 'gbt27922:check', lang: 'zh-CN', profile: {} });
    expect(document.querySelectorAll('gbt27922-overlay')).toHaveLength(1);
    second.abort();
  });
});
