import { createTranslator, type KeysOf, type MessageModule } from './define';
import { schemeMessages } from './messages/scheme';
import { scoringMessages } from './messages/scoring';
import { workbookMessages } from './messages/workbook';
import { scannerMessages } from './messages/scanner';
import { documentsMessages } from './messages/documents';
import { eligibilityMessages } from './messages/eligibility';
import { resultSheetMessages } from './messages/result-sheet';

export {
  LANGS,
  isLang,
  defineMessages,
  createTranslator,
  fill,
  type Lang,
  type Params,
  type MessageTable,
  type MessageModule,
  type PluralCategory,
  type Translator,
} from './define';
import type { Lang, MessageTable, Params } from './define';

// Each area of core keeps its own table (one file per area, so areas can grow independently);
// keys are namespaced by area and must be unique across modules (checked by the parity test).
export const MESSAGE_MODULES: Record<string, MessageModule> = {
  scheme: schemeMessages,
  scoring: scoringMessages,
  workbook: workbookMessages,
  scanner: scannerMessages,
  documents: documentsMessages,
  eligibility: eligibilityMessages,
  'result-sheet': resultSheetMessages,
};

/**
 * Every key core can say. Areas declared with defineMessages give their exact keys (an unknown key
 * does not compile); the others give `area.${string}` until they are declared the same way.
 */
export type MessageKey =
  | KeysOf<typeof schemeMessages, 'scheme'>
  | KeysOf<typeof scoringMessages, 'scoring'>
  | KeysOf<typeof workbookMessages, 'workbook'>
  | KeysOf<typeof scannerMessages, 'scanner'>
  | KeysOf<typeof documentsMessages, 'documents'>
  | KeysOf<typeof eligibilityMessages, 'eligibility'>
  | KeysOf<typeof resultSheetMessages, 'result-sheet'>;

/**
 * A key t() accepts: a known key, or a key built at run time from a non-literal string
 * (`eligibility.${key}` with key: string), which the compiler cannot check and the message tests do.
 * A literal key that no table has does not compile. (A template literal argument is typed `string`
 * by TypeScript, so `scoring.${code}` is checked through the type of `code`: see CodesOf.)
 */
export type CheckedKey<K extends string> = K extends MessageKey ? K : `${K}\u0000` extends K ? K : never;

const core = createTranslator<string>(Object.values(MESSAGE_MODULES));

/** Core's words for a key, in `lang` (fallback policy and plural forms: core/i18n/define.ts). */
export function t<K extends string>(lang: Lang, key: K & CheckedKey<K>, params?: Params): string {
  return core.t(lang, key, params);
}

/** The code part of the keys under `prefix.` (e.g. CodesOf<'scoring'> = 'not-a-number' | …). */
export type CodesOf<Prefix extends string> = MessageKey extends infer K
  ? K extends `${Prefix}.${infer C}`
    ? C
    : never
  : never;

export function allMessages(lang: Lang): Readonly<MessageTable> {
  return core.table(lang);
}
