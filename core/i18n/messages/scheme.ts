import { defineMessages } from '../define';

export const schemeMessages = defineMessages({
  'zh-CN': {
    'scheme.invalid-json': '评分方案不是有效的 JSON：{detail}',
    'scheme.shape': '{path}：格式不符：{detail}',
    'scheme.duplicate-id': '{path}：编号 {id} 重复出现（第一次在 {first}）。每个指标编号只能出现一次。',
    'scheme.unknown-parent': '{path}：上级编号 {parent} 不存在。请先定义上级指标，或改正编号。',
    'scheme.parent-not-prefix': '{path}：编号 {id} 与上级 {parent} 不一致（应以“{parent}.”开头）。',
    'scheme.category-has-parent': '{path}：一级类别 {id} 不应有上级。',
    'scheme.points-mismatch': '{path}：{id} 的分值 {max} 与下级分值之和 {sum} 不相等。请调整其中之一。',
    'scheme.missing-kind': '{path}：计分项 {id} 没有评分方式（kind 应为 graded、binary 或 sampled）。',
    'scheme.no-categories': '方案没有一级类别（parent 为 null 的节点）。',
    'scheme.thresholds-order': '{path}：等级 {id} 的分数线 {min} 应高于前一等级 {prevId} 的 {prevMin}。',
    'scheme.levels-order': '{path}：等级顺序应为 达标 → 三星 → 四星 → 五星，此处为 {id}。',
    'scheme.unknown-bundled': '没有名为 {id} 的内置方案。可用：{available}。',
  },
  en: {
    'scheme.invalid-json': 'The scheme is not valid JSON: {detail}',
    'scheme.shape': '{path}: wrong shape: {detail}',
    'scheme.duplicate-id': '{path}: id {id} appears twice (first at {first}). Each indicator id may appear once.',
    'scheme.unknown-parent': '{path}: parent {parent} does not exist. Define the parent first or correct the id.',
    'scheme.parent-not-prefix':
      '{path}: id {id} does not sit under its parent {parent} (it should start with "{parent}.").',
    'scheme.category-has-parent': '{path}: category {id} must not have a parent.',
    'scheme.points-mismatch':
      '{path}: {id} is worth {max} points but its children add up to {sum}. Change one of them.',
    'scheme.missing-kind': '{path}: scored item {id} has no kind (graded, binary or sampled).',
    'scheme.no-categories': 'The scheme has no categories (nodes with parent null).',
    'scheme.thresholds-order': '{path}: level {id} starts at {min}, which must be above {prevMin} for {prevId}.',
    'scheme.levels-order': '{path}: levels must run compliant → 3-star → 4-star → 5-star; found {id} here.',
    'scheme.unknown-bundled': 'No bundled scheme is called {id}. Available: {available}.',
  },
});
