/*
 * core's third entry: the level rules and the level names without zod or the other message tables,
 * for code that must load small (the Excel add-in's custom functions load with every workbook).
 * The default scheme's rules come from its data, validated by core's tests rather than at each load.
 */
import { gbt27922_2011_data } from './scheme/data/gbt27922-2011';
import type { Rules } from './scheme/schema';

export { levelOf, levelWithVeto, pointsToNextLevel } from './scoring/rules';
export { scoringMessages } from './i18n/messages/scoring';
// The browser extension's page scanner says its few words with these alone (no other area's table in its bundle).
export { scannerMessages } from './i18n/messages/scanner';
export { createTranslator, type Lang, type Params, type Translator } from './i18n/define';
export type { LevelId, Rules } from './scheme/schema';

/** The rules of the default scheme (GB/T 27922-2011). */
export const DEFAULT_RULES: Rules = gbt27922_2011_data.rules;
