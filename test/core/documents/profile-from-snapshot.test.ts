import { describe, expect, it } from 'vitest';
import { checkApplication, profileFromSnapshot, type FormSnapshot, type SnapshotField } from '../../../core/index';

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
