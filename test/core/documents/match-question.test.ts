import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../core/documents/index';

const keyOf = (label: string) => {
  const m = matchQuestion(label);
  return m && !m.ambiguous ? m.key : m;
};

describe('which profile question a label asks', () => {
  it.each([
    // issue 9, failure 8
    ['是否存在多个经营场所', 'multiSite'],
    ['售后服务提供方式', 'serviceMode'],
    ['申请类型', 'applicationType'],
    // by listed wording, with noise around it
    ['*是否三证合一（必填）', 'unifiedLicence'],
    ['3. 组织性质：', 'orgType'],
    // by concept words, in any order, when no wording is listed
    ['除注册地址外是否还有其他场所', 'multiSite'],
    ['产品是否纳入强制性产品认证目录', 'regulatedProducts'],
    ['单位属性', 'orgType'],
  ])('%s asks %s', (label, key) => {
    expect(keyOf(label)).toBe(key);
  });

  it('says which wording matched, and which rule reads the answer', () => {
    expect(matchQuestion('是否有其他固定场所')).toMatchObject({
      ambiguous: false,
      key: 'multiSite',
      alias: '其他固定场所',
    });
    // asked the other way round: its own answer words (否 = all in-house)
    const m = matchQuestion('售后服务是否外包');
    expect(m && !m.ambiguous && m.rule.labels).toContain('是否外包');
  });

  it('a label ending in a piece of data is a data field, not a question', () => {
    for (const label of ['分公司名称', '分支机构地址', '外包服务商名称', '经营场所地址', '售后服务网点数量'])
      expect(matchQuestion(label), label).toBeNull();
    // …unless it is asked as a question
    expect(keyOf('是否有其他经营地址')).toBe('multiSite');
  });

  it('a label that could ask two questions is not guessed', () => {
    expect(matchQuestion('申请主体性质')).toEqual({ ambiguous: true, candidates: ['applicationType', 'orgType'] });
  });

  it('labels that ask nothing of the profile match nothing', () => {
    for (const label of ['统一社会信用代码', '组织名称', '联系电话', '认证范围', '申请星级', '委托代理人', ''])
      expect(matchQuestion(label), label).toBeNull();
  });
});
