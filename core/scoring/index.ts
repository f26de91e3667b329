export * from './types';
export { score, ENGINE } from './score';
export { finalScore, levelByScore, roundTo } from './final-score';
