/*
 * Labels found by layout (labels.ts cellLabel): the label cell of the same row in grid/flex layouts
 * without `for`. happy-dom has no layout, so only the structure decides here; the Chromium fixture
 * pages (tdesign.html, custom-upload.html) cover the rendered positions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scanPage } from '../../../extension/scanner/scan';

afterEach(() => {
  document.body.innerHTML = '';
});

const fields = () => scanPage(document).fields.map((f) => [f.name, f.label, f.labelSource]);

describe('labels from the layout', () => {
  it('takes the label cell beside a deeply nested control, and says the label came from the layout', () => {
    document.body.innerHTML = `<form>
      <div class="row"><div class="col-3">统一社会信用代码</div>
        <div class="col-9"><div class="wrap"><div class="inner"><div><input name="uscc" placeholder="请输入"></div></div></div></div></div>
      <div class="row"><div class="col-3"><span>*</span>申请组织名称：</div><div class="col-9"><input name="org"></div></div>
    </form>`;
    expect(fields()).toEqual([
      ['uscc', '统一社会信用代码', 'layout'],
      ['org', '申请组织名称', 'layout'],
    ]);
  });

  it('never takes the cell of another control, nor a paragraph as a label', () => {
    document.body.innerHTML = `<form>
      <div class="row"><div><input name="a" aria-label="联系人"></div><div><input name="b" placeholder="请输入"></div></div>
      <div class="row"><div>请按营业执照上的名称填写，与公章一致，不得使用简称或者英文名称，否则将退回申请并要求重新提交材料</div><div><input name="c" title="组织名称"></div></div>
    </form>`;
    expect(fields()).toEqual(
      [
        ['a', '联系人', 'markup'],
        ['b', undefined, undefined],
        ['c', '组织名称', 'hint'],
      ].map(([n, l, s]) => [n, l ?? '', s]),
    );
  });

  it('markup wins over layout; a placeholder is only a hint', () => {
    document.body.innerHTML = `<form>
      <div class="row"><div>旧标签</div><div><label for="x">联系电话</label><input id="x" name="x"></div></div>
      <p><input name="p" placeholder="邮政编码"></p>
    </form>`;
    expect(fields()).toEqual([
      ['x', '联系电话', 'markup'],
      ['p', '邮政编码', 'hint'],
    ]);
  });

  it('names a radio group and an upload by their label cell', () => {
    document.body.innerHTML = `<form>
      <div class="row"><div>是否存在多个经营场所</div><div class="opts">
        <label><input type="radio" name="m" value="1">是</label><label><input type="radio" name="m" value="0" checked>否</label></div></div>
      <div class="row"><div>营业执照（副本）</div><div><span class="btn">选择文件<input type="file" name="lic"></span></div></div>
    </form>`;
    const snap = scanPage(document);
    expect(snap.fields.map((f) => [f.label, f.value, f.labelSource])).toEqual([
      ['是否存在多个经营场所', '否', 'layout'],
    ]);
    expect(snap.uploads.map((u) => u.label)).toEqual(['营业执照（副本）']);
  });
});
