import type { EligibilityCondition, EligibilityInput, InputKey } from './types';

/*
 * 申请条件 E1–E16, consolidated from consultant and certification-body pages (docs/domain.md#eligibility-conditions,
 * with the URL of each). `seed` quotes the heading and item as the compiled articles title them; the
 * indicator mapping is ours (`proposed`) unless the clause text says the same.
 */

const SEED_A = '商品售后服务评价认证证书申请条件';
const SEED_B = '售后服务体系认证证书的申请条件';
const SEED_C = '申请认证的条件（贝斯通）';

const choice = (key: InputKey, zh: string, en: string, helpZh?: string, helpEn?: string): EligibilityInput => ({
  key,
  kind: 'choice',
  label: { zh, en },
  ...(helpZh && helpEn ? { help: { zh: helpZh, en: helpEn } } : {}),
});

export const ELIGIBILITY_CONDITIONS: readonly EligibilityCondition[] = [
  {
    id: 'E1',
    title: { zh: '依法注册、证照齐全', en: 'Legally registered, licences in order' },
    help: {
      zh: '在中国境内依法注册的企业或其他组织（独立法人），营业执照有效；产品或服务依法需要许可证的（如生产许可证、3C 证书、医疗器械或食品经营许可），许可证也在有效期内。',
      en: 'An organisation (independent legal person) lawfully registered in China with a valid business licence; where the law requires a permit for the products or services (production licence, CCC, medical-device or food permit), it is valid too.',
    },
    todo: {
      zh: '核对营业执照上的统一社会信用代码；补办或续期经营所需的许可证，准备营业执照（D2）和许可证复印件（D7）。',
      en: 'Check the unified social credit code on the licence; obtain or renew the permits the business needs; prepare copies of the licence (D2) and permits (D7).',
    },
    inputs: [
      {
        key: 'uscc',
        kind: 'uscc',
        label: {
          zh: '营业执照上的统一社会信用代码（18 位）',
          en: 'Unified social credit code on the business licence (18 characters)',
        },
        help: {
          zh: '营业执照左上角的 18 位代码，本工具会核对校验位。',
          en: 'The 18-character code at the top left of the licence; the tool checks its check character.',
        },
      },
      choice(
        'E1',
        '营业执照有效，产品或服务需要的许可证（如有）都齐全且未过期吗？',
        'Is the business licence valid, and are the permits your products or services need (if any) all held and in date?',
        '不需要许可证的行业，营业执照有效即可答“是”。',
        'If your trade needs no permit, answer yes when the licence is valid.',
      ),
    ],
    documents: ['D2', 'D3', 'D7'],
    indicators: ['5.1.4.2'],
    indicatorsSource: 'proposed',
    check: { kind: 'credit-code', code: 'uscc', answer: 'E1' },
    source: {
      kind: 'certification-body',
      refs: [
        { seed: `${SEED_A} 1. 合法注册的企业` },
        { seed: `${SEED_C}：在中华人民共和国境内注册的各类生产、贸易及服务型企业` },
        { url: 'http://tdtest.cn/?id=75&m=approve&type=22' },
        { url: 'http://souzhengbao.com/a_534.html' },
      ],
    },
  },
  {
    id: 'E2',
    title: { zh: '营业执照成立时间', en: 'Time since registration' },
    help: {
      zh: '有的认证机构要求营业执照成立满一定时间（常见为 3 个月）才受理申请。',
      en: 'Some certification bodies accept an application only when the licence has been registered for a minimum time (commonly 3 months).',
    },
    todo: {
      zh: '准备营业执照复印件（加盖公章，D2）；成立时间不够的，到期后再申请。',
      en: 'Prepare a stamped copy of the licence (D2); if it is too recent, apply once the time is up.',
    },
    inputs: [
      {
        key: 'licenceDate',
        kind: 'date',
        label: { zh: '营业执照上的成立日期', en: 'Date of establishment on the business licence' },
        help: {
          zh: '营业执照上“成立日期”一栏，例如 2023-05-18。',
          en: 'The 成立日期 field of the licence, e.g. 2023-05-18.',
        },
      },
    ],
    documents: ['D2'],
    indicators: [],
    indicatorsSource: 'proposed',
    check: {
      kind: 'elapsed-months',
      date: 'licenceDate',
      months: 'licenceMinMonths',
      reasons: { met: 'licence-old-enough', unmet: 'licence-too-recent' },
    },
    source: {
      kind: 'certification-body',
      refs: [{ url: 'https://m.007swz.com/news/xinxi/cazihw.html', note: '营业执照注册满3个月' }],
    },
    setting: 'licenceMinMonths',
  },
  {
    id: 'E3',
    title: { zh: '售后服务体系已运行', en: 'After-sales system already running' },
    help: {
      zh: '售后服务制度发布实施后要运行一段时间、留下运行记录才能申请。各机构要求不同：3 个月、6 个月，或 1 年（部分星级方案）。',
      en: 'The after-sales rules must have been in force for a while, with records to show for it. Bodies differ: 3 months, 6 months, or 1 year for some star schemes.',
    },
    todo: {
      zh: '继续按制度运行并保存服务记录，到规定时间后再申请；准备体系建设情况说明（D15）和体系文件（D17）。',
      en: 'Keep running the system and keeping records until the required time has passed; prepare the set-up statement (D15) and system documents (D17).',
    },
    inputs: [
      {
        key: 'systemStartDate',
        kind: 'date',
        label: { zh: '售后服务体系开始运行的日期', en: 'Date the after-sales system started running' },
        help: {
          zh: '通常是售后服务手册或管理制度发布实施的日期。',
          en: 'Usually the date the after-sales manual or rules were issued and took effect.',
        },
      },
    ],
    documents: ['D15', 'D17', 'D20'],
    indicators: ['5.1.5', '5.1.6'],
    indicatorsSource: 'proposed',
    check: {
      kind: 'elapsed-months',
      date: 'systemStartDate',
      months: 'systemMinMonths',
      reasons: { met: 'system-old-enough', unmet: 'system-too-recent' },
    },
    source: {
      kind: 'certification-body',
      refs: [
        { url: 'http://changxu.bj400.cn/article/12/62.html', note: '3 个月' },
        { url: 'http://www.sgo168.com/news/148382.html', note: '6 个月' },
        { url: 'http://m.szldx.cn/isos/202511/zs_16054.html', note: 'CTEAS 七星级：1 年' },
      ],
    },
    setting: 'systemMinMonths',
  },
  {
    id: 'E4',
    title: { zh: '信誉良好、无重大事故', en: 'Good standing, no major incident' },
    help: {
      zh: '没有违法违规记录，近期没有重大产品质量事故或重大售后服务失误。认证机构通常要求签署申请方声明。',
      en: 'No recorded violations, and no recent major product-quality incident or serious after-sales failure. Bodies usually ask for a signed declaration.',
    },
    todo: {
      zh: '先处理完违法违规记录或重大事故（整改、赔付、信用修复），再签署申请方声明（D18）。',
      en: 'Resolve the violation or incident first (rectification, compensation, credit repair), then sign the applicant declaration (D18).',
    },
    inputs: [
      choice(
        'E4',
        '公司没有违法违规记录，近期也没有发生重大质量事故或重大售后服务失误吗？',
        'Is the company free of recorded violations, with no recent major quality incident or serious after-sales failure?',
        '可在“国家企业信用信息公示系统”查询本公司有无经营异常或行政处罚记录。',
        'Check the National Enterprise Credit Information Publicity System for abnormal-operation or penalty records.',
      ),
    ],
    documents: ['D18'],
    indicators: [],
    indicatorsSource: 'proposed',
    check: { kind: 'answer', input: 'E4' },
    source: {
      kind: 'certification-body',
      refs: [
        { seed: `${SEED_A} 2. 良好的商业信誉` },
        { seed: `${SEED_C}（4）售后服务无重大失误` },
        { url: 'http://bj.weitongcheng.cc/news/10011.html' },
      ],
    },
  },
  {
    id: 'E5',
    title: { zh: '售后服务部门和负责人', en: 'After-sales department and person in charge' },
    help: {
      zh: '设立了专门的售后服务部门，或指定了专人负责售后服务，岗位分工清楚。',
      en: 'A dedicated after-sales department, or named people in charge of after-sales service, with clear division of posts.',
    },
    todo: {
      zh: '设立售后服务部门或书面指定负责人，明确岗位职责，并画出售后服务组织机构图（D10）。',
      en: 'Set up an after-sales department or appoint a person in charge in writing, define the posts, and draw the after-sales organisation chart (D10).',
    },
    inputs: [
      choice(
        'E5',
        '有专门的售后服务部门，或有书面指定的售后服务负责人吗？',
        'Is there a dedicated after-sales department, or a person formally put in charge of after-sales service?',
      ),
    ],
    documents: ['D10'],
    indicators: ['5.1.1.1'],
    indicatorsSource: 'standard',
    check: { kind: 'answer', input: 'E5' },
    source: {
      kind: 'certification-body',
      refs: [
        { seed: `${SEED_A} 3. 设立专门的售后服务部门` },
        { seed: `${SEED_C}（2）有专人负责售后服务工作体系` },
        { url: 'http://iso999.com/newsdetail_1884375.html', note: '5.1.1.1' },
      ],
    },
  },
  {
    id: 'E6',
    title: { zh: '售后服务管理师比例', en: 'Share of certified after-sales service managers' },
    help: {
      zh: '标准 5.1.2.2 要求持证的售后服务管理师人数达到售后服务管理人员的 10%（按本机构设置）。',
      en: 'Clause 5.1.2.2 asks for certified after-sales service managers (售后服务管理师) equal to 10% of the service-management staff (as set for the body).',
    },
    todo: {
      zh: '安排员工参加售后服务管理师培训并取得证书，准备证书和人员名单（D23）。',
      en: 'Have staff trained and certified as after-sales service managers; prepare the certificates and staff list (D23).',
    },
    inputs: [
      {
        key: 'certifiedManagers',
        kind: 'count',
        label: { zh: '持证的售后服务管理师人数', en: 'Number of certified after-sales service managers' },
        help: { zh: '持有“售后服务管理师”证书的员工人数。', en: 'Employees holding a 售后服务管理师 certificate.' },
      },
      {
        key: 'serviceManagementStaff',
        kind: 'count',
        label: { zh: '售后服务管理人员总人数', en: 'Total after-sales service-management staff' },
        help: {
          zh: '从事售后服务管理工作的人数（含上面的管理师）。',
          en: 'People doing after-sales service management (including the managers above).',
        },
      },
    ],
    documents: ['D23'],
    indicators: ['5.1.2.2', '5.1.2.1'],
    indicatorsSource: 'standard',
    check: {
      kind: 'ratio',
      part: 'certifiedManagers',
      whole: 'serviceManagementStaff',
      atLeastPercent: 'managerRatioPercent',
    },
    source: {
      kind: 'standard',
      refs: [
        { url: 'http://iso999.com/newsdetail_1884375.html', note: '5.1.2.2' },
        { url: 'http://m.urise.net/a_7.html' },
        { seed: `${SEED_C}（5）企业有经过正规培训的售后服务管理师及服务队伍` },
      ],
    },
    setting: 'managerRatioPercent',
  },
  {
    id: 'E7',
    title: { zh: '售后服务专项经费', en: 'Funding for after-sales service' },
    help: {
      zh: '有售后服务专项经费（预算），并为特殊问题（如安全问题、批量质量问题）留有准备金或保险。',
      en: 'A budget set aside for after-sales service, plus a reserve or insurance for specific problems (safety or batch-quality issues).',
    },
    todo: {
      zh: '编制售后服务年度预算并设立专项资金或准备金，保留预算和支出记录（D25），在体系建设情况说明（D15）中写明。',
      en: 'Draw up an annual after-sales budget with a dedicated fund or reserve, keep budget and spending records (D25), and describe it in the set-up statement (D15).',
    },
    inputs: [
      choice(
        'E7',
        '有售后服务专项经费（预算或准备金）吗？',
        'Is there dedicated funding (a budget or reserve) for after-sales service?',
      ),
    ],
    documents: ['D15', 'D25'],
    indicators: ['5.1.3.1'],
    indicatorsSource: 'standard',
    check: { kind: 'answer', input: 'E7' },
    source: {
      kind: 'certification-body',
      refs: [{ seed: `${SEED_C}（3）有售后服务专项资金保障` }, { url: 'http://m.wuaishuiguo.com/product/GB-T27922' }],
    },
  },
  {
    id: 'E8',
    title: { zh: '售后服务制度和手册', en: 'Written rules and service manual' },
    help: {
      zh: '售后服务的各项工作都有书面制度、流程和标准，并汇编成售后服务手册。',
      en: 'Every after-sales activity has written rules, processes and standards, compiled into an after-sales service manual.',
    },
    todo: {
      zh: '编写售后服务管理制度和流程，汇编成售后服务手册，发布实施，并列出文件清单（D17）。',
      en: 'Write the after-sales rules and processes, compile them into a service manual, put it into force, and list the documents (D17).',
    },
    inputs: [
      choice(
        'E8',
        '有书面的售后服务制度、流程，并编成了售后服务手册吗？',
        'Are the after-sales rules and processes written down and compiled into a service manual?',
      ),
    ],
    documents: ['D17'],
    indicators: ['5.1.4.1'],
    indicatorsSource: 'standard',
    check: { kind: 'answer', input: 'E8' },
    source: {
      kind: 'certification-body',
      refs: [
        { seed: `${SEED_C}（1）有完善的售后服务体系文件和相应制度` },
        { seed: `${SEED_B} 三、售后服务体系健全` },
        { url: 'http://iso999.com/newsdetail_1884375.html', note: '5.1.4.1' },
      ],
    },
  },
  {
    id: 'E9',
    title: { zh: '顾客满意度调查', en: 'Customer satisfaction surveys' },
    help: {
      zh: '定期做顾客满意度调查（问卷、回访等），并定有满意度目标。',
      en: 'Customer satisfaction is surveyed regularly (questionnaires, follow-up calls) against a satisfaction target.',
    },
    todo: {
      zh: '定出满意度目标，做一次顾客满意度调查并写出调查报告（D21）。',
      en: 'Set a satisfaction target, run a customer satisfaction survey and write up the report (D21).',
    },
    inputs: [
      choice(
        'E9',
        '做过顾客满意度调查，并定有满意度目标吗？',
        'Have you surveyed customer satisfaction, with a satisfaction target?',
      ),
    ],
    documents: ['D21'],
    indicators: ['5.3.1'],
    indicatorsSource: 'proposed',
    check: { kind: 'answer', input: 'E9' },
    source: {
      kind: 'certification-body',
      refs: [{ seed: `${SEED_A} 4. 售后服务满意度调查` }, { url: 'http://m.szldx.cn/isos/202508/zs_15012.html' }],
    },
  },
  {
    id: 'E10',
    title: { zh: '服务数据统计分析', en: 'Service data analysed' },
    help: {
      zh: '对售后服务数据（维修量、响应时间、投诉率、满意度等）做统计分析，并据此采取改进措施。',
      en: 'After-sales data (repairs, response times, complaint rate, satisfaction) is analysed and improvement actions follow from it.',
    },
    todo: {
      zh: '按月或按季统计服务记录和满意度数据，写出分析报告和改进措施（D20、D21）。',
      en: 'Compile service records and satisfaction data monthly or quarterly, and write an analysis with improvement actions (D20, D21).',
    },
    inputs: [
      choice(
        'E10',
        '对售后服务数据做统计分析，并有改进措施吗？',
        'Do you analyse after-sales service data and act on it to improve?',
      ),
    ],
    documents: ['D20', 'D21'],
    indicators: ['5.1.6'],
    indicatorsSource: 'proposed',
    check: { kind: 'answer', input: 'E10' },
    source: {
      kind: 'certification-body',
      refs: [{ seed: `${SEED_A} 5. 售后服务数据统计和分析` }, { seed: `${SEED_B} 六、质量信息及时分析、处理和改进` }],
    },
  },
  {
    id: 'E11',
    title: { zh: '人员培训和资格证书', en: 'Staff training and certificates' },
    help: {
      zh: '有培训计划并已实施；售后服务人员具备岗位需要的技能，持有相关资格证书（如电工证）。',
      en: 'A training plan is in place and carried out; after-sales staff have the skills their posts need and hold the relevant certificates (e.g. electrician).',
    },
    todo: {
      zh: '制定并实施年度培训计划，保存签到表和考核记录，整理人员名单和资格证书（D23）。',
      en: 'Draw up and carry out an annual training plan, keep sign-in sheets and test results, and list staff with their certificates (D23).',
    },
    inputs: [
      choice(
        'E11',
        '有培训计划并已实施，售后人员持有岗位需要的资格证书吗？',
        'Is a training plan carried out, and do after-sales staff hold the certificates their posts need?',
      ),
    ],
    documents: ['D23'],
    indicators: ['5.1.2.1', '5.1.3.2'],
    indicatorsSource: 'standard',
    check: { kind: 'answer', input: 'E11' },
    source: {
      kind: 'certification-body',
      refs: [{ seed: `${SEED_A} 6. 售后服务培训和管理` }, { seed: `${SEED_B} 五、员工培训计划有效实施` }],
    },
  },
  {
    id: 'E12',
    title: { zh: '投诉处理', en: 'Complaint handling' },
    help: {
      zh: '有投诉受理、处理、答复时限和回访的规定，并有投诉处理记录。',
      en: 'Rules for receiving, handling, answering within set time limits and following up complaints, with complaint records.',
    },
    todo: {
      zh: '写明投诉处理流程和时限（例如 2 小时回复、24 小时处理），建立投诉台账（D22）。',
      en: 'Write down the complaint process and time limits (e.g. reply within 2 h, resolve within 24 h) and keep a complaint log (D22).',
    },
    inputs: [
      choice(
        'E12',
        '有投诉处理流程和处理时限，并记录每一起投诉吗？',
        'Is there a complaint process with time limits, and is every complaint recorded?',
      ),
    ],
    documents: ['D22'],
    indicators: ['5.3.2'],
    indicatorsSource: 'proposed',
    check: { kind: 'answer', input: 'E12' },
    source: {
      kind: 'certification-body',
      refs: [
        { seed: '售后服务认证办理所需的资料 三.2 售后服务投诉处理流程' },
        { url: 'https://m.baiyewang.com/s4506279.html' },
      ],
    },
  },
  {
    id: 'E13',
    title: { zh: '服务网点覆盖销售区域', en: 'Service covers the sales area' },
    help: {
      zh: '在销售区域内有自建或委托的服务网点，或者提供远程、寄修等服务，能覆盖所有顾客。',
      en: 'Own or contracted service outlets across the sales area, or remote / mail-in service, so every customer is covered.',
    },
    todo: {
      zh: '列出服务网点清单（名称、地址、电话、覆盖范围，D14）；没有网点的地区写明远程或寄修方式。',
      en: 'List the service outlets (name, address, phone, coverage, D14); for areas without one, state the remote or mail-in service.',
    },
    inputs: [
      choice(
        'E13',
        '销售到的地区都有服务网点，或能提供远程、寄修服务吗？',
        'Does every area you sell to have a service outlet, or remote / mail-in service?',
      ),
    ],
    documents: ['D14'],
    indicators: ['5.1.1.2'],
    indicatorsSource: 'standard',
    check: { kind: 'answer', input: 'E13' },
    source: {
      kind: 'standard',
      refs: [
        { url: 'http://iso999.com/newsdetail_1884375.html', note: '5.1.1.2' },
        { url: 'https://news.007swz.com/xinxi/beddet.html' },
      ],
    },
  },
  {
    id: 'E14',
    title: { zh: '服务记录完整可追溯', en: 'Complete, traceable service records' },
    help: {
      zh: '每次服务都有记录：服务请求、响应、时限和结果，能查得到、对得上。',
      en: 'Every service is recorded: request, response, time taken and result, and can be traced.',
    },
    todo: {
      zh: '用工单或系统记录每次服务的请求、响应时间和结果，并保存好（D20）。',
      en: 'Record each service request, response time and result on work orders or in a system, and keep them (D20).',
    },
    inputs: [
      choice(
        'E14',
        '每次服务都有记录（请求、响应、时限、结果），能追溯吗？',
        'Is every service recorded (request, response, time, result) so it can be traced?',
      ),
    ],
    documents: ['D20'],
    indicators: ['5.1.5.1', '5.2.4'],
    indicatorsSource: 'proposed',
    check: { kind: 'answer', input: 'E14' },
    source: {
      kind: 'certification-body',
      refs: [
        { seed: `${SEED_B} 七、售后服务过程记录完整、可追溯` },
        { url: 'http://m.szldx.cn/isos/202507/zs_14674.html' },
      ],
    },
  },
  {
    id: 'E15',
    title: { zh: '委托服务商的管理', en: 'Control of contracted service providers' },
    help: {
      zh: '只在有服务委托给外部服务商（委托网点、第三方安装维修等）时适用：签有委托协议，审查对方资质，并考核其服务质量。',
      en: 'Applies only when some service is contracted out (contracted outlets, third-party installers or repairers): a contract, a check of their credentials, and monitoring of their service quality.',
    },
    todo: {
      zh: '与每家委托服务商签订委托服务协议，收集其资质证明，定期考核服务质量（D16）。',
      en: 'Sign a service agreement with each contracted provider, collect their credentials, and review their service quality regularly (D16).',
    },
    inputs: [
      choice(
        'outsourcing',
        '有没有把售后服务委托给外部服务商（如委托网点、第三方安装维修）？',
        'Is any after-sales service contracted out (contracted outlets, third-party installation or repair)?',
        '全部由自己的人员和网点服务的，答“否”，下一题不用回答。',
        'If all service is done by your own staff and outlets, answer no and skip the next question.',
      ),
      choice(
        'E15',
        '对委托服务商签有协议、审查过资质，并考核其服务质量吗？',
        'Do you have agreements with contracted providers, check their credentials and monitor their service quality?',
      ),
    ],
    documents: ['D16'],
    indicators: ['5.1.1.2'],
    indicatorsSource: 'standard',
    check: {
      kind: 'conditional',
      when: 'outsourcing',
      then: { kind: 'answer', input: 'E15' },
      notApplicable: 'outsourcing-none',
      unknown: 'outsourcing-unknown',
    },
    source: {
      kind: 'certification-body',
      refs: [{ seed: `${SEED_B} 八、服务外包方质量控制有效` }, { url: 'http://m.szldx.cn/isos/202508/zs_15015.html' }],
    },
  },
  {
    id: 'E16',
    title: { zh: '公开的服务承诺', en: 'Published service commitments' },
    help: {
      zh: '对顾客公开了服务承诺：响应时间、保修期限、服务时间和地点等。',
      en: 'Service commitments published to customers: response time, warranty terms, service hours and places.',
    },
    todo: {
      zh: '写出售后服务承诺书（响应时间、保修条款等）并对外公布（D24）。',
      en: 'Write and publish an after-sales service commitment (response times, warranty terms) (D24).',
    },
    inputs: [
      choice(
        'E16',
        '对顾客公开了服务承诺（响应时间、保修期限等）吗？',
        'Have you published service commitments (response times, warranty terms) to customers?',
      ),
    ],
    documents: ['D24'],
    indicators: ['5.1.7', '5.2.5'],
    indicatorsSource: 'proposed',
    check: { kind: 'answer', input: 'E16' },
    source: {
      kind: 'proposed',
      refs: [
        {
          seed: '2.商家承诺期限：商家可以对商品售后服务限定特定的售后服务承诺期限',
          note: 'listed as a condition by us (docs/domain.md#eligibility-conditions), not by a body',
        },
        { url: 'http://m.szldx.cn/isos/202507/zs_14672.html' },
      ],
    },
  },
];

export const ELIGIBILITY_CONDITION_BY_ID: ReadonlyMap<string, EligibilityCondition> = new Map(
  ELIGIBILITY_CONDITIONS.map((c) => [c.id, c]),
);

/** Every question in catalogue order (what a form, a popup or a sheet asks). */
export const ELIGIBILITY_INPUTS: readonly (EligibilityInput & { condition: EligibilityCondition['id'] })[] =
  ELIGIBILITY_CONDITIONS.flatMap((c) => c.inputs.map((i) => ({ ...i, condition: c.id })));
