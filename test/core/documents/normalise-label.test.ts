import { describe, expect, it } from 'vitest';
import { normaliseLabel, stripExtension } from '../../../core/documents/index';

describe('label normalisation', () => {
  it.each([
    ['营业执照', '营业执照'],
    ['*营业执照', '营业执照'],
    ['营业执照*', '营业执照'],
    ['营业执照（必填）', '营业执照'],
    ['营业执照(必填)', '营业执照'],
    ['请上传营业执照（必填，加盖公章）', '营业执照'],
    ['组织简介（选填）：', '组织简介'],
    ['请上传营业执照', '营业执照'],
    ['上传营业执照扫描件', '营业执照'],
    ['营业执照复印件', '营业执照'],
    ['营业执照附件', '营业执照'],
    // 文件 is a head noun (体系文件, 程序文件), never stripped.
    ['营业执照文件：', '营业执照文件'],
    ['售后服务体系文件', '售后服务体系文件'],
    ['《售后服务手册》', '售后服务手册'],
    ['【组织机构图】', '组织机构图'],
    ['组 织 机 构 图', '组织机构图'],
    ['１．营业执照', '营业执照'],
    ['2、组织简介', '组织简介'],
    ['(3) 税务登记证', '税务登记证'],
    ['附件1：多场所清单', '多场所清单'],
    ['３C证书', '3c证书'],
    ['Business License (copy)', 'businesslicensecopy'],
    ['产品/服务详细介绍', '产品服务详细介绍'],
  ])('%s → %s', (label, key) => {
    expect(normaliseLabel(label)).toBe(key);
  });

  it('keeps short names recognisable instead of stripping them to nothing', () => {
    expect(normaliseLabel('体系文件')).toBe('体系文件');
    expect(normaliseLabel('其他附件')).toBe('其他附件');
    expect(normaliseLabel('上传')).toBe('上传');
  });

  it('file names lose their extension before matching', () => {
    expect(normaliseLabel(stripExtension('营业执照.PDF'))).toBe('营业执照');
    expect(stripExtension('公司简介.v2.docx')).toBe('公司简介.v2');
  });
});
