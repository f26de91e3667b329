/*
 * Words the browser extension looks for on application pages (plain data, next to the DOM code that
 * uses it: these are about pages, not about the certification rules, so they are not core's).
 * Compared case-insensitively; a space stands for any run of white space.
 * Wordings are ours (PROPOSED), from the UI libraries' demos and certification bodies' forms.
 */

/** extension/ui/submit-guard.ts: a button whose text contains one of these submits the application… */
export const SUBMIT_WORDS: readonly string[] = ['提交', '递交', 'submit'];

/** …unless its text also contains one of these (saving a draft, cancelling, resetting). */
export const NOT_SUBMIT_WORDS: readonly string[] = [
  '暂存',
  '草稿',
  '保存草稿',
  '取消',
  '重置',
  'draft',
  'cancel',
  'reset',
];

/** extension/scanner/uploads.ts (generic "file name + 删除" lists): the whole text of a remove link/button. */
export const DELETE_WORDS: readonly string[] = [
  '删除',
  '移除',
  '删除文件',
  '删除附件',
  '撤销',
  'delete',
  'remove',
  '×',
  '✕',
];

/**
 * extension/scanner/text.ts: placeholders starting with one of these and adding less than two more
 * characters say nothing about the field ("请输入", "请选择…", "Please enter"). Tried in this order.
 */
export const GENERIC_PLACEHOLDER_PREFIXES: readonly string[] = [
  '请输入',
  '请填写',
  '请选择',
  '请上传',
  '输入',
  '选择',
  'please enter',
  'please input',
  'please select',
  'please choose',
  'enter',
  'select',
  'choose',
];

/**
 * extension/scanner/uploads.ts (what an unreadable upload shows): a list row holding a link/button whose
 * whole text is one of these (or a DELETE_WORDS word) is a file already there.
 */
export const FILE_ACTION_WORDS: readonly string[] = ['查看', '预览', '下载', '重新上传', 'view', 'preview', 'download'];

/** …but a file name or image inside an element whose text contains one of these is a blank form to fill in, not the applicant's file. */
export const TEMPLATE_WORDS: readonly string[] = [
  '模板',
  '模版',
  '样本',
  '范本',
  '样例',
  '示例',
  '参考格式',
  'template',
  'sample',
  'example',
];
