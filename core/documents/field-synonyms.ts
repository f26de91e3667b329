import type { ApplicationProfile, ProfileKey } from './types';

/*
 * How application forms label the fields core reads, and how their answers are worded.
 * Label synonyms are compared after normaliseLabel (a label matches when it contains one).
 * Answer words are tried in order and each found word is cut out before the next is tried,
 * so 部分委托 is read as mixed and never also as 委托; 不涉及 never also as 涉及.
 * Sources: a CB's application form (docs/domain.md#application-forms: 申请类型, 组织性质, 其他固定场所, 统一社会信用代码);
 * the other wordings are ours (PROPOSED).
 */

export const USCC_LABELS = [
  '统一社会信用代码',
  '社会信用代码',
  '信用代码',
  'uscc',
  'unifiedsocialcreditcode',
  'creditcode',
];
/** Old (pre-2015) licences: a 15-digit registration number instead of the unified code. */
export const REGISTRATION_NO_LABELS = ['营业执照注册号', '工商注册号', '注册号'];
export const ORG_NAME_LABELS = [
  '组织名称',
  '单位名称',
  '企业名称',
  '公司名称',
  '申请组织名称',
  '申请单位名称',
  '申请单位',
  '申请人名称',
  '机构名称',
  'organizationname',
  'organisationname',
  'companyname',
];
export const PHONE_LABELS = ['电话', '手机', '联系方式', '座机', 'phone', 'mobile'];
/** Never phone numbers even when the label says 电话 somewhere. */
export const NOT_PHONE_LABELS = ['传真', 'fax', '邮箱', 'email', '邮编'];

export interface AnswerWords<V> {
  words: string[];
  /** null: the words are recognised (and cut out) but give no answer (不是 for 是否自建 says neither own nor which). */
  value: V | null;
}

export interface ProfileFieldRule<K extends ProfileKey = ProfileKey> {
  key: K;
  /** Question wordings, matched like document labels (match-question.ts). */
  labels: string[];
  answers: AnswerWords<NonNullable<ApplicationProfile[K]>>[];
  /**
   * Answers ticked together that mean one value (自建、委托 ticked in a checkbox group = mixed).
   * Without an entry here, two different answers leave the question unanswered.
   */
  together?: { of: NonNullable<ApplicationProfile[K]>[]; value: NonNullable<ApplicationProfile[K]> }[];
  /**
   * How a typed (text) answer is read: `exact` = the whole value must be an answer word (是, 否, 初次认证),
   * so that 华有科技有限公司 typed under 分公司 is not read as 有; `contains` = words inside the value
   * (有限责任公司（自然人投资或控股） under 企业类型). Choices (radio, select, checkbox) are always read by `contains`.
   */
  typed: 'exact' | 'contains';
  /**
   * Wordings nobody listed yet: the label asks this question when it holds a word of every group,
   * in any order (场所 + 其他 → 是否还有其他场所). Tried only when no label of any rule matched.
   */
  concepts?: string[][];
}

const NO_WORDS = ['不涉及', '不需要', '不是', '没有', '不存在', '未', '否', '无', 'no', 'false'];
const YES_NO: AnswerWords<boolean>[] = [
  { words: NO_WORDS, value: false },
  { words: ['涉及', '需要', '存在', '是', '有', 'yes', 'true'], value: true },
];
// Yes/no wordings under 服务方式 questions asked the other way round.
const OUTSOURCED_YES_NO: AnswerWords<'own'>[] = [
  { words: NO_WORDS, value: 'own' },
  // Yes says contracted or mixed, not which: not read (D16 still follows the upload field, if any).
  { words: ['是', '有', '存在', '委托', '外包', 'yes', 'true'], value: null },
];
const SELF_BUILT_YES_NO: AnswerWords<'own'>[] = [
  { words: NO_WORDS, value: null },
  { words: ['是', '全部', 'yes', 'true'], value: 'own' },
];

/*
 * Sources of the question wordings: a CB's application form (docs/domain.md#application-forms: 申请类型, 组织性质, 其他固定场所),
 * certification bodies' published lists (售后服务提供方式: 网点全直属/全委托/部分委托) and common
 * form wording; test/fixtures/documents/condition-corpus.tsv lists them with their sources.
 */
export const PROFILE_FIELD_RULES: ProfileFieldRule[] = [
  {
    key: 'unifiedLicence',
    labels: [
      '是否三证合一',
      '三证合一',
      '多证合一',
      '五证合一',
      '是否有统一社会信用代码',
      '是否取得统一社会信用代码',
      '新版营业执照',
      'unifiedlicence',
      'unifiedlicense',
    ],
    answers: [{ words: ['非三证合一', '未合一', '旧版'], value: false }, ...YES_NO],
    typed: 'exact',
    concepts: [
      ['三证', '多证', '五证', '证照', '统一社会信用代码'],
      ['合一', '是否', '使用', '取得', '有无'],
    ],
  },
  {
    key: 'multiSite',
    labels: [
      '是否多场所',
      '多场所',
      '多个场所',
      '多个经营场所',
      '多个服务场所',
      '其他固定场所',
      '其它固定场所',
      '多现场',
      '多地点',
      '多个地点',
      '多个地址',
      '分支机构',
      '分公司',
      'multisite',
      'multiplesites',
    ],
    answers: [
      { words: ['单一场所', '单场所', '单个场所', 'single'], value: false },
      { words: ['多个场所', '多场所', 'multiple'], value: true },
      ...YES_NO,
    ],
    typed: 'exact',
    concepts: [
      ['场所', '地点', '地址', '现场', '分支', '分公司', '办公点', '办事处', '服务中心'],
      ['多', '其他', '其它', '分支', '还有', '异地', '不止', '一处以上'],
    ],
  },
  {
    key: 'regulatedProducts',
    labels: [
      '是否涉及行政许可',
      '行政许可',
      '强制认证',
      '强制性认证',
      '3c认证',
      'ccc认证',
      '生产许可',
      '经营许可',
      '许可证管理',
      '资质许可',
      '许可要求',
      'regulatedproducts',
    ],
    answers: YES_NO,
    typed: 'exact',
    concepts: [
      ['许可', '强制性产品认证', '强制认证', '强制性认证', '3c', 'ccc'],
      ['是否', '有无', '涉及', '需要', '需', '纳入', '实行', '要求', '目录', '管理'],
    ],
  },
  {
    key: 'serviceMode',
    labels: [
      '服务提供方式',
      '售后服务提供方式',
      '服务方式',
      '服务网点形式',
      '服务模式',
      '网点性质',
      '服务提供形式',
      '服务实施方式',
      '网点建设方式',
      '网点类型',
      'servicemode',
      'servicedeliverymode',
    ],
    answers: [
      { words: ['部分委托', '部分自建', '部分直属', '混合', 'mixed', 'partly'], value: 'mixed' },
      { words: ['全部委托', '全委托', '委托', '外包', '第三方', 'contracted', 'outsourced'], value: 'contracted' },
      { words: ['全部自建', '全直属', '全部直属', '自建', '直属', '自有', '自营', 'own', 'inhouse'], value: 'own' },
    ],
    together: [{ of: ['own', 'contracted'], value: 'mixed' }],
    typed: 'exact',
    concepts: [
      ['服务', '网点'],
      ['方式', '模式', '形式', '途径', '委托', '外包', '直属', '自建'],
    ],
  },
  {
    key: 'serviceMode',
    labels: ['是否委托', '委托第三方', '委托服务', '是否外包', '外包服务', '服务外包', '是否有外包'],
    answers: OUTSOURCED_YES_NO,
    typed: 'exact',
  },
  {
    key: 'serviceMode',
    labels: ['是否自建'],
    answers: SELF_BUILT_YES_NO,
    typed: 'exact',
  },
  {
    key: 'applicationType',
    labels: [
      '申请类型',
      '认证类型',
      '申请认证类型',
      '认证申请类型',
      '申请性质',
      '审核类型',
      '申请类别',
      '认证性质',
      '认证类别',
      '认证阶段',
      '本次申请为',
      '初次认证',
      '再认证',
      '首次申请',
      '转机构',
      '认证机构转入',
      '初审',
      '复评',
      'applicationtype',
    ],
    answers: [
      { words: ['再认证', '再次认证', '复评', '换证', 'recertification', 'recert'], value: 'recert' },
      { words: ['转机构', '转换认证机构', '转证', '转入', 'transfer'], value: 'transfer' },
      { words: ['初次', '首次', '初审', '新申请', 'initial', 'first'], value: 'initial' },
    ],
    typed: 'exact',
    concepts: [
      ['申请', '认证', '审核'],
      ['类型', '类别', '方式', '性质', '阶段'],
    ],
  },
  {
    key: 'orgType',
    labels: [
      '组织性质',
      '单位性质',
      '企业性质',
      '企业类型',
      '机构类型',
      '组织类型',
      '单位类型',
      '法人类型',
      '机构性质',
      '主体类型',
      '法人性质',
      '申请人类型',
      '单位类别',
      'organizationtype',
      'organisationtype',
    ],
    answers: [
      { words: ['民办非企业', '社会服务机构'], value: 'private-non-enterprise' },
      { words: ['事业单位', 'publicinstitution'], value: 'institution' },
      { words: ['社会团体', '社团', '基金会', 'socialorganization', 'socialorganisation'], value: 'social-org' },
      { words: ['党政机关', '机关', 'government'], value: 'government' },
      {
        words: [
          '企业',
          '公司',
          '有限',
          '个体',
          '合作社',
          '独资',
          '合资',
          '私营',
          '民营',
          '国有',
          'enterprise',
          'company',
        ],
        value: 'enterprise',
      },
    ],
    typed: 'contains',
    concepts: [
      ['组织', '单位', '企业', '机构', '主体', '法人', '登记注册'],
      ['性质', '类型', '属性', '形式', '类别'],
    ],
  },
];

/** Words that make a label a question (是否…, 有无…, …吗), even when it ends in a data word (是否有其他经营地址). */
export const QUESTION_WORDS: readonly string[] = ['是否', '有无', '有没有', '是不是', '还有', '还是', '吗', 'whether'];

/**
 * What a label ending in one of these asks for is data about the thing named before it, not a
 * question about it: 分公司名称, 经营场所地址, 售后服务网点数量 (head-final, as for document labels).
 */
export const DATA_FIELD_HEADS: readonly string[] = [
  '名称',
  '地址',
  '数量',
  '电话',
  '联系人',
  '负责人',
  '编号',
  '代码',
  '邮编',
  '日期',
  '人数',
  '面积',
  'name',
  'address',
];

/**
 * What a form implies about the organisation type by the uploads and fields it offers (org-type-evidence.ts):
 * a 营业执照 (D2) upload or a 统一社会信用代码 field → enterprise; a D3 certificate upload → some other type.
 * Two different implications cancel out.
 */
export const ORG_TYPE_EVIDENCE: {
  uploads: Record<string, NonNullable<ApplicationProfile['orgType']> | 'other'>;
  creditCodeField: NonNullable<ApplicationProfile['orgType']>;
} = {
  uploads: { D2: 'enterprise', D3: 'other' },
  creditCodeField: 'enterprise',
};

/**
 * Organisation category from USCC positions 1–2 (GB 32100-2015): 9x 工商 (企业, 个体工商户, 合作社),
 * 11 机关, 12 事业单位, 51 社会团体, 52 民办非企业单位, 53 基金会. Others are left unknown.
 */
export const USCC_ORG_TYPE: Record<string, NonNullable<ApplicationProfile['orgType']>> = {
  '91': 'enterprise',
  '92': 'enterprise',
  '93': 'enterprise',
  '11': 'government',
  '12': 'institution',
  '51': 'social-org',
  '52': 'private-non-enterprise',
  '53': 'social-org',
};
