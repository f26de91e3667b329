import { describe, expect, it } from 'vitest';
import { DOCUMENT_CATALOGUE, matchRequirement, type DocumentRequirement } from '../../../core/documents/index';

const idOf = (label: string) => {
  const m = matchRequirement(label);
  return m && !m.ambiguous ? m.id : m;
};

describe('matching a label to a required document', () => {
  it.each([
    ['营业执照', 'D2'],
    ['营业执照副本（加盖公章）', 'D2'],
    ['分公司营业执照', 'D8'],
    ['组织机构代码证', 'D5'],
    ['税务登记证复印件', 'D6'],
    ['售后服务组织机构图', 'D10'],
    ['组织架构图', 'D10'],
    ['售后服务手册', 'D17'],
    ['售后服务承诺书', 'D24'],
    ['承诺书', 'D18'],
    ['营业执照年检证明', 'D4'],
    ['认证申请书（盖章）', 'D1'],
    ['附件1：受审核组织多场所清单', 'D8'],
    ['服务网点清单', 'D14'],
    ['原认证证书', 'D27'],
    ['事业单位法人证书', 'D3'],
    ['After-sales service manual', 'D17'],
    ['Organization chart', 'D10'],
    ['Application form', 'D1'],
    ['Business license', 'D2'],
  ])('%s is %s', (label, id) => {
    expect(idOf(label)).toBe(id);
  });

  it('a shortened name still finds its document (售后服务体系文件 for 售后服务管理体系文件及文件清单)', () => {
    expect(matchRequirement('售后服务体系文件')).toMatchObject({ ambiguous: false, id: 'D17', alias: '体系文件' });
    expect(idOf('售后服务体系文件（加盖公章）')).toBe('D17');
  });

  it('when aliases overlap, the one covering the end of the label (the head noun) wins', () => {
    // 认证申请 (D1) and 申请承诺书 (D18) overlap on 申请; the label is a 承诺书.
    expect(matchRequirement('认证申请承诺书')).toMatchObject({ ambiguous: false, id: 'D18', alias: '申请承诺书' });
  });

  it('is not sure when a modifier is longer than the head, and names both', () => {
    // 强制性认证 (D7) and 认证证书 (D19) overlap; 认证证书 is the head but the modifier decides: review.
    expect(matchRequirement('产品强制性认证证书')).toEqual({
      ambiguous: true,
      kind: 'equal',
      candidates: [
        { id: 'D7', alias: '强制性认证' },
        { id: 'D19', alias: '认证证书' },
      ],
    });
  });

  it.each([
    ['服务网点一览表（加盖公章）', 'D14'],
    ['售后服务网点名单', 'D14'],
    ['委托服务合同', 'D16'],
    ['近一年顾客满意度调查报告（盖章版）', 'D21'],
    ['事业单位法人证明书', 'D3'],
    ['委托服务商的资质证明', 'D16'],
  ])('wrappers are noise: %s is %s', (label, id) => {
    expect(idOf(label)).toBe(id);
  });

  it('an obsolete document listed beside a live one asks for the live one', () => {
    expect(idOf('营业执照及年检证明复印件')).toBe('D2');
    expect(idOf('营业执照年检证明')).toBe('D4');
  });

  it('a tie inside one phrase is settled by what the other phrases name for certain', () => {
    // 资格证书 alone is D7 or D23; beside 行政许可证 and 强制认证证书 it is the licence.
    expect(idOf('资格证书')).toMatchObject({ ambiguous: true, kind: 'equal' });
    expect(idOf('行政许可证、资格证书、强制认证证书等复印件')).toBe('D7');
  });

  it('the longest, most specific alias wins and says which alias matched', () => {
    expect(matchRequirement('售后服务组织机构图')).toEqual({
      ambiguous: false,
      id: 'D10',
      alias: '售后服务组织机构图',
      confidence: 1,
    });
    expect(matchRequirement('分公司营业执照')).toMatchObject({ id: 'D8', alias: '分公司营业执照' });
  });

  it('confidence drops when the alias is only part of the label', () => {
    const m = matchRequirement('公司营业执照正本照片');
    expect(m).toMatchObject({ ambiguous: false, id: 'D2' });
    expect(m && !m.ambiguous && m.confidence).toBeLessThan(1);
  });

  it('two equally likely requirements are not guessed', () => {
    // 资格证书 is an alias of both D7 (licences) and D23 (staff qualifications) in the reference.
    expect(matchRequirement('资格证书')).toEqual({
      ambiguous: true,
      kind: 'equal',
      candidates: [
        { id: 'D7', alias: '资格证书' },
        { id: 'D23', alias: '资格证书' },
      ],
    });
  });

  it('a label naming two documents is reported as combined, not as one of them', () => {
    expect(matchRequirement('营业执照及组织机构代码证')).toEqual({
      ambiguous: true,
      kind: 'combined',
      candidates: [
        { id: 'D2', alias: '营业执照' },
        { id: 'D5', alias: '组织机构代码证' },
      ],
    });
  });

  it('labels that name no document match nothing', () => {
    for (const label of ['其他附件', '联系人', '上传', '', '*', '身份证正反面'])
      expect(matchRequirement(label)).toBeNull();
  });

  it('uses a certification body’s own catalogue when given one', () => {
    const own: DocumentRequirement[] = [
      { ...DOCUMENT_CATALOGUE[0]!, id: 'D1', aliases: ['入网登记表'] },
      { ...DOCUMENT_CATALOGUE[1]!, id: 'D2', aliases: ['执照'] },
    ];
    expect(idOf('入网登记表')).toBeNull();
    expect(matchRequirement('入网登记表', own)).toMatchObject({ id: 'D1', alias: '入网登记表' });
    expect(matchRequirement('执照', own)).toMatchObject({ id: 'D2' });
  });
});
