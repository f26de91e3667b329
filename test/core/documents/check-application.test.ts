import { describe, expect, it } from 'vitest';
import {
  checkApplication,
  safeParseRequirementList,
  type ApplicationProfile,
  type FormSnapshot,
  type SnapshotUpload,
} from '../../../core/documents/index';

const upload = (ref: string, label: string, state: SnapshotUpload['state'], files: string[] = []): SnapshotUpload => ({
  ref,
  label,
  widget: 'element',
  state,
  files: files.map((name) => ({ name })),
});
const snap = (uploads: SnapshotUpload[], limitations: FormSnapshot['limitations'] = []): FormSnapshot => ({
  fields: [],
  uploads,
  limitations,
});
const ENTERPRISE: ApplicationProfile = {
  orgType: 'enterprise',
  unifiedLicence: true,
  multiSite: false,
  serviceMode: 'own',
  regulatedProducts: false,
  applicationType: 'initial',
};
const req = (r: ReturnType<typeof checkApplication>, id: string) => r.requirements.find((q) => q.id === id)!;

describe('checking an application', () => {
  it('an upload with files makes its document present and lists the file names', () => {
    const r = checkApplication(snap([upload('u1', '营业执照', 'has-files', ['执照.pdf'])]), ENTERPRISE);
    expect(req(r, 'D2')).toMatchObject({ status: 'present', fields: ['u1'], files: ['执照.pdf'] });
  });

  it('an empty upload for a required document is missing and blocks', () => {
    const r = checkApplication(snap([upload('u1', '组织机构图', 'empty')]), ENTERPRISE);
    expect(req(r, 'D10')).toMatchObject({
      status: 'missing',
      required: true,
      reason: { code: 'missing-upload', message: '“组织机构图”尚未上传文件' },
    });
    expect(r.summary.missingRequired).toBe(1);
  });

  it('an empty upload for an optional document is missing but does not block', () => {
    const r = checkApplication(snap([upload('u1', '售后服务承诺书', 'empty')]), ENTERPRISE);
    expect(req(r, 'D24')).toMatchObject({ status: 'missing', required: false, reason: { code: 'optional-missing' } });
    expect(r.summary.missingRequired).toBe(0);
  });

  it('an upload the scanner could not read is review, never present', () => {
    const r = checkApplication(snap([upload('u1', '营业执照', 'unknown', ['看似有文件.pdf'])]), ENTERPRISE);
    expect(req(r, 'D2')).toMatchObject({ status: 'review', reason: { code: 'unreadable-upload' }, files: [] });
  });

  it('a required document with no upload on the form is review (the applicant cannot upload it there)', () => {
    const r = checkApplication(snap([]), ENTERPRISE);
    expect(req(r, 'D17')).toMatchObject({
      status: 'review',
      required: true,
      reason: { code: 'no-field', message: '表单中未找到对应上传项，请确认材料的提交方式' },
    });
  });

  it('a generic attachments upload satisfies a document whose file name names it', () => {
    const r = checkApplication(
      snap([upload('g', '附件材料', 'has-files', ['营业执照.pdf', '售后服务手册.docx'])]),
      ENTERPRISE,
    );
    expect(req(r, 'D2')).toMatchObject({ status: 'present', fields: ['g'], files: ['营业执照.pdf'] });
    expect(req(r, 'D17')).toMatchObject({ status: 'present', files: ['售后服务手册.docx'] });
    expect(r.unmatchedUploads).toEqual([]);
  });

  it('an empty generic upload turns "no upload" into missing, pointing to where it can go', () => {
    const r = checkApplication(snap([upload('g', '其他附件', 'empty')]), ENTERPRISE);
    expect(req(r, 'D9')).toMatchObject({
      status: 'missing',
      required: true,
      reason: { code: 'generic-empty', params: { label: '其他附件' } },
    });
  });

  it('files in a generic upload whose names say nothing make the required documents review, and are listed as unmatched', () => {
    const r = checkApplication(snap([upload('g', '相关资料', 'has-files', ['scan001.pdf'])]), ENTERPRISE);
    expect(req(r, 'D9')).toMatchObject({ status: 'review', reason: { code: 'generic-unnamed' } });
    expect(r.unmatchedUploads).toEqual([{ ref: 'g', label: '相关资料', files: ['scan001.pdf'] }]);
  });

  it('an upload whose label names no document is reported as unmatched', () => {
    const r = checkApplication(snap([upload('u9', '法定代表人身份证', 'has-files', ['id.jpg'])]), ENTERPRISE);
    expect(r.unmatchedUploads).toEqual([{ ref: 'u9', label: '法定代表人身份证', files: ['id.jpg'] }]);
  });

  it('two equally likely requirements are not guessed: the upload stays unmatched with both candidates', () => {
    const r = checkApplication(snap([upload('u1', '资格证书', 'has-files', ['a.pdf'])]), {
      ...ENTERPRISE,
      regulatedProducts: true,
    });
    expect(r.unmatchedUploads).toEqual([{ ref: 'u1', label: '资格证书', files: ['a.pdf'], candidates: ['D7', 'D23'] }]);
    expect(req(r, 'D7').status).not.toBe('present');
    expect(req(r, 'D23').status).not.toBe('present');
  });

  it('a condition nobody answered makes a document the form has no field for review, and names the question', () => {
    const r = checkApplication(snap([]), {});
    expect(req(r, 'D16')).toMatchObject({
      status: 'review',
      question: 'serviceMode',
      reason: { code: 'unknown-condition' },
    });
    expect(req(r, 'D16').reason!.message).toContain('售后服务提供方式');
  });

  it('an empty field the form offers is missing even when its condition is unanswered (the form asks for it)', () => {
    const r = checkApplication(snap([upload('u1', '委托服务协议', 'empty')]), {});
    expect(req(r, 'D16')).toMatchObject({
      status: 'missing',
      required: true,
      question: 'serviceMode',
      reason: { code: 'missing-offered', params: { label: '委托服务协议' } },
    });
    expect(r.summary.missingRequired).toBeGreaterThanOrEqual(1);
  });

  it('…unless what the applicant stated rules it out: not applicable, with the reason', () => {
    const r = checkApplication(snap([upload('u1', '委托服务协议', 'empty')]), { serviceMode: 'own' });
    expect(req(r, 'D16')).toMatchObject({ status: 'not-applicable', reason: { code: 'own-service' } });
  });

  it('an upload the scanner could not read but where something file-like was seen is review with what was seen, never missing', () => {
    const u = { ...upload('u1', '营业执照', 'unknown'), seen: ['营业执照.jpg', '缩略图 (img)'] };
    for (const profile of [ENTERPRISE, {}]) {
      const r = checkApplication(snap([u]), profile);
      expect(req(r, 'D2')).toMatchObject({
        status: 'review',
        reason: { code: 'seen-upload', params: { label: '营业执照', seen: '营业执照.jpg、缩略图 (img)' } },
      });
    }
  });

  it('a form that asks for a 营业执照 is taken as an enterprise’s form when nobody says otherwise', () => {
    const r = checkApplication(snap([upload('u1', '营业执照', 'empty')]), {});
    expect(r.profile.orgType).toBe('enterprise');
    expect(r.profileOrigin.orgType).toBe('form');
    expect(r.profileFields?.orgType).toBe('u1');
    expect(req(r, 'D2')).toMatchObject({ status: 'missing', required: true, reason: { code: 'missing-upload' } });
    expect(req(r, 'D3')).toMatchObject({ status: 'not-applicable', reason: { code: 'enterprise-by-form' } });
  });

  it('so is a form with a 统一社会信用代码 field, even an empty one', () => {
    const s: FormSnapshot = {
      fields: [{ ref: 'c', label: '统一社会信用代码', kind: 'text', value: '' }],
      uploads: [],
      limitations: [],
    };
    expect(checkApplication(s, {}).profile.orgType).toBe('enterprise');
  });

  it('the applicant’s own answer wins over what the form implies', () => {
    const r = checkApplication(snap([upload('u1', '营业执照', 'empty')]), { orgType: 'institution' });
    expect(req(r, 'D2')).toMatchObject({ status: 'not-applicable', reason: { code: 'not-enterprise' } });
    expect(req(r, 'D3').status).toBe('review');
  });

  it('a form offering both the licence and a non-enterprise certificate implies nothing: one of the two is asked for', () => {
    const r = checkApplication(
      snap([upload('u1', '营业执照', 'empty'), upload('u2', '事业单位法人证书', 'empty')]),
      {},
    );
    expect(r.profile.orgType).toBeUndefined();
    expect(req(r, 'D2')).toMatchObject({ status: 'review', reason: { code: 'alternative-offered' } });
    expect(req(r, 'D3')).toMatchObject({ status: 'review', reason: { code: 'alternative-offered' } });
  });

  it('a document that is there counts as present even when its condition is unknown', () => {
    const r = checkApplication(snap([upload('u1', '原认证证书', 'has-files', ['cert.pdf'])]), {});
    expect(req(r, 'D27').status).toBe('present');
  });

  it('either the business licence or a D3 certificate satisfies legal status', () => {
    const r = checkApplication(
      snap([upload('u1', '事业单位法人证书', 'has-files', ['x.pdf']), upload('u2', '营业执照', 'empty')]),
      {},
    );
    expect(req(r, 'D3').status).toBe('present');
    expect(req(r, 'D2')).toMatchObject({
      status: 'not-applicable',
      required: false,
      reason: { code: 'alternative-present', params: { other: 'D3' } },
    });
    expect(req(r, 'D2').question).toBeUndefined();
  });

  it('limitations of the scan are passed through', () => {
    const lim: FormSnapshot['limitations'] = [
      {
        code: 'cross-origin-frame',
        severity: 'warning',
        where: 'https://x.example',
        params: { url: 'https://x.example' },
        detail: 'https://x.example',
        message: '跨域 iframe 未检查',
      },
    ];
    expect(checkApplication(snap([], lim), ENTERPRISE).limitations).toEqual(lim);
  });

  it('the summary counts every status, and missing required documents separately', () => {
    const r = checkApplication(
      snap([
        upload('u1', '营业执照', 'has-files', ['a.pdf']),
        upload('u2', '组织简介', 'empty'),
        upload('u3', '售后服务承诺书', 'empty'),
      ]),
      ENTERPRISE,
    );
    const count = (s: string) => r.requirements.filter((q) => q.status === s).length;
    expect(r.summary).toEqual({
      present: count('present'),
      missing: count('missing'),
      review: count('review'),
      notApplicable: count('not-applicable'),
      missingRequired: r.requirements.filter((q) => q.status === 'missing' && q.required).length,
    });
    expect(r.summary.missingRequired).toBe(1);
    expect(r.summary.present + r.summary.missing + r.summary.review + r.summary.notApplicable).toBe(27);
  });

  it('messages follow the language asked for', () => {
    const r = checkApplication(snap([upload('u1', 'Organization chart', 'empty')]), ENTERPRISE, { lang: 'en' });
    expect(req(r, 'D10').reason!.message).toBe('No file uploaded in "Organization chart"');
  });

  it('checks against a certification body’s own list when given one', () => {
    const list = safeParseRequirementList(
      JSON.stringify([
        { id: 'D1', flag: 'mandatory', name: { zh: '入网登记表', en: 'Registration form' }, aliases: ['入网登记表'] },
        { id: 'D18', flag: 'mandatory', name: { zh: '申请方声明', en: 'Declaration' }, aliases: ['声明'] },
      ]),
    );
    if (!list.success) throw new Error(list.issues.map((p) => p.message).join('\n'));
    const r = checkApplication(
      snap([upload('u1', '入网登记表', 'has-files', ['a.pdf']), upload('u2', '申请方声明', 'empty')]),
      {},
      { catalogue: list.data },
    );
    expect(r.requirements.map((q) => [q.id, q.status, q.required])).toEqual([
      ['D1', 'present', true],
      ['D18', 'missing', true],
    ]);
  });
});
