import { describe, expect, it } from 'vitest';
import {
  DELETE_WORDS,
  GENERIC_PLACEHOLDER_PREFIXES,
  NOT_SUBMIT_WORDS,
  SUBMIT_WORDS,
} from '../../../extension/scanner/page-words';
import { fileNameIn, isGenericPlaceholder, labelText, textOf, wordsPattern } from '../../../extension/scanner/text';

describe('label text', () => {
  it('drops required stars and trailing colons', () => {
    expect(labelText('* 营业执照：')).toBe('营业执照');
    expect(labelText('  统一社会信用代码 :\n')).toBe('统一社会信用代码');
    expect(labelText('＊组织名称*')).toBe('组织名称');
  });

  it('reads text nodes only, skipping option lists, scripts and hidden parts', () => {
    document.body.innerHTML =
      '<label id="l">组织性质 <select><option>企业</option></select><span hidden>隐藏</span><script>x()</script></label>';
    expect(textOf(document.getElementById('l')!)).toBe('组织性质');
  });

  it('tells generic placeholders from descriptive ones', () => {
    expect(isGenericPlaceholder('请输入')).toBe(true);
    expect(isGenericPlaceholder('请选择…')).toBe(true);
    expect(isGenericPlaceholder('Please enter')).toBe(true);
    expect(isGenericPlaceholder('请输入统一社会信用代码')).toBe(false);
    expect(isGenericPlaceholder('邮政编码')).toBe(false);
  });

  it('reads its placeholder words from core: every listed prefix alone is generic, with any white space', () => {
    for (const w of GENERIC_PLACEHOLDER_PREFIXES) expect(isGenericPlaceholder(w.toUpperCase()), w).toBe(true);
    expect(isGenericPlaceholder('Please \t select：')).toBe(true);
    expect(isGenericPlaceholder('Please select 组织性质')).toBe(false);
  });

  it('builds word patterns from core lists: contains, whole or prefix, case-insensitive, literal', () => {
    const submit = wordsPattern(SUBMIT_WORDS, 'contains');
    expect(submit.test('确认提交申请')).toBe(true);
    expect(submit.test('SUBMIT')).toBe(true);
    expect(wordsPattern(NOT_SUBMIT_WORDS, 'contains').test('保存草稿')).toBe(true);
    const del = wordsPattern(DELETE_WORDS, 'whole');
    for (const w of DELETE_WORDS) expect(del.test(w), w).toBe(true);
    expect(del.test('删除此申请')).toBe(false);
    const lit = wordsPattern(['a.b', '(x)'], 'whole');
    expect(lit.test('a.b')).toBe(true);
    expect(lit.test('axb')).toBe(false); // dots and brackets are literal, not regex
    expect(lit.test('(x)')).toBe(true);
    expect(wordsPattern(['请输入'], 'prefix').test('请输入名称')).toBe(true);
    expect(wordsPattern(['请输入'], 'prefix').test('名称请输入')).toBe(false);
  });

  it('finds file names in text, paths and URLs', () => {
    expect(fileNameIn('营业执照 副本.pdf')).toBe('营业执照 副本.pdf');
    expect(fileNameIn('/uploads/2024/licence-scan.JPG?token=1#x')).toBe('licence-scan.JPG');
    expect(fileNameIn('https://cb.example.cn/files/%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf')).toBe('营业执照.pdf');
    expect(fileNameIn('删除')).toBeUndefined();
    expect(fileNameIn('版本 2.0')).toBeUndefined();
  });
});
