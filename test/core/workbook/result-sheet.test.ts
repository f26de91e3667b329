import { describe, expect, it } from 'vitest';
import {
  gbt27922_2011,
  RESULT_COLUMNS,
  resultSheet,
  score,
  type IndicatorResponse,
  type ResultSheetLayout,
} from '../../../core/index';
import { displayWidth } from '../../../core/workbook/result-sheet';

/** Every item at full marks except the given answers. */
function audit(over: Record<string, Partial<IndicatorResponse>>, lang: 'zh-CN' | 'en' = 'zh-CN') {
  return score(
    gbt27922_2011,
    {
      responses: gbt27922_2011.items.map((i) => ({
        id: i.id,
        value: i.kind === 'binary' ? '符合' : i.max,
        where: { value: `评分表!F${gbt27922_2011.items.indexOf(i) + 5}` },
        ...over[i.id],
      })),
    },
    { lang },
  );
}

const text = (l: ResultSheetLayout) => l.rows.map((r) => r.map((c) => (c ? String(c.value) : '')));
const rowOf = (l: ResultSheetLayout, first: string) => text(l).find((r) => r[0] === first);
const section = (l: ResultSheetLayout, title: string) => {
  const t = text(l);
  const at = t.findIndex((r) => r[0]!.startsWith(title));
  const end = t.findIndex((r, i) => i > at && r.every((c) => c === ''));
  return t.slice(at + 1, end);
};

describe('the 结果 layout', () => {
  // 5.1.1.1 (yes/no, 3) answered 不符合: −3; 5.1.3.2 (graded, 3) 2.5: −0.5; 5.2.4 (sampled, 7) 2 of 10 samples
  // nonconforming: 7 × 8/10 = 5.6, −1.4. Earned 100 − 4.9 = 95.1 of 100 → 95.1, 五星 (≥ 95).
  const result = audit({
    '5.1.1.1': { value: '不符合' },
    '5.1.3.2': { value: 2.5 },
    '5.2.4': { value: undefined, samples: 10, nonconforming: 2 },
  });
  const facts = { organisation: '星河家电', uscc: '91350100M000100Y43', date: '2025-06-30', auditor: '李明' };
  const zh = resultSheet(result, { facts, schemeName: gbt27922_2011.name, decimals: 1 });

  it('puts the header block, then score and level large', () => {
    expect(result.score).toBe(95.1);
    expect(text(zh)[0]![0]).toBe('星河家电 · 售后服务评价评分结果');
    expect(rowOf(zh, '组织名称')![1]).toBe('星河家电');
    expect(rowOf(zh, '统一社会信用代码')![1]).toBe('91350100M000100Y43');
    expect(rowOf(zh, '审核日期')![1]).toBe('2025-06-30');
    expect(rowOf(zh, '审核员')![1]).toBe('李明');
    expect(rowOf(zh, '评分方案')![1]).toContain(gbt27922_2011.version);
    const headline = zh.rows.find((r) => r[0]?.value === '得分')!;
    expect(headline[1]).toEqual({ value: 95.1, style: 'headlineNumber', format: '0.0' });
    expect(headline[3]).toMatchObject({ value: '五星', style: 'headline' });
  });

  it('labels points lost 失分, and 不符合 only for a yes/no nonconformity or nonconforming samples', () => {
    expect(section(zh, '失分指标')).toEqual([
      ['编号', '指标', '满分', '得分', '失分', '说明'],
      ['5.1.1.1', '专门售后部门及职能岗位', '3', '0', '3', '不符合'],
      ['5.2.4', '维修', '7', '5.6', '1.4', '抽样 10 个，2 个不符合'],
      ['5.1.3.2', '内部保障', '3', '2.5', '0.5', ''],
    ]);
    expect(text(zh).find((r) => r[0]!.startsWith('失分指标'))![0]).toBe('失分指标（3 项，共失 4.9 分）');
  });

  it('aligns headers like their numbers and sizes columns from the content (CJK counts double)', () => {
    const head = zh.rows[zh.categoryTable.headerRow]!;
    const first = zh.rows[zh.categoryTable.headerRow + 1]!;
    for (let c = 0; c < RESULT_COLUMNS; c++) {
      if (!first[c]) continue;
      expect([c, head[c]!.style]).toEqual([c, typeof first[c]!.value === 'number' ? 'headNumber' : 'head']);
    }
    expect(displayWidth('统一社会信用代码')).toBe(16);
    expect(displayWidth('ID 5.1')).toBe(6);
    expect(zh.widths[0]).toBeGreaterThanOrEqual(16 + 2); // the longest unmerged label in column A
    expect(zh.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(95); // one A4 portrait page wide
    expect(zh.print).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(zh.print.rows).toBe(zh.rows.length);
    expect(text(zh).at(-1)![0]).toMatch(/^评分引擎 gbt27922-core/);
    expect(zh.rows.at(-1)![0]!.style).toBe('stamp');
  });

  it('names the indicator and its cell for a problem, in words, without codes or the cell twice', () => {
    const bad = audit({ '5.3.1': { value: 'abc' } });
    expect(bad.score).toBeNull();
    const where = `评分表!F${gbt27922_2011.items.findIndex((i) => i.id === '5.3.1') + 5}`;
    const zhRows = section(resultSheet(bad), '问题');
    expect(zhRows[0]).toEqual(['位置', '指标', '说明', '', '', '']);
    expect(zhRows[1]).toEqual([
      where,
      '5.3.1 顾客关系',
      '须改正：“abc”不是数字。请填写 0 到 12 之间的分数（可用 0.5 分）。',
      '',
      '',
      '',
    ]);
    const en = resultSheet(audit({ '5.3.1': { value: 'abc' } }, 'en'), { lang: 'en' });
    const enRow = section(en, 'Problems')[1]!;
    expect(enRow.slice(0, 3)).toEqual([
      where,
      `5.3.1 ${gbt27922_2011.items.find((i) => i.id === '5.3.1')!.name.en}`,
      'Correct: "abc" is not a number. Enter points between 0 and 12 (half points allowed).',
    ]);
    expect(text(en).flat().join('\n')).not.toMatch(/not-a-number|scoring\./);
    expect(rowOf(en, 'Score')![1]).toBe('Cannot be computed');
  });

  it('shows category subtotals as not computed while an input is invalid, not as results', () => {
    // 5.3.1 holds "abc": the total is null, so 5.3's 13 of 25 (and the other categories) are not results.
    const bad = resultSheet(audit({ '5.3.1': { value: 'abc' } }));
    const rows = section(bad, '分类得分');
    expect(rows[0]).toEqual(['编号', '类别', '得分', '适用满分', '失分', '得分率 %']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['5.1', '未计算（有无效输入）', '', ''],
      ['5.2', '未计算（有无效输入）', '', ''],
      ['5.3', '未计算（有无效输入）', '', ''],
    ]);
    // A valid audit keeps its numbers.
    expect(section(zh, '分类得分')[1]![2]).not.toBe('未计算（有无效输入）');
  });

  it('gives the next level with the fewest items', () => {
    // 5.3.2 (sampled, 13) with 10 of 10 nonconforming: −13 → 87.0, 三星. 四星 at 90 is 3 points away; in raw
    // points 2.95 is enough (89.95 rounds half up to 90.0 at one decimal), and 5.3.2 alone gives 13.
    const r = audit({ '5.3.2': { value: undefined, samples: 10, nonconforming: 10 } });
    expect(r.score).toBe(87);
    const rows = section(resultSheet(r), '下一等级');
    expect(rows[0]![0]).toBe('距四星（90 分）还差 3.0 分，即指标原始分 2.95 分。最少需提升以下 1 项指标：');
    expect(rows.slice(1)).toEqual([
      ['编号', '指标', '可得分', '', '', ''],
      ['5.3.2', '投诉处理', '13', '', '', ''],
    ]);
  });
});
