import type { IndicatorKind } from '../scheme/schema';
import type { Field } from './types';

/*
 * Header texts that name each column of a scoring sheet (评分表), zh first, en beside. Data, not code:
 * add a certification body's wording here (and a case in header-synonyms.test.ts), never a branch.
 *
 * Order matters: within a field the earlier text is the stronger claim. A text listed under two fields
 * (评价内容 is the indicator in some sheets, the criteria in others) goes to the field where it ranks
 * best among the columns actually present; see detect-layout.ts.
 * Sources: the column names certification bodies' published 评分表 use (the styles of the sheets in
 * test/fixtures/workbooks: 分值/得分, 标准分/实得分, 扣分/扣分原因, 一级指标, 评价项目), common Chinese
 * audit-checklist wording, and our own template (core/workbook/template-layout.ts).
 */
export interface SynonymEntry {
  field: Field;
  zh: readonly string[];
  en: readonly string[];
  /** Texts meaning the opposite of the field (删减 = excluded, for `applicable`). */
  invertedZh?: readonly string[];
  invertedEn?: readonly string[];
}

export const HEADER_SYNONYMS: readonly SynonymEntry[] = [
  {
    field: 'id',
    zh: ['编号', '条款号', '指标编号', '条款编号', '序号', '条款', '项目编号', '代码'],
    en: ['id', 'no.', 'no', 'clause', 'item no.', 'number', '#'],
  },
  {
    field: 'name',
    zh: [
      '评价指标',
      '指标名称',
      '三级指标',
      '指标',
      '评价项目',
      '二级指标',
      '评审项目',
      '项目名称',
      '评价内容',
      '项目',
    ],
    en: ['indicator', 'indicator name', 'item', 'evaluation item', 'requirement'],
  },
  {
    field: 'category',
    zh: ['类别', '一级指标', '指标类别', '评价类别', '分类', '大类'],
    en: ['category', 'level 1', 'section'],
  },
  {
    field: 'criteria',
    zh: [
      '评价要求',
      '评分标准',
      '评价标准',
      '评审要点',
      '标准要求',
      '要求',
      '评价内容',
      '考核内容',
      '具体要求',
      '扣分依据',
      '扣分标准',
      '评分细则',
      '扣分细则',
      '评分说明',
    ],
    en: ['criteria', 'requirement text', 'what to check', 'evaluation criteria'],
  },
  { field: 'kind', zh: ['评分方式', '评分方法', '计分方式', '类型'], en: ['kind', 'scoring method', 'method', 'type'] },
  {
    field: 'max',
    zh: ['分值', '满分', '标准分', '权重分', '标准分值', '应得分', '配分', '分数'],
    en: ['max', 'points', 'max points', 'maximum', 'weight', 'full marks'],
  },
  {
    field: 'score',
    zh: ['得分', '实际得分', '评分', '评审得分', '评价得分', '实得分', '评定'],
    en: ['score', 'points earned', 'earned', 'result'],
  },
  {
    // Deduction sheets write the points lost, not the points earned: earned = 分值 − 扣分.
    field: 'deduction',
    zh: ['扣分', '扣减分', '扣分值', '失分', '应扣分', '实扣分', '扣分数', '扣减分值', '扣除分'],
    en: ['deduction', 'points lost', 'deducted', 'points deducted', 'deductions'],
  },
  {
    field: 'computed',
    zh: ['计算得分', '折算得分', '计分', '核算得分'],
    en: ['computed points', 'computed', 'calculated points'],
  },
  {
    field: 'applicable',
    zh: ['是否适用', '适用', '适用性', '是否涉及', '涉及'],
    en: ['applicable', 'applies'],
    invertedZh: ['删减', '是否删减', '不适用', '删减项'],
    invertedEn: ['excluded', 'not applicable', 'n/a'],
  },
  {
    field: 'samples',
    zh: ['抽样数', '样本数', '抽样数量', '抽查数', '抽样量', '抽样'],
    en: ['samples', 'sample size', 'n'],
  },
  {
    field: 'nonconforming',
    zh: ['不符合数', '不合格数', '不符合项数', '不符合样本数', '问题数'],
    en: ['nonconforming', 'nonconformities', 'k', 'failed samples'],
  },
  {
    field: 'notes',
    zh: [
      '备注',
      '证据',
      '评审记录',
      '说明',
      '审核记录',
      '证据/备注',
      '客观证据',
      '评审说明',
      '扣分原因',
      '记录',
      '扣分说明',
      '扣分理由',
      '扣分事实',
      '失分原因',
      '存在问题',
    ],
    en: ['notes', 'evidence', 'remarks', 'comment', 'comments', 'audit record', 'reason for deduction'],
  },
  { field: 'status', zh: ['状态', '结论', '评价结论', '符合性'], en: ['status', 'conclusion', 'finding'] },
];

/** Labels of audit facts, on our 封面 sheet or as "label: value" cells near the top of a scoring sheet. */
export const FACT_LABELS: Readonly<
  Record<
    'organisation' | 'uscc' | 'date' | 'auditor' | 'address' | 'auditType' | 'standard' | 'monthsAtCompliantLevel',
    { zh: readonly string[]; en: readonly string[] }
  >
> = {
  organisation: {
    zh: [
      '组织名称',
      '受审核方',
      '受审核组织',
      '企业名称',
      '申请组织',
      '申请单位',
      '单位名称',
      '受评组织',
      '公司名称',
      '被评价组织',
    ],
    en: ['organisation', 'organization', 'auditee', 'company'],
  },
  uscc: {
    zh: ['统一社会信用代码', '信用代码', '社会信用代码'],
    en: ['uscc', 'unified social credit code', 'credit code'],
  },
  date: { zh: ['审核日期', '评审日期', '评价日期', '现场审核日期', '日期'], en: ['audit date', 'date'] },
  auditor: {
    zh: ['评审员', '审核员', '审核组长', '评审组长', '评价人员', '审核人员', '评审人员'],
    en: ['auditor', 'lead auditor', 'assessor'],
  },
  address: { zh: ['地址', '审核地址', '注册地址', '经营地址'], en: ['address'] },
  auditType: { zh: ['审核类型', '评价类型', '认证类型'], en: ['audit type'] },
  standard: { zh: ['认证标准', '依据标准', '评价依据'], en: ['standard'] },
  monthsAtCompliantLevel: { zh: ['达标已满月数', '已达标月数'], en: ['months at compliant level'] },
};

/** Columns of a special-items sheet (特别项) or table. */
export const SPECIAL_SYNONYMS: Readonly<
  Record<'type' | 'clause' | 'description' | 'rectified', { zh: readonly string[]; en: readonly string[] }>
> = {
  type: { zh: ['类型', '项目类型', '类别', '特别项类型'], en: ['type', 'kind'] },
  clause: { zh: ['条款', '条款号', '依据条款', '编号'], en: ['clause'] },
  description: {
    zh: ['说明', '事实描述', '描述', '内容', '事实', '加分说明', '扣分说明'],
    en: ['description', 'finding', 'details'],
  },
  rectified: {
    zh: ['整改情况', '整改', '是否整改', '是否已整改', '整改状态'],
    en: ['rectified', 'rectification', 'rectification status'],
  },
};

/** Cell texts that mark a subtotal / total row (never an indicator). */
export const SUBTOTAL_WORDS: readonly string[] = [
  '小计',
  '合计',
  '总计',
  '总分',
  '汇总',
  '分项合计',
  'subtotal',
  'sub-total',
  'total',
];

/** Words in a special-items type cell. */
export const SPECIAL_TYPE_WORDS = {
  deduction: ['特别扣分项', '特别扣分', '扣分项', '扣分', 'special deduction', 'deduction'],
  bonus: ['特别加分项', '特别加分', '加分项', '加分', 'special bonus', 'bonus'],
} as const;

/** Words in a 评分方式 (scoring method) cell, per kind. */
export const KIND_WORDS: Readonly<Record<IndicatorKind, readonly string[]>> = {
  graded: ['评分', '打分', '分级', '分值评分', '计分', '按分值评分', 'graded', 'points'],
  binary: ['符合性', '是否符合', '符合/不符合', '二元', '是/否', 'binary', 'conform/nonconform', 'conform', 'yes/no'],
  sampled: ['抽样', '抽样评分', '抽查', '抽样检查', 'sampled', 'sampling'],
};
