/*
 * Condition answers as the page shows them (fields.ts): ARIA radios/checkboxes without inputs, a
 * mobile picker's readonly field, library selects read while closed. Small pages in happy-dom; the
 * real libraries are rendered in Chromium by test/e2e/scanner-fixtures.e2e.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scanPage } from '../../../extension/scanner/scan';

afterEach(() => {
  document.body.innerHTML = '';
});

const read = () => scanPage(document).fields.map((f) => ({ label: f.label, kind: f.kind, value: f.value }));

describe('condition answers', () => {
  it('reads radios and checkboxes drawn as ARIA roles (no inputs), once per group', () => {
    document.body.innerHTML = `<form>
      <div role="radiogroup" aria-label="是否存在多个经营场所">
        <div role="radio" aria-checked="false">是</div><div role="radio" aria-checked="true">否</div></div>
      <div class="van-field"><div class="van-field__label"><label>售后服务提供方式</label></div>
        <div class="van-checkbox-group">
          <div role="checkbox" aria-checked="true"><span>自建网点</span></div>
          <div role="checkbox" aria-checked="true"><span>委托服务商</span></div>
          <div role="checkbox" aria-checked="false"><span>其他</span></div></div></div>
    </form>`;
    const snap = scanPage(document);
    expect(snap.fields.map((f) => [f.label, f.kind, f.value, f.options])).toEqual([
      ['是否存在多个经营场所', 'radio', '否', ['是', '否']],
      ['售后服务提供方式', 'checkbox', '自建网点、委托服务商', ['自建网点', '委托服务商', '其他']],
    ]);
  });

  it('does not read an ARIA radio twice when it wraps a real input', () => {
    document.body.innerHTML = `<form><div class="el-form-item"><label class="el-form-item__label">申请类型</label>
      <div role="radiogroup" class="el-radio-group">
        <label role="radio" class="el-radio"><input type="radio" value="a">初次认证</label>
        <label role="radio" aria-checked="true" class="el-radio"><input type="radio" value="b" checked>再认证</label></div></div></form>`;
    expect(read()).toEqual([{ label: '申请类型', kind: 'radio', value: '再认证' }]);
  });

  it("reads a mobile picker's readonly field as a closed select, a plain readonly input as text", () => {
    document.body.innerHTML = `<form>
      <div class="van-cell van-cell--clickable van-field" role="button"><div class="van-field__label"><label>申请类型</label></div>
        <div class="van-field__value"><input readonly value="再认证"></div></div>
      <div class="van-cell van-field"><div class="van-field__label"><label>申请单位</label></div>
        <div class="van-field__value"><input readonly value="示例公司"></div></div>
    </form>`;
    expect(read()).toEqual([
      { label: '申请类型', kind: 'select', value: '再认证' },
      { label: '申请单位', kind: 'text', value: '示例公司' },
    ]);
  });

  it('reads the shown choice of closed library selects, and nothing from a placeholder', () => {
    document.body.innerHTML = `<form>
      <div class="n-form-item"><label class="n-form-item-label"><span class="n-form-item-label__text">申请类型</span></label>
        <div class="n-select"><div class="n-base-selection"><div class="n-base-selection-input" title="再认证"><div class="n-base-selection-input__content">再认证</div></div></div></div></div>
      <div class="n-form-item"><label class="n-form-item-label"><span class="n-form-item-label__text">组织性质</span></label>
        <div class="n-select"><div class="n-base-selection"><div class="n-base-selection-placeholder">请选择</div></div></div></div>
      <div class="arco-form-item"><div class="arco-form-item-label-col"><label class="arco-form-item-label">服务方式</label></div>
        <span class="arco-select-view"><input class="arco-select-view-input" readonly placeholder="请选择"><span class="arco-select-view-value">部分委托</span></span></div>
      <div class="t-form__item"><div class="t-form__label"><label>是否多场所</label></div>
        <div class="t-select"><div class="t-input"><input readonly value="否"></div></div></div>
    </form>`;
    expect(read()).toEqual([
      { label: '申请类型', kind: 'select', value: '再认证' },
      { label: '组织性质', kind: 'select', value: '' },
      { label: '服务方式', kind: 'select', value: '部分委托' },
      { label: '是否多场所', kind: 'select', value: '否' },
    ]);
  });
  it("reads native selects: the chosen option, never a single select's empty 请选择, every option that has a value", () => {
    document.body.innerHTML = `<form>
      <label>组织性质 <select name="a"><option value="">请选择</option><option value="e" selected>企业</option><option value="i">事业单位</option></select></label>
      <label>申请类型 <select name="b"><option value="" selected>请选择</option><option value="n">初次认证</option></select></label>
      <label>服务方式 <select name="c" multiple><option value="" selected>（空）</option><option value="x" selected>自建网点</option><option value="y">委托  服务商</option><option value="z" selected>其他</option></select></label>
    </form>`;
    // a: "企业" chosen; "请选择" has no value, so it is not an option.
    // b: only the empty "请选择" is chosen: a single select shows no answer.
    // c: a multiple select keeps every chosen option, the empty-valued one too (it is a real choice there),
    //    in document order; the options list still leaves the empty-valued one out; text white space collapsed.
    expect(scanPage(document).fields.map((f) => [f.label, f.kind, f.value, f.options])).toEqual([
      ['组织性质', 'select', '企业', ['企业', '事业单位']],
      ['申请类型', 'select', '', ['初次认证']],
      ['服务方式', 'select', '（空）、自建网点、其他', ['自建网点', '委托 服务商', '其他']],
    ]);
  });
  it('takes the nearest group container around radios and checkboxes, whichever kind it is', () => {
    document.body.innerHTML = `<form>
      <fieldset><legend>申请信息</legend>
        <div role="radiogroup" aria-label="是否多场所">
          <label><input type="radio" name="m" value="1">是</label><label><input type="radio" name="m" value="0" checked>否</label></div>
        <div role="group" aria-label="服务方式">
          <label><input type="checkbox" name="s" value="a" checked>自建网点</label><label><input type="checkbox" name="s" value="b">委托</label></div>
      </fieldset>
      <fieldset><legend>申请类型</legend>
        <label><input type="radio" name="t" value="n" checked>初次认证</label><label><input type="radio" name="t" value="r">再认证</label>
      </fieldset>
      <div class="el-form-item"><label class="el-form-item__label">组织性质</label>
        <fieldset><div class="el-radio-group">
          <label class="el-radio"><input type="radio" name="o" value="e">企业</label><label class="el-radio"><input type="radio" name="o" value="g" checked>事业单位</label></div></fieldset></div>
    </form>`;
    // The first two groups sit in ARIA groups inside a fieldset: the ARIA group is nearer, so its aria-label
    // names it, not the legend. The third has no container but its fieldset: the legend names it.
    // The last: Element UI's group (nearer than the fieldset around it) inside a form item that names it.
    expect(read()).toEqual([
      { label: '是否多场所', kind: 'radio', value: '否' },
      { label: '服务方式', kind: 'checkbox', value: '自建网点' },
      { label: '申请类型', kind: 'radio', value: '初次认证' },
      { label: '组织性质', kind: 'radio', value: '事业单位' },
    ]);
  });
});
