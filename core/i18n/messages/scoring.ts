import type { MessageModule } from '../index';

export const scoringMessages: MessageModule = {
  'zh-CN': {
    'level.fail': '不合格',
    'level.compliant': '达标',
    'level.3-star': '三星',
    'level.4-star': '四星',
    'level.5-star': '五星',
    'status.conform': '符合',
    'status.nonconform': '不符合',
    'status.review': '待复核',
    'status.not-applicable': '不适用',
    'status.unscored': '未评分',
    'kind.graded': '评分',
    'kind.binary': '符合性',
    'kind.sampled': '抽样',
    'scoring.unknown-indicator': '{where}：编号 {id} 不在评分方案 {scheme} 中，已忽略。请核对编号。',
    'scoring.duplicate-response': '{where}：指标 {id} 重复出现（另见 {first}），无法确定以哪一处为准。请删除重复行。',
    'scoring.not-a-number': '{where}：“{value}”不是数字。请填写 0 到 {max} 之间的分数（可用 0.5 分）。',
    'scoring.value-is-date':
      '{where}：这是日期（{value}），不是分数：单元格设成了日期格式。请把格式改为“常规”或“数值”，再填写 0 到 {max} 之间的分数。',
    'scoring.value-is-boolean': '{where}：这是逻辑值（{value}），不是分数。请填写 0 到 {max} 之间的分数。',
    'scoring.value-is-error': '{where}：单元格是错误值 {value}（公式出错），不是分数。请改正公式或直接填写分数。',
    'scoring.value-too-long': '{where}：“{value}”位数过多，不是有效分数。请填写 0 到 {max} 之间的分数。',
    'scoring.negative': '{where}：得分 {value} 为负数。请填写 0 到 {max} 之间的分数。',
    'scoring.above-max': '{where}：得分 {value} 超过该项满分 {max}。请填写 0 到 {max} 之间的分数。',
    'scoring.not-half-step': '{where}：得分 {value} 不是 0.5 的整数倍，已按原值计算。请核对。',
    'scoring.binary-value': '{where}：“{value}”无法识别为符合或不符合。请填写“符合”“不符合”，或分数 {max} / 0。',
    'scoring.invalid-applicable': '{where}：“{value}”无法识别为是否适用。请填写“是”或“否”（删减/不适用填“否”）。',
    'scoring.samples-invalid': '{where}：抽样数“{value}”应为正整数。',
    'scoring.nonconforming-invalid': '{where}：不符合数“{value}”应为 0 或正整数。',
    'scoring.nonconforming-above-samples': '{where}：不符合数 {k} 大于抽样数 {n}。请核对。',
    'scoring.nonconforming-missing': '{where}：已填抽样数 {n}，但没有填不符合数（没有不符合请填 0）。该项暂不计分。',
    'scoring.samples-missing': '{where}：已填不符合数 {k}，但没有填抽样数。该项暂不计分。',
    'scoring.value-ignored': '{where}：该项标为不适用，填写的得分“{value}”不计入。',
    'scoring.nothing-applicable': '所有指标均为不适用，无法计算得分。',
    'scoring.nothing-scored': '尚未评分任何指标。',
    'scoring.invalid-inputs': '有 {count} 处输入无效，总分无法计算。请先改正标出的单元格。',
    'scoring.veto': '特别扣分项共 {count} 项，达到 {limit} 项即判定不合格（无论得分）。',
    'scoring.star-wait': '本方案规定达标满一年后才能评星（已达标 {months} 个月），等级暂定为达标。',
    'scoring.provisional': '尚有 {count} 项未评分，得分为暂定值。',
  },
  en: {
    'level.fail': 'Fail',
    'level.compliant': 'Compliant',
    'level.3-star': '3-star',
    'level.4-star': '4-star',
    'level.5-star': '5-star',
    'status.conform': 'Conform',
    'status.nonconform': 'Nonconform',
    'status.review': 'Needs review',
    'status.not-applicable': 'Not applicable',
    'status.unscored': 'Unscored',
    'kind.graded': 'Graded',
    'kind.binary': 'Conform / nonconform',
    'kind.sampled': 'Sampled',
    'scoring.unknown-indicator': '{where}: id {id} is not in scheme {scheme} and was ignored. Check the id.',
    'scoring.duplicate-response':
      '{where}: indicator {id} appears twice (see also {first}); cannot tell which one counts. Delete the duplicate row.',
    'scoring.not-a-number':
      '{where}: "{value}" is not a number. Enter points between 0 and {max} (half points allowed).',
    'scoring.value-is-date':
      '{where}: this is a date ({value}), not a score: the cell has a date format. Set the format to General or Number and enter points between 0 and {max}.',
    'scoring.value-is-boolean':
      '{where}: this is a logical value ({value}), not a score. Enter points between 0 and {max}.',
    'scoring.value-is-error':
      '{where}: the cell holds the error value {value} (a formula failed), not a score. Fix the formula or enter the points.',
    'scoring.value-too-long': '{where}: "{value}" has too many digits to be a score. Enter points between 0 and {max}.',
    'scoring.negative': '{where}: {value} is negative. Enter points between 0 and {max}.',
    'scoring.above-max': "{where}: {value} is more than the item's maximum of {max}. Enter points between 0 and {max}.",
    'scoring.not-half-step': '{where}: {value} is not a multiple of 0.5; counted as entered. Please check.',
    'scoring.binary-value':
      '{where}: "{value}" is neither conform nor nonconform. Enter 符合 / 不符合 (conform / nonconform) or the points {max} / 0.',
    'scoring.invalid-applicable':
      '{where}: "{value}" does not say whether the item applies. Enter 是 (yes) or 否 (no, for an exclusion).',
    'scoring.samples-invalid': '{where}: samples checked "{value}" must be a whole number above 0.',
    'scoring.nonconforming-invalid': '{where}: nonconforming samples "{value}" must be 0 or a whole number.',
    'scoring.nonconforming-above-samples':
      '{where}: {k} nonconforming is more than the {n} samples checked. Please check.',
    'scoring.nonconforming-missing':
      '{where}: {n} samples entered but no nonconforming count (enter 0 if none). Not scored yet.',
    'scoring.samples-missing': '{where}: {k} nonconforming entered but no sample count. Not scored yet.',
    'scoring.value-ignored': '{where}: the item is marked not applicable; the entered "{value}" is not counted.',
    'scoring.nothing-applicable': 'Every indicator is marked not applicable; no score can be computed.',
    'scoring.nothing-scored': 'No indicator has been scored yet.',
    'scoring.invalid-inputs':
      '{count} input(s) are invalid, so the total cannot be computed. Fix the marked cells first.',
    'scoring.veto': '{count} special deductions: {limit} or more fail the audit whatever the score.',
    'scoring.star-wait':
      'This scheme awards stars only after a year at Compliant ({months} months so far); level held at Compliant.',
    'scoring.provisional': '{count} item(s) not scored yet; the score is provisional.',
  },
};
