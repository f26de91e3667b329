import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveRef } from '../../../extension/scanner/refs';
import { OVERLAY_TAG, scanPage } from '../../../extension/scanner/scan';
import { createChangeWatcher } from '../../../extension/scanner/watcher';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanPage', () => {
  it('scans only the forms when they hold the uploads, the whole body otherwise', () => {
    document.body.innerHTML = `<form id="search"><input aria-label="搜索"></form>
      <div><label for="lic">营业执照</label><input type="file" id="lic"></div>`;
    // The only form has no upload: the application is elsewhere on the page → whole body.
    expect(scanPage(document).uploads.map((u) => u.label)).toEqual(['营业执照']);

    document.body.innerHTML = `<header><input aria-label="站内搜索"></header>
      <form><label for="lic">营业执照</label><input type="file" id="lic"></form>`;
    const snap = scanPage(document);
    expect(snap.fields).toEqual([]);
    expect(snap.uploads.map((u) => u.label)).toEqual(['营业执照']);
    expect(scanPage(document, { scope: 'body' }).fields.map((f) => f.label)).toEqual(['站内搜索']);
  });

  it('an empty native file input is empty; its label comes from the row', () => {
    document.body.innerHTML =
      '<form><table><tr><th>组织机构图</th><td><input type="file" name="chart" accept=".pdf"></td></tr></table></form>';
    expect(scanPage(document).uploads).toEqual([
      {
        ref: expect.stringMatching(/^u\d+$/),
        label: '组织机构图',
        widget: 'native',
        state: 'empty',
        files: [],
        accept: '.pdf',
      },
    ]);
  });

  it('the generic "file name + 删除" pattern counts as an attached file, merged into the row\'s file input', () => {
    document.body.innerHTML = `<form><table>
      <tr><th>营业执照</th><td><input type="file" name="lic"><span><a href="/f/licence.pdf">营业执照.pdf</a> <a href="javascript:;">删除</a></span></td></tr>
      <tr><td>售后服务管理手册</td><td>售后服务管理手册.docx <button type="button">删除</button></td></tr>
      <tr><td>说明</td><td><a href="#">删除</a></td></tr>
    </table></form>`;
    const u = scanPage(document).uploads;
    expect(u.map((x) => [x.label, x.widget, x.state, x.files.map((f) => f.name)])).toEqual([
      ['营业执照', 'native', 'has-files', ['营业执照.pdf']],
      ['售后服务管理手册', 'generic', 'has-files', ['售后服务管理手册.docx']],
    ]);
  });

  it('an Element Plus upload whose list it cannot see is unknown, never present', () => {
    document.body.innerHTML = `<form><div class="el-form-item"><div class="el-form-item__label">售后服务网点清单</div>
      <div class="el-form-item__content"><div><div class="el-upload el-upload--text"><button type="button">选择文件</button><input class="el-upload__input" type="file"></div></div></div></div></form>`;
    expect(scanPage(document).uploads[0]).toMatchObject({
      label: '售后服务网点清单',
      widget: 'element',
      state: 'unknown',
      files: [],
    });
  });

  it('walks open shadow roots and same-origin (srcdoc) frames; skips our own overlay', () => {
    document.body.innerHTML = `<div id="host"></div><${OVERLAY_TAG}><input aria-label="我们自己的"></${OVERLAY_TAG}>
      <iframe srcdoc="<label for=x>营业执照</label><input type=file id=x>"></iframe>`;
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML =
      '<input aria-label="组织名称" value="甲公司">';
    const snap = scanPage(document);
    expect(snap.fields.map((f) => f.label)).toEqual(['组织名称']);
    expect(snap.uploads.map((u) => u.label)).toEqual(['营业执照']);
  });

  it('reaches closed roots only through the injected shadowRootOf', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<input aria-label="统一社会信用代码">';
    expect(scanPage(document).fields).toEqual([]);
    const shadowRootOf = vi.fn((el: Element) => (el === host ? root : el.shadowRoot));
    expect(scanPage(document, { shadowRootOf }).fields.map((f) => f.label)).toEqual(['统一社会信用代码']);
  });

  it('stops at maxNodes and maxDepth and reports each once, in the asked language', () => {
    document.body.innerHTML = `<form><input aria-label="a">${'<span></span>'.repeat(50)}<input aria-label="b"></form>`;
    const cut = scanPage(document, { maxNodes: 20, lang: 'en' });
    expect(cut.fields.map((f) => f.label)).toEqual(['a']);
    expect(cut.limitations).toEqual([
      {
        code: 'node-limit',
        severity: 'warning',
        where: '',
        params: { max: 20 },
        detail: '20',
        message: expect.stringContaining('more than 20 elements'),
      },
    ]);

    document.body.innerHTML = `<form>${'<div>'.repeat(30)}<input aria-label="deep">${'</div>'.repeat(30)}<input aria-label="shallow"></form>`;
    const deep = scanPage(document, { maxDepth: 10 });
    expect(deep.fields.map((f) => f.label)).toEqual(['shallow']);
    expect(deep.limitations.map((l) => [l.code, l.message])).toEqual([
      ['depth-limit', expect.stringContaining('超过 10 层')],
    ]);
  });

  it('refs are stable across scans and resolve to the element until it leaves the page', () => {
    document.body.innerHTML = '<form><input id="n" aria-label="组织名称"></form>';
    const a = scanPage(document).fields[0]!.ref;
    const b = scanPage(document).fields[0]!.ref;
    expect(a).toBe(b);
    expect(resolveRef(a)).toBe(document.getElementById('n'));
    document.getElementById('n')!.remove();
    expect(resolveRef(a)).toBeNull();
  });

  it('page text stays text: a label that looks like markup is not parsed', () => {
    document.body.innerHTML =
      '<form><label for="a">&lt;img src=x onerror="alert(1)"&gt;营业执照</label><input type="file" id="a"></form>';
    const snap = scanPage(document);
    expect(snap.uploads[0]!.label).toBe('<img src=x onerror="alert(1)">营业执照');
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('createChangeWatcher', () => {
  it('runs once per burst, and never after the abort signal (invalidated extension context)', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<form id="f"></form>';
      const runs: string[] = [];
      const ac = new AbortController();
      const w = createChangeWatcher(document, (r) => void runs.push(r), { debounceMs: 100, signal: ac.signal });
      for (let i = 0; i < 5; i++) document.getElementById('f')!.append(document.createElement('input'));
      await vi.advanceTimersByTimeAsync(0); // deliver the mutation records
      await vi.advanceTimersByTimeAsync(150);
      expect(runs).toEqual(['mutation']);
      ac.abort();
      document.getElementById('f')!.append(document.createElement('input'));
      await vi.advanceTimersByTimeAsync(500);
      expect(runs).toEqual(['mutation']);
      expect(w.busy).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
