import type { MessageModule } from '../index';

export const documentsMessages: MessageModule = {
  'zh-CN': {
    // 统一社会信用代码 (GB 32100-2015)
    'documents.uscc.empty': '统一社会信用代码为空。请填写营业执照上的18位代码。',
    'documents.uscc.length': '统一社会信用代码应为18位，当前为 {length} 位。请对照营业执照核对。',
    'documents.uscc.charset':
      '统一社会信用代码第 {position} 位“{found}”不是允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）。',
    'documents.uscc.registration-dept':
      '统一社会信用代码第 1 位“{found}”不是有效的登记管理部门代码（企业为 9，事业单位为 1，社会组织为 5）。',
    'documents.uscc.region': '统一社会信用代码第 {position} 位“{found}”应为数字（第 3–8 位是登记机关行政区划码）。',
    'documents.uscc.check':
      '统一社会信用代码校验位不符：第 18 位应为“{expected}”，填写的是“{found}”。请检查前 17 位是否抄错。',
    'documents.uscc.normalised': '已按半角大写、去空格读取该代码：{code}',

    // 认证机构自定义材料清单
    'documents.list.invalid-json': '材料清单不是有效的 JSON：{detail}',
    'documents.list.shape': '{path}：格式不对（{detail}）',
    'documents.list.not-a-list': '材料清单应为数组，或含 requirements 数组的对象。',
    'documents.list.unknown-flag': '{path}：未知的类别“{value}”。可用：{allowed}。',
    'documents.list.empty-aliases': '{path}：别名（aliases）不能为空，至少写一个表单上会出现的名称。',
    'documents.list.missing-field': '{path}：缺少必填项 {field}。',
    'documents.list.duplicate-id': '{path}：编号 {id} 重复出现（第一次在 {first}）。',
    'documents.list.needs-rule': '{path}：条件性材料 {id} 需要写明适用条件（rule.when），否则无法判断是否需要。',
    'documents.list.empty': '材料清单为空。',
    'documents.list.bad-profile-value': '{path}：{value} 不是 {key} 的可用取值（可用：{allowed}）。',
    'documents.list.bad-id': '{path}：编号“{value}”格式不对，应为 D 加数字（如 D1、D28）。',
    'documents.list.short-alias':
      '{path}：别名“{value}”去掉标点和“上传/附件/复印件/盖章版”等字样后不足2个字，或只是“附件/材料”这类泛称，会误配任何标签。',

    // 不适用的原因
    'documents.na.not-enterprise': '申请方不是企业：以 D3 法律地位证明代替营业执照',
    'documents.na.enterprise': '申请方是企业：以营业执照（D2）证明法律地位',
    'documents.na.obsolete': '营业执照年检已于2014年改为年报公示，不需要提供',
    'documents.na.unified-licence': '三证合一：{name}不需要',
    'documents.na.not-regulated': '申请范围内的产品/服务不涉及行政许可或强制认证',
    'documents.na.single-site': '不涉及多场所',
    'documents.na.own-service': '售后服务全部自建，无委托服务',
    'documents.na.initial': '初次认证，不需要原证书',
    'documents.na.condition-not-met': '本申请不满足适用条件',
    'documents.na.alternative-present': '已提供 {other}（{otherName}），可代替此项',
    'documents.na.enterprise-by-form':
      '表单要求提供营业执照或统一社会信用代码，按企业处理，以营业执照（D2）证明法律地位；如不是企业，请在弹出窗口中更改组织性质',

    // 决定适用性的问题
    'documents.question.orgType': '组织性质（企业 / 事业单位 / 社会团体 / 民办非企业 / 机关）',
    'documents.question.unifiedLicence': '营业执照是否三证合一（有18位统一社会信用代码）',
    'documents.question.multiSite': '是否涉及多场所',
    'documents.question.serviceMode': '售后服务提供方式（全部自建 / 全部委托 / 部分委托）',
    'documents.question.regulatedProducts': '产品/服务是否涉及行政许可或强制认证',
    'documents.question.applicationType': '申请类型（初次认证 / 再认证 / 转机构）',

    // 材料状态的原因
    'documents.reason.unknown-condition': '是否需要取决于“{question}”，表单和设置中都未说明，请人工确认',
    'documents.reason.missing-upload': '“{label}”尚未上传文件',
    'documents.reason.unreadable-upload': '无法读取“{label}”的文件列表，请人工确认是否已上传',
    'documents.reason.no-field': '表单中未找到对应上传项，请确认材料的提交方式',
    'documents.reason.generic-unnamed': '表单中未找到对应上传项；“{label}”中有文件，但文件名看不出是此材料，请人工确认',
    'documents.reason.generic-empty': '表单没有单独的上传项，可在“{label}”中上传',
    'documents.reason.generic-unreadable': '表单没有单独的上传项，且无法读取“{label}”的文件列表，请人工确认',
    'documents.reason.combined-upload': '“{label}”同时对应多份材料（{ids}），请确认每份都已上传',
    'documents.reason.optional-missing': '可选材料，未上传',
    'documents.reason.optional-not-on-form': '可选材料，表单中没有对应上传项',
    'documents.reason.audit-stage': '通常在现场审核时检查，申请阶段可不提供',
    'documents.reason.unreadable-unknown': '无法读取“{label}”的文件列表；是否需要还取决于“{question}”',
    'documents.reason.missing-offered':
      '“{label}”尚未上传文件。表单为此材料设了上传项，视为需要；如确实不适用，请在弹出窗口中回答“{question}”',
    'documents.reason.seen-upload': '无法读取“{label}”的文件列表，但其中似乎已有文件（{seen}），请人工确认',
    'documents.reason.alternative-offered': '表单同时提供“{labels}”，按组织性质只需其中一项；请确认组织性质后上传',

    // 字段检查
    'documents.field.uscc-empty': '“{label}”未填写统一社会信用代码',
    'documents.field.uscc-invalid': '“{label}”填写有误：{detail}',
    'documents.field.uscc-normalised': '“{label}”：代码含空格、全角或小写字符，已按“{code}”读取，提交前请改正',
    'documents.field.org-name-empty': '“{label}”未填写组织名称（应与营业执照一致）',
    'documents.field.phone-invalid':
      '“{label}”中的“{value}”不像有效的电话号码（手机11位以1开头；座机带区号，如 010-12345678；或400/800号码）',
  },
  en: {
    'documents.uscc.empty':
      'The unified social credit code is empty. Enter the 18-character code on the business licence.',
    'documents.uscc.length':
      'A unified social credit code has 18 characters; this one has {length}. Check it against the licence.',
    'documents.uscc.charset':
      'Character {position} of the unified social credit code, "{found}", is not allowed (digits and capital letters except I, O, Z, S, V only).',
    'documents.uscc.registration-dept':
      'Character 1 of the unified social credit code, "{found}", is not a registration-department code (9 for companies, 1 for public institutions, 5 for social organisations).',
    'documents.uscc.region':
      'Character {position} of the unified social credit code, "{found}", should be a digit (characters 3–8 are the region code).',
    'documents.uscc.check':
      'The check character does not match: character 18 should be "{expected}" but is "{found}". Check the first 17 characters for a typo.',
    'documents.uscc.normalised': 'Read the code as half-width capitals without spaces: {code}',

    'documents.list.invalid-json': 'The requirement list is not valid JSON: {detail}',
    'documents.list.shape': '{path}: wrong shape ({detail})',
    'documents.list.not-a-list': 'The requirement list must be an array, or an object with a requirements array.',
    'documents.list.unknown-flag': '{path}: unknown flag "{value}". Allowed: {allowed}.',
    'documents.list.empty-aliases': '{path}: aliases must not be empty; list at least one name the form shows.',
    'documents.list.missing-field': '{path}: required field {field} is missing.',
    'documents.list.duplicate-id': '{path}: id {id} appears twice (first at {first}).',
    'documents.list.needs-rule':
      '{path}: conditional requirement {id} needs a condition (rule.when), or it cannot be decided.',
    'documents.list.empty': 'The requirement list is empty.',
    'documents.list.bad-profile-value': '{path}: {value} is not a value of {key} (allowed: {allowed}).',
    'documents.list.bad-id': '{path}: id "{value}" should be D followed by a number (D1, D28 …).',
    'documents.list.short-alias':
      '{path}: alias "{value}" has fewer than 2 characters once punctuation and words like 上传/附件/复印件/盖章版 are removed, or is a generic word such as 附件/材料; it would match any label.',

    'documents.na.not-enterprise': 'Not a company: a D3 legal-status document replaces the business licence',
    'documents.na.enterprise': 'A company: the business licence (D2) proves legal status',
    'documents.na.obsolete': 'Licence annual inspection was replaced by annual reports in 2014; not needed',
    'documents.na.unified-licence': 'Unified licence (三证合一): {name} is not needed',
    'documents.na.not-regulated':
      'The products/services in scope need no administrative licence or compulsory certification',
    'documents.na.single-site': 'Single site',
    'documents.na.own-service': 'All after-sales service is provided in-house; nothing is contracted out',
    'documents.na.initial': 'Initial certification: no current certificate needed',
    'documents.na.condition-not-met': 'The condition for this document does not hold for this application',
    'documents.na.alternative-present': '{other} ({otherName}) is provided and replaces this one',
    'documents.na.enterprise-by-form':
      'The form asks for a business licence or credit code, so the applicant is taken to be a company and the business licence (D2) proves legal status; if it is not a company, change the organisation type in the popup',

    'documents.question.orgType':
      'type of organisation (company / public institution / social organisation / private non-enterprise / government body)',
    'documents.question.unifiedLicence':
      'whether the licence is a unified licence with an 18-character unified social credit code',
    'documents.question.multiSite': 'whether several sites are covered',
    'documents.question.serviceMode': 'how after-sales service is provided (in-house / contracted / partly contracted)',
    'documents.question.regulatedProducts':
      'whether the products/services need an administrative licence or compulsory certification',
    'documents.question.applicationType': 'application type (initial / re-certification / transfer)',

    'documents.reason.unknown-condition':
      'Whether it is needed depends on {question}, which neither the form nor the settings say; please check',
    'documents.reason.missing-upload': 'No file uploaded in "{label}"',
    'documents.reason.unreadable-upload':
      'Could not read the file list of "{label}"; please check whether a file is attached',
    'documents.reason.no-field': 'The form has no upload for this document; check how it should be submitted',
    'documents.reason.generic-unnamed':
      'The form has no upload for this document; "{label}" holds files whose names do not show it; please check',
    'documents.reason.generic-empty': 'The form has no separate upload for this; it can go in "{label}"',
    'documents.reason.generic-unreadable':
      'The form has no separate upload for this, and the file list of "{label}" could not be read; please check',
    'documents.reason.combined-upload':
      '"{label}" stands for several documents ({ids}); check that each one is attached',
    'documents.reason.optional-missing': 'Optional; not uploaded',
    'documents.reason.optional-not-on-form': 'Optional; the form has no upload for it',
    'documents.reason.audit-stage': 'Usually checked at the on-site audit; not needed at application',
    'documents.reason.unreadable-unknown':
      'Could not read the file list of "{label}"; whether it is needed also depends on {question}',
    'documents.reason.missing-offered':
      'No file uploaded in "{label}". The form asks for this document, so it is taken as needed; if it does not apply, answer {question} in the popup',
    'documents.reason.seen-upload':
      'Could not read the file list of "{label}", but something file-like is there ({seen}); please check',
    'documents.reason.alternative-offered':
      'The form offers both "{labels}"; only one is needed, depending on the type of organisation; please confirm it and upload that one',

    'documents.field.uscc-empty': '"{label}" has no unified social credit code',
    'documents.field.uscc-invalid': '"{label}": {detail}',
    'documents.field.uscc-normalised':
      '"{label}": the code contains spaces, full-width or lower-case characters; read as "{code}". Correct it before submitting',
    'documents.field.org-name-empty': '"{label}" has no organisation name (it should match the business licence)',
    'documents.field.phone-invalid':
      '"{value}" in "{label}" does not look like a phone number (mobile: 11 digits starting with 1; landline with area code such as 010-12345678; or a 400/800 number)',
  },
};
