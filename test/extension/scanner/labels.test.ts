/*
 * Label heuristics on small pages in happy-dom. (The real Element Plus / antd / Layui markup is
 * covered by the Chromium fixture pairs in test/e2e/scanner-fixtures.e2e.test.ts.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { scanPage } from '../../../extension/scanner/scan';

const labels = () => scanPage(document).fields.map((f) => [f.name, f.label]);

describe('field labels', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('uses each source in turn: aria-labelledby, label[for], wrapping label, aria-label, title, placeholder, preceding text', () => {
    document.body.innerHTML = `<form>
      <span id="t">联系电话</span><label for="a">电话（旧）</label><input id="a" name="by" aria-labelledby="t">
      <label for="b">组织名称</label><input id="b" name="for">
      <label>法定代表人 <input name="wrap"></label>
      <input name="aria" aria-label="注册地址">
      <input name="title" title="邮政编码">
      <input name="ph" placeholder="请输入统一社会信用代码">
      <div>传真： <input name="near" placeholder="请输入"></div>
      <input type="file" name="upload">
    </form>`;
    expect(labels()).toEqual([
      ['by', '联系电话'],
      ['for', '组织名称'],
      ['wrap', '法定代表人'],
      ['aria', '注册地址'],
      ['title', '邮政编码'],
      ['ph', '请输入统一社会信用代码'],
      ['near', '传真'],
    ]);
  });

  it('reads the form-item label of Element Plus, Ant Design and Layui (inline items too)', () => {
    document.body.innerHTML = `<form>
      <div class="el-form-item"><div class="el-form-item__label">统一社会信用代码</div><div class="el-form-item__content"><div class="el-input"><input name="ep"></div></div></div>
      <div class="ant-form-item"><div class="ant-row"><div class="ant-col ant-form-item-label"><label title="组织名称">组织名称</label></div><div class="ant-col"><input name="antd"></div></div></div>
      <div class="layui-form-item">
        <div class="layui-inline"><label class="layui-form-label">联系人</label><div class="layui-input-inline"><input name="lay1"></div></div>
        <div class="layui-inline"><label class="layui-form-label">联系电话</label><div class="layui-input-inline"><input name="lay2"></div></div>
      </div>
    </form>`;
    expect(labels()).toEqual([
      ['ep', '统一社会信用代码'],
      ['antd', '组织名称'],
      ['lay1', '联系人'],
      ['lay2', '联系电话'],
    ]);
  });

  it('takes the row header of a table layout, never a header of another control', () => {
    document.body.innerHTML = `<form><table>
      <tr><th>组织名称</th><td><input name="a"></td></tr>
      <tr><td>营业执照注册号</td><td><input name="b"></td><td>成立日期</td><td><input name="c" type="date"></td></tr>
    </table></form>`;
    expect(labels()).toEqual([
      ['a', '组织名称'],
      ['b', '营业执照注册号'],
      ['c', '成立日期'],
    ]);
    expect(scanPage(document).fields.map((f) => f.kind)).toEqual(['text', 'text', 'date']);
  });

  it('a radio group is one field: the question as label, the chosen option text as value', () => {
    document.body.innerHTML = `<form>
      <fieldset><legend>是否多场所</legend><label><input type="radio" name="m" value="1" checked>是</label><label><input type="radio" name="m" value="0">否</label></fieldset>
      <div class="layui-form-item"><label class="layui-form-label">申请类型</label><div class="layui-input-block">
        <input type="radio" name="t" value="i" title="初次认证"><input type="radio" name="t" value="r" title="再认证" checked></div></div>
      <p>服务方式：<input type="checkbox" name="s" id="s1" checked><label for="s1">自有网点</label><input type="checkbox" name="s" id="s2" checked><label for="s2">委托服务商</label></p>
    </form>`;
    const f = scanPage(document).fields;
    expect(f.map((x) => [x.label, x.kind, x.value, x.options])).toEqual([
      ['是否多场所', 'radio', '是', ['是', '否']],
      ['申请类型', 'radio', '再认证', ['初次认证', '再认证']],
      ['服务方式', 'checkbox', '自有网点、委托服务商', ['自有网点', '委托服务商']],
    ]);
  });

  it('never copies a password, and reads selects by their visible text', () => {
    document.body.innerHTML = `<form><input type="password" aria-label="密码" value="s3cret">
      <label for="o">组织性质</label><select id="o"><option value="">请选择</option><option value="e" selected>企业</option></select></form>`;
    const f = scanPage(document).fields;
    expect(f[0]).toMatchObject({ label: '密码', kind: 'other', value: '' });
    expect(f[1]).toMatchObject({ label: '组织性质', kind: 'select', value: '企业', options: ['企业'] });
    expect(JSON.stringify(f)).not.toContain('s3cret');
  });

  it('marks required fields (required attribute, Element is-required, Layui lay-verify)', () => {
    document.body.innerHTML = `<form>
      <input aria-label="a" required>
      <div class="el-form-item is-required"><label class="el-form-item__label">b</label><input></div>
      <input aria-label="c" lay-verify="required|phone">
      <input aria-label="d">
    </form>`;
    expect(scanPage(document).fields.map((f) => !!f.required)).toEqual([true, true, true, false]);
  });
});
