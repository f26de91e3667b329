import { describe, expect, it } from 'vitest';
import {
  BUNDLED_SCHEMES,
  bundledScheme,
  gbt27922_2011,
  gbt27922_2011_fiveStar98,
  parseScheme,
  safeParseScheme,
  SchemeError,
} from '../../../core/index';
import { gbt27922_2011_data } from '../../../core/scheme/data/gbt27922-2011';
import { gbt27922_2011_fiveStar98_data } from '../../../core/scheme/data/gbt27922-2011-five-star-98';

describe('the bundled GB/T 27922-2011 scheme follows the reference', () => {
  const s = gbt27922_2011;
  it('has 3 categories worth 40 / 35 / 25 (certification-body source) and 100 in all', () => {
    expect(s.categories.map((c) => [c.id, c.max, c.source])).toEqual([
      ['5.1', 40, 'certification-body'],
      ['5.2', 35, 'certification-body'],
      ['5.3', 25, 'certification-body'],
    ]);
    expect(s.totalMax).toBe(100);
  });

  it('has the 15 level-2 indicators in the reference order', () => {
    expect(s.indicators.map((n) => n.name.zh.replace(/（.*）/, ''))).toEqual([
      '组织架构',
      '人员配置',
      '资源配置',
      '规范要求',
      '监督',
      '改进',
      '服务文化',
      '商品信息',
      '技术支持',
      '配送',
      '维修',
      '质量保证',
      '废弃商品回收',
      '顾客关系',
      '投诉处理',
    ]);
  });

  it('has the 11 verified level-3 clauses 5.1.1.1 … 5.1.5.2 marked as standard', () => {
    const level3 = s.nodes.filter((n) => n.id.split('.').length === 4);
    expect(level3.map((n) => n.id)).toEqual([
      '5.1.1.1',
      '5.1.1.2',
      '5.1.2.1',
      '5.1.2.2',
      '5.1.3.1',
      '5.1.3.2',
      '5.1.3.3',
      '5.1.4.1',
      '5.1.4.2',
      '5.1.5.1',
      '5.1.5.2',
    ]);
    expect(level3.every((n) => n.source === 'standard')).toBe(true);
  });

  it('never passes a guess off as the standard: every point value below category level says it is proposed', () => {
    for (const n of s.nodes.filter((x) => x.parent !== null)) expect(n.note, n.id).toMatch(/proposed/);
    expect(s.rules.rounding.source).toBe('proposed');
  });

  it('uses the sourced thresholds 70 / 80 / 90 / 95 and the five-deduction veto', () => {
    expect(s.rules.levels.map((l) => [l.id, l.min])).toEqual([
      ['compliant', 70],
      ['3-star', 80],
      ['4-star', 90],
      ['5-star', 95],
    ]);
    expect(s.rules.veto.specialDeductionsAtOrAbove).toBe(5);
  });

  it('offers the SB/T 10401-era variant with five stars at 98', () => {
    expect(gbt27922_2011_fiveStar98.rules.levels.at(-1)).toMatchObject({ id: '5-star', min: 98 });
    expect(BUNDLED_SCHEMES.map((x) => x.id)).toEqual(['gbt27922-2011', 'gbt27922-2011-5star98']);
  });

  it('bundledScheme names the available ids when asked for an unknown one', () => {
    expect(bundledScheme('gbt27922-2011')).toBe(gbt27922_2011);
    expect(() => bundledScheme('nope', 'en')).toThrow(/Available: gbt27922-2011, gbt27922-2011-5star98/);
    expect(() => bundledScheme('nope')).toThrow(SchemeError);
  });
});

// Core loads its own schemes without validating them (core/scheme/bundled.ts); this is where they are validated.
describe('the bundled schemes pass the scheme schema and rules, and load exactly as parsed', () => {
  it.each([
    ['gbt27922-2011', gbt27922_2011_data, gbt27922_2011],
    ['gbt27922-2011-5star98', gbt27922_2011_fiveStar98_data, gbt27922_2011_fiveStar98],
  ] as const)('%s', (_id, data, loaded) => {
    const checked = safeParseScheme(data, 'en');
    expect(checked.success ? [] : checked.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([]);
    // zod keeps only the keys the schema knows: equal means the shipped data holds nothing unchecked.
    expect(loaded).toEqual(parseScheme(data));
  });

  it('a broken copy of the data is caught by the same check', () => {
    const broken = {
      ...gbt27922_2011_data,
      nodes: gbt27922_2011_data.nodes.map((n, i) => (i === 3 ? { ...n, max: -1 } : n)),
    };
    expect(safeParseScheme(broken, 'en').success).toBe(false);
  });
});
