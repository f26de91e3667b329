import type { SchemeInput } from '../schema';

/*
 * GB/T 27922-2011 as data. Sources: docs/domain.md (public CB and consultant pages, each with its URL;
 * no copy of the official text was available).
 *
 * What is sourced and what is ours:
 *   - 3 categories worth 40 / 35 / 25                       certification-body (lieju.com, one page)
 *   - 15 level-2 indicators and their names                 standard (11467.com list); numbering
 *                                                            of 5.1.6–5.3.2 inferred from list order
 *   - 11 level-3 clauses 5.1.1.1 … 5.1.5.2 and their text   standard (iso999.com, urise.net, 007swz.com)
 *   - every point value below category level                proposed (docs/domain.md#indicator-tree: no 评分表 found)
 *   - indicator kinds                                        proposed: sampled where the method says
 *     samples are counted (staff, service records, complaint resolution), graded where an indicator
 *     bundles several requirements, binary for single yes/no requirements
 *   - thresholds 70/80/90/95, veto ≥5 deductions            certification-body (thresholds: several pages; veto: two)
 *   - ±1 per special item, at most one bonus                 certification-body (duofangda.cn, one page)
 *   - when ±1 applies, rounding, one-year wait               proposed defaults, settings below (docs/domain.md#scoring)
 */

const P = 'proposed' as const;
const STD = 'standard' as const;
const CB = 'certification-body' as const;

export const gbt27922_2011_data: SchemeInput = {
  id: 'gbt27922-2011',
  version: '2011.1',
  name: {
    zh: 'GB/T 27922-2011 商品售后服务评价体系',
    en: 'GB/T 27922-2011 Evaluation system for after-sales service of commodities',
  },
  description: {
    zh: '类别分值 40/35/25 来自认证机构公开资料；指标以下分值为本工具建议默认值（PROPOSED DEFAULT），取得认证机构评分表后应以其为准。',
    en: 'Category points 40/35/25 come from certification-body pages; points below category level are our PROPOSED DEFAULT until a real scoring sheet is obtained.',
  },
  nodes: [
    {
      id: '5.1',
      parent: null,
      name: { zh: '售后服务体系', en: 'After-sales service system' },
      max: 40,
      source: CB,
      note: 'https://m.lieju.com/gz/gongsizhuce_nianjian/45219980.html',
    },
    {
      id: '5.1.1',
      parent: '5.1',
      name: { zh: '组织架构', en: 'Organisational structure' },
      max: 6,
      source: STD,
      note: 'points proposed; http://iso999.com/newsdetail_1884375.html',
    },
    {
      id: '5.1.1.1',
      parent: '5.1.1',
      name: { zh: '专门售后部门及职能岗位', en: 'Dedicated after-sales department and posts' },
      criteria: {
        zh: '设立或指定专门的售后服务部门，职能划分和岗位设置合理',
        en: 'A dedicated (set-up or designated) after-sales department with sensible division of functions and posts',
      },
      max: 3,
      kind: 'binary',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.1.2',
      parent: '5.1.1',
      name: { zh: '服务网点覆盖与管理', en: 'Service outlet coverage and management' },
      criteria: {
        zh: '服务网点（自建或委托）按需覆盖销售区域，并得到有效管理',
        en: 'Service outlets (own or contracted) cover the sales area as needed and are effectively managed',
      },
      max: 3,
      kind: 'graded',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.2',
      parent: '5.1',
      name: { zh: '人员配置', en: 'Staffing' },
      max: 6,
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.2.1',
      parent: '5.1.2',
      name: { zh: '技术/业务人员资质', en: 'Qualified technical and business staff' },
      criteria: {
        zh: '配备与行业相适应、满足岗位要求并具备相应资质的技术和业务人员（抽查人员资质）',
        en: 'Technical and business staff suited to the industry, meeting post requirements, holding qualifications (staff sampled)',
      },
      max: 3,
      kind: 'sampled',
      source: STD,
      note: 'points and sampling proposed',
    },
    {
      id: '5.1.2.2',
      parent: '5.1.2',
      name: { zh: '售后服务管理师', en: 'After-sales service managers' },
      criteria: {
        zh: '售后服务管理师人数达到服务管理人员的 10%，负责管理和指导售后服务工作',
        en: 'After-sales service managers equal to 10% of service-management staff, managing and guiding after-sales work',
      },
      max: 3,
      kind: 'binary',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.3',
      parent: '5.1',
      name: { zh: '资源配置', en: 'Resource allocation' },
      max: 9,
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.3.1',
      parent: '5.1.3',
      name: { zh: '经费保障', en: 'Funding' },
      criteria: {
        zh: '有充足的售后服务经费，并为特定问题（如安全、批量质量问题）设立准备金或保险',
        en: 'Sufficient funding plus a reserve (compensation reserve, insurance) for specific problems',
      },
      max: 3,
      kind: 'binary',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.3.2',
      parent: '5.1.3',
      name: { zh: '内部保障', en: 'Internal support' },
      criteria: {
        zh: 'a) 持续的技术和业务技能培训；b) 定期/不定期的服务文化培训；c) 表彰、奖励、晋升及员工关怀机制（各 1 分）',
        en: '(a) ongoing technical and skills training; (b) service-culture training; (c) recognition, reward, promotion and staff care (1 point each)',
      },
      max: 3,
      kind: 'graded',
      source: STD,
      note: 'points proposed (a/b/c = 1 each)',
    },
    {
      id: '5.1.3.3',
      parent: '5.1.3',
      name: { zh: '基础设施', en: 'Infrastructure' },
      criteria: {
        zh: 'a) 办公及服务场所；b) 客户信息系统、安全措施等服务设施；c) 工具、备件及耗材（各 1 分）',
        en: '(a) office and service premises; (b) facilities such as a customer-information system and safety measures; (c) tools, spare parts, consumables (1 point each)',
      },
      max: 3,
      kind: 'graded',
      source: STD,
      note: 'points proposed (a/b/c = 1 each)',
    },
    {
      id: '5.1.4',
      parent: '5.1',
      name: { zh: '规范要求', en: 'Rules and specifications' },
      max: 6,
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.4.1',
      parent: '5.1.4',
      name: { zh: '制度规范/售后服务手册', en: 'Written rules / after-sales service manual' },
      criteria: {
        zh: '各项售后服务活动和过程有书面制度，并汇编成完整的售后服务手册',
        en: 'Written rules for every after-sales activity, compiled into a complete after-sales service manual',
      },
      max: 3,
      kind: 'graded',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.4.2',
      parent: '5.1.4',
      name: { zh: '法律法规识别', en: 'Laws and regulations identified' },
      criteria: {
        zh: '制定制度时识别适用的法律法规，并使员工知晓',
        en: 'Applicable laws identified when writing the rules, and staff made aware of them',
      },
      max: 3,
      kind: 'binary',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.5',
      parent: '5.1',
      name: { zh: '监督', en: 'Supervision' },
      max: 5,
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.5.1',
      parent: '5.1.5',
      name: { zh: '服务监督机构', en: 'Service supervision body' },
      criteria: {
        zh: '设立配备专人的服务监督机构，监督售后服务体系运行',
        en: 'A supervision body with dedicated staff monitors how the after-sales system runs',
      },
      max: 2.5,
      kind: 'binary',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.5.2',
      parent: '5.1.5',
      name: { zh: '奖惩与内外部评价', en: 'Rewards, penalties and evaluation' },
      criteria: {
        zh: '监督配合奖惩措施，持续修订服务目标，利用内外部监督评价提高服务质量',
        en: 'Supervision backed by rewards/penalties; targets revised; internal and external evaluation used',
      },
      max: 2.5,
      kind: 'graded',
      source: STD,
      note: 'points proposed',
    },
    {
      id: '5.1.6',
      parent: '5.1',
      name: { zh: '改进', en: 'Improvement' },
      criteria: {
        zh: '对服务数据进行统计分析，并采取改进措施（子条款未公开）',
        en: 'Service data analysed and improvements made (sub-clauses not published)',
      },
      max: 4,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.1.7',
      parent: '5.1',
      name: { zh: '服务文化', en: 'Service culture' },
      criteria: {
        zh: '服务理念、服务承诺、服务策略、服务目标（参考 SB/T 10401）',
        en: 'Service philosophy, commitments, strategy and targets (after SB/T 10401)',
      },
      max: 4,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.2',
      parent: null,
      name: { zh: '商品服务', en: 'Commodity service' },
      max: 35,
      source: CB,
      note: 'https://m.lieju.com/gz/gongsizhuce_nianjian/45219980.html',
    },
    {
      id: '5.2.1',
      parent: '5.2',
      name: { zh: '商品信息', en: 'Commodity information' },
      criteria: {
        zh: '向顾客提供真实、完整的商品信息和使用知识',
        en: 'True and complete product information and usage knowledge',
      },
      max: 5,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.2.2',
      parent: '5.2',
      name: { zh: '技术支持', en: 'Technical support' },
      criteria: { zh: '为顾客提供技术咨询、培训等支持', en: 'Technical advice, training and support for customers' },
      max: 6,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.2.3',
      parent: '5.2',
      name: { zh: '配送（含安装）', en: 'Delivery (incl. installation)' },
      criteria: {
        zh: '配送、安装调试及时规范（不提供配送安装的可删减）',
        en: 'Timely, proper delivery, installation and commissioning (may be excluded when not offered)',
      },
      max: 6,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred, installation placed here (docs/domain.md#open-questions); points proposed',
    },
    {
      id: '5.2.4',
      parent: '5.2',
      name: { zh: '维修', en: 'Repair' },
      criteria: { zh: '维修服务及时有效，抽查维修服务记录', en: 'Timely, effective repair; repair records sampled' },
      max: 7,
      kind: 'sampled',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points and sampling proposed',
    },
    {
      id: '5.2.5',
      parent: '5.2',
      name: { zh: '质量保证', en: 'Quality guarantee' },
      criteria: { zh: '保修、退换货等质量承诺得到落实', en: 'Warranty, returns and exchanges honoured' },
      max: 7,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.2.6',
      parent: '5.2',
      name: { zh: '废弃商品回收', en: 'Take-back of discarded goods' },
      criteria: { zh: '建立废弃商品回收渠道', en: 'A take-back channel for discarded goods' },
      max: 4,
      kind: 'binary',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.3',
      parent: null,
      name: { zh: '顾客服务', en: 'Customer service' },
      max: 25,
      source: CB,
      note: 'https://m.lieju.com/gz/gongsizhuce_nianjian/45219980.html',
    },
    {
      id: '5.3.1',
      parent: '5.3',
      name: { zh: '顾客关系', en: 'Customer relationship' },
      criteria: {
        zh: '服务热线、顾客档案、信息保密、满意度调查、回访等',
        en: 'Hotline, customer files, confidentiality, satisfaction surveys, follow-up visits',
      },
      max: 12,
      kind: 'graded',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points proposed',
    },
    {
      id: '5.3.2',
      parent: '5.3',
      name: { zh: '投诉处理', en: 'Complaint handling' },
      criteria: {
        zh: '投诉受理、处理、时限和跟踪，抽查投诉处理记录',
        en: 'Complaints received, handled within time limits and followed up; complaint records sampled',
      },
      max: 13,
      kind: 'sampled',
      source: STD,
      note: 'numbering inferred (docs/domain.md#indicator-tree); points and sampling proposed',
    },
  ],
  rules: {
    levels: [
      { id: 'compliant', min: 70, name: { zh: '达标', en: 'Compliant' }, source: CB },
      { id: '3-star', min: 80, name: { zh: '三星', en: '3-star' }, source: CB },
      { id: '4-star', min: 90, name: { zh: '四星', en: '4-star' }, source: CB },
      { id: '5-star', min: 95, name: { zh: '五星', en: '5-star' }, source: CB },
    ],
    veto: { specialDeductionsAtOrAbove: 5, source: CB },
    specialDeduction: { points: 1, source: CB },
    bonus: { points: 1, maxCounted: 1, source: CB },
    adjustmentsApplyTo: 'final',
    cap: 100,
    rounding: { decimals: 1, source: P },
    starsRequireYearAtCompliant: false,
  },
};
