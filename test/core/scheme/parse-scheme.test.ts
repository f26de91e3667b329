import { describe, expect, it } from 'vitest';
import { gbt27922_2011_data } from '../../../core/scheme/data/gbt27922-2011';
import { parseScheme, safeParseScheme, SchemeError, type SchemeInput } from '../../../core/index';

const clone = (): SchemeInput => structuredClone(gbt27922_2011_data);
const problemsOf = (input: unknown, lang: 'zh-CN' | 'en' = 'en') => {
  const r = safeParseScheme(input, lang);
  if (r.success) throw new Error('expected the scheme to be rejected');
  return r.issues;
};

describe('parseScheme accepts a certification body scheme and rejects a bad one with pointed messages', () => {
  it('accepts the bundled default as JSON text', () => {
    const s = parseScheme(JSON.stringify(gbt27922_2011_data));
    expect(s.id).toBe('gbt27922-2011');
    expect(s.items.length).toBe(21); // 11 level-3 clauses + 10 level-2 indicators without published sub-clauses
  });

  it('names a duplicate id and where it first appeared', () => {
    const s = clone();
    s.nodes.push({ ...s.nodes[2]! });
    const [p] = problemsOf(s);
    expect(p).toMatchObject({ where: `nodes[${s.nodes.length - 1}].id`, code: 'duplicate-id' });
    expect(p!.message).toContain('5.1.1.1');
    expect(p!.message).toContain('nodes[2]');
  });

  it('names an unknown parent', () => {
    const s = clone();
    s.nodes.push({
      id: '5.9.1',
      parent: '5.9',
      name: { zh: '新', en: 'New' },
      max: 0,
      kind: 'binary',
      source: 'certification-body',
    });
    const ps = problemsOf(s);
    expect(ps.map((p) => p.code)).toContain('unknown-parent');
    expect(ps.find((p) => p.code === 'unknown-parent')!.where).toBe(`nodes[${s.nodes.length - 1}].parent`);
  });

  it('says which category does not add up to its children, with both numbers', () => {
    const s = clone();
    s.nodes.find((n) => n.id === '5.1.1.1')!.max = 4;
    const ps = problemsOf(s);
    const msgs = ps.map((p) => p.message).join('\n');
    expect(ps.map((p) => p.code)).toEqual(['points-mismatch']); // 5.1.1 only: 5.1 sums its indicators' stated points
    expect(msgs).toContain('5.1.1 is worth 6 points but its children add up to 7');
    expect(ps[0]!.where).toBe('nodes[1].max');
  });

  it('rejects thresholds out of order', () => {
    const s = clone();
    s.rules.levels[2]!.min = 79;
    const [p] = problemsOf(s);
    expect(p).toMatchObject({ where: 'rules.levels[2].min', code: 'thresholds-order' });
  });

  it('rejects negative points with the path', () => {
    const s = clone();
    s.nodes[2]!.max = -1;
    const ps = problemsOf(s);
    expect(ps[0]).toMatchObject({ where: 'nodes[2].max', code: 'shape' });
    expect(ps[0]!.message).toContain('expected number to be >=0');
    expect(problemsOf(s, 'zh-CN')[0]!.message).toMatch(/^nodes\[2\]\.max：格式不符：数值过小/);
  });

  it('rejects a scored item without a kind', () => {
    const s = clone();
    delete s.nodes.find((n) => n.id === '5.2.1')!.kind;
    expect(problemsOf(s)[0]).toMatchObject({ code: 'missing-kind' });
  });

  it('rejects malformed JSON text in Chinese by default', () => {
    const r = safeParseScheme('{"id": ');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.message).toMatch(/^评分方案不是有效的 JSON/);
  });

  it('throws a SchemeError listing every problem', () => {
    const s = clone();
    s.nodes[2]!.id = s.nodes[3]!.id;
    expect(() => parseScheme(s)).toThrow(SchemeError);
  });

  it('accepts a certification body variant with its own items and rules', () => {
    const s: SchemeInput = {
      ...clone(),
      id: 'cb-x',
      nodes: [
        { id: '1', parent: null, name: { zh: '体系', en: 'System' }, max: 60, source: 'certification-body' },
        {
          id: '1.1',
          parent: '1',
          name: { zh: '制度', en: 'Rules' },
          max: 60,
          kind: 'graded',
          source: 'certification-body',
        },
        { id: '2', parent: null, name: { zh: '服务', en: 'Service' }, max: 40, source: 'certification-body' },
        {
          id: '2.1',
          parent: '2',
          name: { zh: '投诉', en: 'Complaints' },
          max: 40,
          kind: 'sampled',
          source: 'certification-body',
        },
      ],
    };
    const parsed = parseScheme(s);
    expect(parsed.items.map((i) => [i.id, i.categoryId])).toEqual([
      ['1.1', '1'],
      ['2.1', '2'],
    ]);
  });
});
