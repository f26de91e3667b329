import { describe, expect, it } from 'vitest';
import { checkFields, isValidPhone, type FormSnapshot, type SnapshotField } from '../../../core/documents/index';

const form = (...fields: [string, string][]): FormSnapshot => ({
  fields: fields.map(([label, value], i): SnapshotField => ({ ref: `f${i}`, label, value, kind: 'text' })),
  uploads: [],
  limitations: [],
});

describe('field checks', () => {
  it('a wrong unified code is reported on its field with the wrong position', () => {
    const [issue] = checkFields(form(['统一社会信用代码', '91110108551385082A']));
    expect(issue).toMatchObject({
      ref: 'f0',
      field: 'uscc',
      code: 'uscc-invalid',
      params: { problem: 'check', position: 18, expected: 'Q', found: 'A' },
    });
    expect(issue!.message).toContain('第 18 位应为“Q”');
  });

  it('an empty unified code field is reported; a correct one is not', () => {
    expect(checkFields(form(['统一社会信用代码', ' ']))).toMatchObject([{ code: 'uscc-empty' }]);
    expect(checkFields(form(['统一社会信用代码', '91110108551385082Q']))).toEqual([]);
  });

  it('a code typed in lower case or full width is read but the user is told to correct it', () => {
    expect(checkFields(form(['统一社会信用代码', '91110108551385082q']), 'en')).toMatchObject([
      { code: 'uscc-normalised', params: { code: '91110108551385082Q' } },
    ]);
  });

  it('an empty organisation name is an issue under any of its usual labels', () => {
    for (const label of ['组织名称', '单位名称', '企业名称', '公司名称'])
      expect(checkFields(form([label, '']))).toMatchObject([{ field: 'org-name', code: 'org-name-empty' }]);
    expect(checkFields(form(['组织名称', '示例有限公司']))).toEqual([]);
  });

  it.each([
    '13912345678',
    '010-12345678',
    '0571-8765432',
    '075523456789',
    '010-12345678转801',
    '0571-87654321-8001',
    '400-820-8820',
    '8008208820',
    '+86 139 1234 5678',
    '(010)12345678',
    '０１０－１２３４５６７８',
  ])('%s is a phone number', (p) => expect(isValidPhone(p)).toBe(true));

  it.each(['12345678901', '1391234567', '87654321', '010-123456', '13912345678a', '500-820-8820'])('%s is not', (p) =>
    expect(isValidPhone(p)).toBe(false),
  );

  it('each number in a field is checked; e-mail addresses and fax fields are left alone', () => {
    expect(checkFields(form(['联系电话', '010-12345678 / 1391234567']))).toMatchObject([
      { field: 'phone', params: { value: '1391234567' } },
    ]);
    expect(checkFields(form(['联系方式', 'service@example.cn']))).toEqual([]);
    expect(checkFields(form(['传真', '12345']))).toEqual([]);
  });
});
