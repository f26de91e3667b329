import type { ApplicationProfile, ProfileKey } from './types';

/*
 * How application forms label the fields core reads, and how their answers are worded.
 * Label synonyms are compared after normaliseLabel (a label matches when it contains one).
 * Answer words are tried in order and each found word is cut out before the next is tried,
 * so 部分委托 is read as mixed and never also as 委托; 不涉及 never also as 涉及.
 * Sources: the CB form in domain/gbt27922.md §(d2) (申请类型, 组织性质, 其他固定场所, 统一社会信用代码);
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
  value: V;
}

export interface ProfileFieldRule<K extends ProfileKey = ProfileKey> {
  key: K;
  labels: string[];
  answers: AnswerWords<NonNullable<ApplicationProfile[K]>>[];
}

const YES_NO: AnswerWords<boolean>[] = [
  { words: ['不涉及', '不需要', '不是', '没有', '不存在', '否', '无', 'no', 'false'], value: false },
  { words: ['涉及', '需要', '存在', '是', '有', 'yes', 'true'], value: true },
];

export const PROFILE_FIELD_RULES: ProfileFieldRule[] = [
  {
    key: 'unifiedLicence',
    labels: ['是否三证合一', '三证合一', '多证合一', '五证合一'],
    answers: YES_NO,
  },
  {
    key: 'multiSite',
    labels: ['是否多场所', '多场所', '其他固定场所', '其它固定场所', '多现场', 'multisite', 'multiplesites'],
    answers: YES_NO,
  },
  {
    key: 'regulatedProducts',
    labels: [
      '是否涉及行政许可',
      '行政许可',
      '强制认证',
      '强制性认证',
      '3c认证',
      '生产许可',
      '经营许可',
      'regulatedproducts',
    ],
    answers: YES_NO,
  },
  {
    key: 'serviceMode',
    labels: ['服务提供方式', '售后服务提供方式', '服务方式', '服务网点形式', '服务模式', '网点性质', 'servicemode'],
    answers: [
      { words: ['部分委托', '部分自建', '混合', 'mixed', 'partly'], value: 'mixed' },
      { words: ['全部委托', '全委托', '委托', '外包', 'contracted', 'outsourced'], value: 'contracted' },
      { words: ['全部自建', '自建', '自有', '自营', 'own', 'inhouse'], value: 'own' },
    ],
  },
  {
    key: 'applicationType',
    labels: ['申请类型', '认证类型', '申请认证类型', '认证申请类型', '申请性质', 'applicationtype'],
    answers: [
      { words: ['再认证', '再次认证', '复评', '换证', 'recertification', 'recert'], value: 'recert' },
      { words: ['转机构', '转换认证机构', '转证', '转入', 'transfer'], value: 'transfer' },
      { words: ['初次', '首次', '初审', '新申请', 'initial', 'first'], value: 'initial' },
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
  },
];

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
