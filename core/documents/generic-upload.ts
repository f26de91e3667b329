import { normaliseLabel } from './normalise-label';

/*
 * An upload that takes "any other documents" (其他附件, 附件材料, 相关资料…). Its label names no
 * requirement, so what it holds can only be told from the file names.
 */
const GENERIC_ZH =
  /^(请?上传)?(其他|其它|相关|补充|更多|附加|证明|佐证|申请|申报)?(附件|材料|资料|文件)(材料|资料|文件)?(上传)?$/;
const GENERIC_EN = /^(upload)?(other|supporting|additional|more)?(attachments?|documents?|files?|materials?)$/;

export function isGenericUploadLabel(label: string): boolean {
  const key = normaliseLabel(label);
  return GENERIC_ZH.test(key) || GENERIC_EN.test(key);
}
