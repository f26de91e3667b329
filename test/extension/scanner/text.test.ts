import { describe, expect, it } from 'vitest';
import { fileNameIn, isGenericPlaceholder, labelText, textOf } from '../../../extension/scanner/text';

describe('label text', () => {
  it('drops required stars and trailing colons', () => {
    expect(labelText('* 营业执照：')).toBe('营业执照');
    expect(labelText('  统一社会信用代码 :\n')).toBe('统一社会信用代码');
    expect(labelText('＊组织名称*')).toBe('组织名称');
  });

  it('reads text nodes only, skipping option lists, scripts and hidden parts', () => {
    document.body.innerHTML = '<label id="l">组织性质 <select><option>企业</option></select><span hidden>隐藏</span><script>x()</script></label>';
    expect(textOf(document.getElementById('l')!)).toBe('组织性质');
  });

  it('tells generic placeholders from descriptive ones', () => {
    expect(isGenericPlaceholder('请输入')).toBe(true);
    expect(isGenericPlaceholder('请选择…')).toBe(true);
    expect(isGenericPlaceholder('Please enter')).toBe(true);
    expect(isGenericPlaceholder('请输入统一社会信用代码')).toBe(false);
    expect(isGenericPlaceholder('邮政编码')).toBe(false);
  });

  it('finds file names in text, paths and URLs', () => {
    expect(fileNameIn('营业执照 副本.pdf')).toBe('营业执照 副本.pdf');
    expect(fileNameIn('/uploads/2024/licence-scan.JPG?token=1#x')).toBe('licence-scan.JPG');
    expect(fileNameIn('https://cb.example.cn/files/%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf')).toBe('营业执照.pdf');
    expect(fileNameIn('删除')).toBeUndefined();
    expect(fileNameIn('版本 2.0')).toBeUndefined();
  });
});
