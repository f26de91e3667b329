import { describe, expect, it } from 'vitest';
import { DOCUMENT_CATALOGUE, safeParseRequirementList } from '../../../core/documents/index';

const ok = { id: 'D1', flag: 'mandatory', name: { zh: '申请书', en: 'Application' }, aliases: ['申请书'] };

describe('a certification body’s own requirement list', () => {
  it('our own catalogue, as JSON, is accepted unchanged', () => {
    const r = safeParseRequirementList(JSON.stringify(DOCUMENT_CATALOGUE));
    expect(r).toEqual({ success: true, data: JSON.parse(JSON.stringify(DOCUMENT_CATALOGUE)) });
  });

  it('accepts { requirements: [...] } and fills in file types, sources and the rule from the flag', () => {
    const r = safeParseRequirementList({ requirements: [{ ...ok, id: 'D40', flag: 'optional' }] });
    expect(r).toMatchObject({
      success: true,
      data: [
        {
          id: 'D40',
          fileTypes: [],
          fileTypesSource: 'certification-body',
          sources: [],
          rule: { when: 'always', required: false },
        },
      ],
    });
  });

  it('a conditional requirement we know keeps our condition; an unknown one must say its condition', () => {
    expect(safeParseRequirementList([{ ...ok, id: 'D5', flag: 'conditional' }])).toMatchObject({
      success: true,
      data: [{ rule: { when: { key: 'unifiedLicence', in: [false] } } }],
    });
    expect(safeParseRequirementList([{ ...ok, id: 'D40', flag: 'conditional' }])).toMatchObject({
      success: false,
      issues: [{ where: '[0].rule', code: 'needs-rule' }],
    });
    expect(
      safeParseRequirementList([
        {
          ...ok,
          id: 'D40',
          flag: 'conditional',
          rule: { when: { key: 'multiSite', in: [true] }, required: true, source: 'proposed' },
        },
      ]).success,
    ).toBe(true);
  });

  it.each([
    ['not JSON', '[{', '(root)', 'invalid-json'],
    ['not a list', '{"a":1}', '(root)', 'not-a-list'],
    ['empty', '[]', '(root)', 'empty'],
    ['unknown flag', [{ ...ok, flag: 'must' }], '[0].flag', 'unknown-flag'],
    ['empty aliases', [{ ...ok, aliases: [] }], '[0].aliases', 'empty-aliases'],
    ['an alias that is only decoration', [{ ...ok, aliases: ['附件'] }], '[0].aliases[0]', 'short-alias'],
    ['an alias that is only wrapper words', [{ ...ok, aliases: ['盖章版复印件'] }], '[0].aliases[0]', 'short-alias'],
    ['missing name', [{ id: 'D1', flag: 'mandatory', aliases: ['x申请'] }], '[0].name', 'missing-field'],
    ['bad id', [{ ...ok, id: 'X1' }], '[0].id', 'bad-id'],
    ['duplicate id', [ok, ok], '[1].id', 'duplicate-id'],
    [
      'bad profile value in a rule',
      [{ ...ok, rule: { when: { key: 'serviceMode', in: ['self'] }, required: true, source: 'proposed' } }],
      '[0].rule.when.in[0]',
      'bad-profile-value',
    ],
  ])('%s is refused with where and what', (_what, input, path, code) => {
    const r = safeParseRequirementList(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ where: path, code });
    if (path !== '(root)') expect(r.issues[0]!.message).toContain(path);
  });

  it('says it in English when asked', () => {
    const r = safeParseRequirementList([{ ...ok, flag: 'must' }], 'en');
    expect(!r.success && r.issues[0]!.message).toBe(
      '[0].flag: unknown flag "must". Allowed: mandatory, conditional, optional, audit, obsolete.',
    );
  });

  it('a duplicate names where the first one was', () => {
    const r = safeParseRequirementList({ requirements: [ok, { ...ok, aliases: ['另一个申请书'] }] });
    expect(!r.success && r.issues[0]).toMatchObject({
      where: 'requirements[1].id',
      params: { id: 'D1', first: 'requirements[0]' },
    });
  });
  it("a rule naming an impossible profile value is rejected in the user's language", () => {
    const bad = {
      ...ok,
      flag: 'conditional',
      rule: { when: { key: 'multiSite', in: ['maybe'] }, required: true, source: 'proposed' },
    };
    const zh = safeParseRequirementList([bad]);
    expect(!zh.success && zh.issues[0]).toMatchObject({
      where: '[0].rule.when.in[0]',
      code: 'bad-profile-value',
      message: '[0].rule.when.in[0]："maybe" 不是 multiSite 的可用取值（可用：true, false）。',
    });
    const en = safeParseRequirementList([bad], 'en');
    expect(!en.success && en.issues[0]!.message).toContain('is not a value of multiSite');
  });

  it("other shape problems use zod's Chinese wording, never English, in Chinese", () => {
    const r = safeParseRequirementList([{ ...ok, fileTypes: [3] }]);
    expect(!r.success && r.issues[0]!.message).toMatch(/^\[0\]\.fileTypes\[0\]：格式不对（无效输入/);
  });
});
