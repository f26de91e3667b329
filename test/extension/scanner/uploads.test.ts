/*
 * An upload whose widget the scanner cannot read is never `empty` when its area shows something
 * file-like (uploads.ts seenInside): a file name, a thumbnail, a file-list row. A template offered
 * for download is not the applicant's file. happy-dom; custom-upload.html covers it in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scanPage } from '../../../extension/scanner/scan';

afterEach(() => {
  document.body.innerHTML = '';
});

const uploads = () => scanPage(document).uploads.map((u) => [u.label, u.state, u.seen ?? []]);

describe('file-like things inside an upload that cannot be read', () => {
  it('a file name, a thumbnail or a row with 查看/预览 makes the upload unknown, with what was seen', () => {
    document.body.innerHTML = `<form><table>
      <tr><th>营业执照</th><td><input type="file" name="a"><div class="files"><span>营业执照正本.pdf</span></div></td></tr>
      <tr><th>组织机构图</th><td><input type="file" name="b"><div class="thumb"><img src="/files/org-chart.png"></div></td></tr>
      <tr><th>认证申请书</th><td><input type="file" name="c"><ul><li>已上传（1） <a href="#">预览</a></li></ul></td></tr>
    </table></form>`;
    expect(uploads()).toEqual([
      ['营业执照', 'unknown', ['营业执照正本.pdf']],
      ['组织机构图', 'unknown', ['缩略图 org-chart.png']],
      ['认证申请书', 'unknown', ['列表行“已上传（1） 预览”']],
    ]);
  });

  it('stays empty with only a template to download, instructions, or nothing', () => {
    document.body.innerHTML = `<form><table>
      <tr><th>售后服务网点清单</th><td><input type="file" name="a"> <a href="/tpl/list.xlsx">下载模板：网点清单模板.xlsx</a></td></tr>
      <tr><th>组织简介</th><td><input type="file" name="b"><ul><li>需加盖公章</li><li>不超过 10 MB</li></ul></td></tr>
      <tr><th>组织机构图</th><td><input type="file" name="c"></td></tr>
    </table></form>`;
    expect(uploads()).toEqual([
      ['售后服务网点清单', 'empty', []],
      ['组织简介', 'empty', []],
      ['组织机构图', 'empty', []],
    ]);
  });

  it("a template link beside the applicant's own file does not hide the file", () => {
    document.body.innerHTML = `<form><table>
      <tr><th>认证申请书</th><td><input type="file"> <span>认证申请书（盖章）.pdf</span> <a href="/tpl/a.docx">下载申请书模板</a></td></tr>
    </table></form>`;
    expect(uploads()).toEqual([['认证申请书', 'unknown', ['认证申请书（盖章）.pdf']]]);
  });

  it("does not take another upload's files: each looks only at its own area", () => {
    document.body.innerHTML = `<form><fieldset><legend>附件</legend>
      <div class="row"><div>营业执照</div><div><input type="file" name="a"></div></div>
      <div class="row"><div>组织机构图</div><div><input type="file" name="b"><div class="thumb"><img src="/f/chart.png"></div></div></div>
    </fieldset></form>`;
    expect(uploads()).toEqual([
      ['营业执照', 'empty', []],
      ['组织机构图', 'unknown', ['缩略图 chart.png']],
    ]);
  });

  it('says it in English too', () => {
    document.body.innerHTML = `<form><table><tr><th>Licence</th><td><input type="file"><img src="/f/scan.jpg"></td></tr></table></form>`;
    expect(scanPage(document, { lang: 'en' }).uploads[0]!.seen).toEqual(['thumbnail scan.jpg']);
  });
});
