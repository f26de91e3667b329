import { describe, expect, it } from 'vitest';
import { DOCUMENT_CATALOGUE, parseRequirementList } from '../../../core/documents/index';

const ok = { id: 'D1', flag: 'mandatory', name: { zh: '申请书', en: 'Application' }, aliases: ['申请书'] };

describe('a certification body’s own requirement list', () => {
  it('our own catalogue, as JSON, is accepted unchanged', () => {
    const r = parseRequirementList(JSON.stringify(DOCUMENT_CATALOGUE));
    expect(r).toEqual({ ok: true, catalogue: JSON.parse(JSON.stringify(DOCUMENT_CATALOGUE)) });
  });

  it('accepts { requirements: [...] } and fills in file types, sources and the rule from the flag', () => {
    const r = parseRequirementList({ requirements: [{ ...ok, id: 'D40', flag: 'optional' }] });
    expect(r).toMatchObject({
      ok: true,
      catalogue: [
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
    expect(parseRequirementList([{ ...ok, id: 'D5', flag: 'conditional' }])).toMatchObject({
      ok: true,
      catalogue: [{ rule: { when: { key: 'unifiedLicence', in: [false] } } }],
    });
    expect(parseRequirementList([{ ...ok, id: 'D40', flag: 'conditional' }])).toMatchObject({
      ok: false,
      problems: [{ path: '[0].rule', code: 'needs-rule' }],
    });
    expect(
      parseRequirementList([
        {
          ...ok,
          id: 'D40',
          flag: 'conditional',
          rule: { when: { key: 'multiSite', in: [true] }, required: true, source: 'proposed' },
        },
      ]).ok,
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
    const r = parseRequirementList(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ path, code });
    if (path !== '(root)') expect(r.problems[0]!.message).toContain(path);
  });

  it('says it in English when asked', () => {
    const r = parseRequirementList([{ ...ok, flag: 'must' }], 'en');
    expect(!r.ok && r.problems[0]!.message).toBe(
      '[0].flag: unknown flag "must". Allowed: mandatory, conditional, optional, audit, obsolete.',
    );
  });

  it('a duplicate names where the first one was', () => {
    const r = parseRequirementList({ requirements: [ok, { ...ok, aliases: ['另一个申请书'] }] });
    expect(!r.ok && r.problems[0]).toMatchObject({
      path: 'requirements[1].id',
      params: { id: 'D1', first: 'requirements[0]' },
    });
  });
  it("a rule naming an impossible profile value is rejected in the user's language", () => {
    const bad = {
      ...ok,
      flag: 'conditional',
      rule: { when: { key: 'multiSite', in: ['maybe'] }, required: true, source: 'proposed' },
    };
    const zh = parseRequirementList([bad]);
    expect(!zh.ok && zh.problems[0]).toMatchObject({
      path: '[0].rule.when.in[0]',
      code: 'bad-profile-value',
      message: '[0].rule.when.in[0]："maybe" 不是 multiSite 的可用取值（可用：true, false）。',
    });
    const en = parseRequirementList([bad], 'en');
    expect(!en.ok && en.problems[0]!.message).toContain('is not a value of multiSite');
  });

  it("other shape problems use zod's Chinese wording, never English, in Chinese", () => {
    const r = parseRequirementList([{ ...ok, fileTypes: [3] }]);
    expect(!r.ok && r.problems[0]!.message).toMatch(/^\[0\]\.fileTypes\[0\]：格式不对（无效输入/);
  });
});
