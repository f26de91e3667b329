export * from './types';
export { score, ENGINE } from './score';
export { finalScore, countedBonuses } from './final-score';
export {
  isVetoed,
  levelByScore,
  levelOf,
  levelWithVeto,
  lostItems,
  nextLevelAbove,
  pointsToNextLevel,
  roundTo,
  STAR_WAIT_MONTHS,
  waitsForStars,
} from './rules';
export {
  auditState,
  auditStateOf,
  isStateIssue,
  AUDIT_STATES,
  type AuditState,
  type AuditStateId,
} from './audit-state';
