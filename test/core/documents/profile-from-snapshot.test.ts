import { describe, expect, it } from 'vitest';
import {
  checkApplication,
  profileFromSnapshot,
  type FormSnapshot,
  type SnapshotField,
} from '../../../core/documents/index';

let n = 0;
const field = (label: string, value: string, kind: SnapshotField['kind'] = 'text'): SnapshotField => ({
  ref: `f${++n}`,
  label,
  value,
  kind,
});
const form = (...fields: SnapshotField[]): FormSnapshot => ({ fields, uploads: [], limitations: [] });

describe('reading the profile from the form', () => {
  it('a valid unified code means 三证合一, and its first two characters give the organisation type', () => {
    expect(profileFromSnapshot(form(field('统一社会信用代码', '91110108551385082Q'))).profile).toEqual({
      unifiedLicence: true,
      orgType: 'enterprise',
    });
    expect(profileFromSnapshot(form(field('统一社会信用代码', '123300004700123450'))).profile).toMatchObject({
      orgType: 'institution',
    });
  });

  it('an invalid unified code says nothing about the licence', () => {
    expect(profileFromSnapshot(form(field('统一社会信用代码', '91110108551385082A'))).profile).toEqual({});
  });

  it('a 15-digit registration number without a unified code is an old licence', () => {
    expect(profileFromSnapshot(form(field('营业执照注册号', '110108012345678'))).profile).toEqual({
      unifiedLicence: false,
    });
  });

  it.each([
    ['是否多场所', '是', { multiSite: true }],
    ['其他固定场所', '否', { multiSite: false }],
    ['服务提供方式', '全部自建', { serviceMode: 'own' }],
    ['服务方式', '委托', { serviceMode: 'contracted' }],
    ['服务方式', '部分委托', { serviceMode: 'mixed' }],
    ['申请类型', '初次认证', { applicationType: 'initial' }],
    ['认证类型', '再认证', { applicationType: 'recert' }],
    ['申请类型', '转机构', { applicationType: 'transfer' }],
    ['组织性质', '企业', { orgType: 'enterprise' }],
    ['单位性质', '事业单位', { orgType: 'institution' }],
    ['组织性质', '社会团体', { orgType: 'social-org' }],
    ['单位性质', '民办非企业单位', { orgType: 'private-non-enterprise' }],
    ['组织性质', '机关', { orgType: 'government' }],
    ['是否涉及行政许可', '涉及', { regulatedProducts: true }],
    ['是否涉及强制认证', '不涉及', { regulatedProducts: false }],
  ])('%s = %s', (label, value, profile) => {
    expect(profileFromSnapshot(form(field(label, value, 'radio'))).profile).toEqual(profile);
  });

  it('an unanswered or unknown answer leaves the key unknown', () => {
    expect(
      profileFromSnapshot(form(field('服务方式', '请选择', 'select'), field('是否多场所', '', 'radio'))).profile,
    ).toEqual({});
  });

  it('two ticked application types, or two fields that disagree, are not guessed between', () => {
    expect(profileFromSnapshot(form(field('申请类型', '初次认证、再认证', 'checkbox'))).profile).toEqual({});
    expect(profileFromSnapshot(form(field('是否多场所', '是'), field('其他固定场所', '否'))).profile).toEqual({});
  });

  it('says where each answer came from', () => {
    const r = profileFromSnapshot(form(field('是否多场所', '是')));
    expect(r.origin).toEqual({ multiSite: 'form' });
    expect(r.fields.multiSite).toMatch(/^f\d+$/);
  });

  it('the user’s own answers override the form; the form fills the rest', () => {
    const snap = form(field('是否多场所', '是'), field('服务方式', '全部自建'));
    const r = checkApplication(snap, { multiSite: false, applicationType: 'recert' });
    expect(r.profile).toEqual({ multiSite: false, serviceMode: 'own', applicationType: 'recert' });
    expect(r.profileOrigin).toEqual({ multiSite: 'override', serviceMode: 'form', applicationType: 'override' });
    expect(r.requirements.find((q) => q.id === 'D8')!.status).toBe('not-applicable');
  });
});

describe('condition questions worded another way, answered by any kind of control', () => {
  const opt = (label: string, value: string, kind: SnapshotField['kind'], options: string[]): SnapshotField => ({
    ...field(label, value, kind),
    options,
  });

  it.each([
    // issue 9, failure 8: 是否存在多个经营场所 for 是否多场所
    [opt('是否存在多个经营场所', '是', 'radio', ['是', '否']), { multiSite: true }],
    [opt('有无其他固定场所', '无', 'radio', ['有', '无']), { multiSite: false }],
    [opt('涉及场所', '单一场所', 'radio', ['单一场所', '多个场所']), { multiSite: false }],
    // button-style radios give the chosen text like any radio
    [opt('售后服务提供方式', '部分委托', 'radio', ['全部自建', '全部委托', '部分委托']), { serviceMode: 'mixed' }],
    [opt('网点类型', '直属', 'radio', ['直属', '委托']), { serviceMode: 'own' }],
    // a closed dropdown shows its chosen text
    [opt('申请类型', '再认证', 'select', ['请选择', '初次认证', '再认证', '转机构']), { applicationType: 'recert' }],
    [opt('审核类别（初次/监督/再认证）', '初次', 'select', ['初次', '监督', '再认证']), { applicationType: 'initial' }],
    [opt('是否涉及3C强制认证', '否', 'select', ['是', '否']), { regulatedProducts: false }],
    [opt('单位属性', '事业单位', 'select', ['企业', '事业单位', '社会团体']), { orgType: 'institution' }],
    // a checkbox group: the ticked texts joined by 、; 自建 and 委托 ticked together is mixed
    [opt('服务方式', '自建、委托', 'checkbox', ['自建', '委托']), { serviceMode: 'mixed' }],
    // a lone checkbox answers by being ticked or not
    [opt('存在多个经营场所', '存在多个经营场所', 'checkbox', ['存在多个经营场所']), { multiSite: true }],
    [opt('已三证合一', '', 'checkbox', ['已三证合一']), { unifiedLicence: false }],
    // asked the other way round
    [opt('售后服务是否外包', '否', 'radio', ['是', '否']), { serviceMode: 'own' }],
    [opt('是否有统一社会信用代码', '是', 'radio', ['是', '否']), { unifiedLicence: true }],
  ])('%o', (f, profile) => {
    expect(profileFromSnapshot(form(f)).profile).toEqual(profile);
  });

  it('an outsourcing yes says contracted or mixed, not which: left unknown', () => {
    expect(profileFromSnapshot(form(opt('是否委托第三方提供售后服务', '是', 'radio', ['是', '否']))).profile).toEqual(
      {},
    );
  });

  it('a typed value must be an answer by itself: a company name under 分公司 is not 有', () => {
    expect(profileFromSnapshot(form(field('分公司', '华有科技有限公司'))).profile).toEqual({});
    expect(profileFromSnapshot(form(field('分公司名称', '有'))).profile).toEqual({});
    expect(profileFromSnapshot(form(field('是否有分公司', '有'))).profile).toEqual({ multiSite: true });
    // …while an organisation type is typed as the licence states it
    expect(profileFromSnapshot(form(field('企业类型', '有限责任公司（自然人投资或控股）'))).profile).toEqual({
      orgType: 'enterprise',
    });
  });
});
