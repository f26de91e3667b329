import type { Lang } from '../../../core/index';

/** The self-check tab's own words (question texts and results come from core, in the same language). */
const zh = {
  'tab.label': '申请前自查',
  intro: '逐题回答，答完后下面会给出现在能不能申请商品售后服务认证、还缺什么。答案只保存在本机浏览器中，不会上传。',
  verdict: '结论',
  profile: '公司',
  'profile.new': '新建',
  'profile.new-placeholder': '公司名称',
  'profile.delete': '删除此公司',
  'profile.default': '我的公司',
  'as-of': '核对日期（申请日期）',
  settings: '认证机构的要求',
  'settings.hint': '各机构要求不同，按你要申请的机构设置。',
  'settings.sources': '来源',
  'answer.clear': '清除',
  gaps: '还缺什么',
  'gaps.none': '没有缺口。',
  todo: '要做的事：',
  documents: '证明文件：',
  source: '来源',
  'met.list': '已满足：{ids}',
  'na.list': '不适用：{ids}',
  reset: '清空全部答案',
} as const;
type Key = keyof typeof zh;
const en: Record<Key, string> = {
  'tab.label': 'Self-check',
  intro:
    'Answer the questions one by one; below them you will see whether the company can apply for after-sales service certification yet, and what is missing. Answers stay in this browser only.',
  verdict: 'Verdict',
  profile: 'Company',
  'profile.new': 'New',
  'profile.new-placeholder': 'Company name',
  'profile.delete': 'Delete this company',
  'profile.default': 'My company',
  'as-of': 'Check date (application date)',
  settings: 'Certification body requirements',
  'settings.hint': 'Bodies differ; set what the body you apply to requires.',
  'settings.sources': 'Sources',
  'answer.clear': 'Clear',
  gaps: 'What is missing',
  'gaps.none': 'No gaps.',
  todo: 'To do: ',
  documents: 'Evidence: ',
  source: 'Source',
  'met.list': 'Met: {ids}',
  'na.list': 'Not applicable: {ids}',
  reset: 'Clear all answers',
};
export type SelfCheckKey = Key;
export const SELF_CHECK_MESSAGES: Record<Lang, Record<Key, string>> = { 'zh-CN': zh, en };

export function sc(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return SELF_CHECK_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (w, n: string) =>
    params[n] === undefined ? w : String(params[n]),
  );
}
