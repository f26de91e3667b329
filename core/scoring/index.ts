export * from './types';
export { score, ENGINE } from './score';
export { finalScore, levelByScore, levelWithVeto, pointsToNextLevel, roundTo } from './final-score';
