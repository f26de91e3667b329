import { describe, expect, it } from 'vitest';
import {
  applicableRequirements,
  DOCUMENT_CATALOGUE,
  type ApplicationProfile,
  type RequirementApplicability,
} from '../../../core/documents/index';

const of = (profile: ApplicationProfile, lang: 'zh-CN' | 'en' = 'zh-CN') => {
  const map = new Map(applicableRequirements(profile, DOCUMENT_CATALOGUE, lang).map((a) => [a.id, a]));
  return (id: string) => map.get(id as RequirementApplicability['id'])!;
};

const COMPLETE: ApplicationProfile = {
  orgType: 'enterprise',
  unifiedLicence: true,
  multiSite: false,
  serviceMode: 'own',
  regulatedProducts: false,
  applicationType: 'initial',
};

describe('which documents apply', () => {
  it('a unified-code licence makes 组织机构代码证 and 税务登记证 not applicable', () => {
    const a = of({ unifiedLicence: true });
    expect(a('D5')).toMatchObject({
      applicability: 'not-applicable',
      reason: { code: 'unified-licence', message: '三证合一：组织机构代码证不需要' },
    });
    expect(a('D6')).toMatchObject({
      applicability: 'not-applicable',
      reason: { message: '三证合一：税务登记证不需要' },
    });
  });

  it('an old licence (not 三证合一) needs both, as required documents', () => {
    const a = of({ unifiedLicence: false });
    expect(a('D5')).toMatchObject({ applicability: 'applies', required: true });
    expect(a('D6')).toMatchObject({ applicability: 'applies', required: true });
  });

  it('an unanswered question is unknown and names the question, never a guess', () => {
    const a = of({});
    for (const [id, key] of [
      ['D5', 'unifiedLicence'],
      ['D7', 'regulatedProducts'],
      ['D8', 'multiSite'],
      ['D16', 'serviceMode'],
      ['D27', 'applicationType'],
      ['D2', 'orgType'],
      ['D3', 'orgType'],
    ] as const) {
      expect(a(id)).toMatchObject({ applicability: 'unknown', question: key, reason: { code: 'unknown-condition' } });
    }
    expect(of({}, 'en')('D8').reason!.message).toContain('whether several sites are covered');
  });

  it('enterprises prove legal status with the business licence, others with a D3 certificate', () => {
    expect(of({ orgType: 'enterprise' })('D2').applicability).toBe('applies');
    expect(of({ orgType: 'enterprise' })('D3')).toMatchObject({
      applicability: 'not-applicable',
      reason: { code: 'enterprise' },
    });
    for (const orgType of ['institution', 'social-org', 'private-non-enterprise', 'government'] as const) {
      expect(of({ orgType })('D3').applicability).toBe('applies');
      expect(of({ orgType })('D2')).toMatchObject({
        applicability: 'not-applicable',
        reason: { code: 'not-enterprise' },
      });
    }
    expect(of({})('D2').alternativeGroup).toBe('legal-status');
  });

  it('conditional documents follow their condition', () => {
    expect(of({ regulatedProducts: true })('D7').applicability).toBe('applies');
    expect(of({ multiSite: true })('D8').applicability).toBe('applies');
    expect(of({ serviceMode: 'contracted' })('D16').applicability).toBe('applies');
    expect(of({ serviceMode: 'mixed' })('D16').applicability).toBe('applies');
    expect(of({ serviceMode: 'own' })('D16')).toMatchObject({
      applicability: 'not-applicable',
      reason: { code: 'own-service' },
    });
    expect(of({ applicationType: 'recert' })('D27').applicability).toBe('applies');
    expect(of({ applicationType: 'transfer' })('D27').applicability).toBe('applies');
    expect(of({ applicationType: 'initial' })('D27')).toMatchObject({
      applicability: 'not-applicable',
      reason: { code: 'initial' },
    });
  });

  it('the licence annual-inspection proof is never required (obsolete since 2014)', () => {
    expect(of(COMPLETE)('D4')).toMatchObject({
      applicability: 'not-applicable',
      required: false,
      reason: { code: 'obsolete' },
    });
  });

  it('with every answer known, exactly D1 D2 D9 D10 D14 D15 D17 are required', () => {
    const required = applicableRequirements(COMPLETE)
      .filter((a) => a.applicability === 'applies' && a.required)
      .map((a) => a.id);
    expect(required).toEqual(['D1', 'D2', 'D9', 'D10', 'D14', 'D15', 'D17']);
    expect(applicableRequirements(COMPLETE).some((a) => a.applicability === 'unknown')).toBe(false);
  });

  it('audit-time documents D20–D23 apply but only warn; D18, D19, D24–D26 are never blocking', () => {
    const a = of(COMPLETE);
    for (const id of ['D20', 'D21', 'D22', 'D23'])
      expect(a(id)).toMatchObject({ applicability: 'applies', required: false, warnOnly: true });
    for (const id of ['D18', 'D19', 'D24', 'D25', 'D26'])
      expect(a(id)).toMatchObject({ applicability: 'applies', required: false, warnOnly: false });
  });

  it('each rule says whether it comes from the reference or is our proposal', () => {
    expect(of(COMPLETE)('D5').source).toBe('reference');
    expect(of(COMPLETE)('D18').source).toBe('proposed');
    expect(of(COMPLETE)('D11').source).toBe('proposed');
  });
});
