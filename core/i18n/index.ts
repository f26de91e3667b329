import { schemeMessages } from './messages/scheme';
import { scoringMessages } from './messages/scoring';
import { workbookMessages } from './messages/workbook';
import { scannerMessages } from './messages/scanner';
import { documentsMessages } from './messages/documents';
import { eligibilityMessages } from './messages/eligibility';
import { resultSheetMessages } from './messages/result-sheet';

/** Languages every user-facing string exists in. zh-CN first: our users are Chinese first. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageTable = Record<string, string>;
export interface MessageModule {
  'zh-CN': MessageTable;
  en: MessageTable;
}

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

const merged: Record<Lang, MessageTable> = { 'zh-CN': {}, en: {} };
for (const mod of Object.values(MESSAGE_MODULES)) {
  Object.assign(merged['zh-CN'], mod['zh-CN']);
  Object.assign(merged.en, mod.en);
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** `{name}` placeholders are replaced by params; a missing key returns the key itself so it is visible, never blank. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const template = merged[lang][key] ?? merged.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

export function allMessages(lang: Lang): Readonly<MessageTable> {
  return merged[lang];
}

export function isLang(x: unknown): x is Lang {
  return x === 'zh-CN' || x === 'en';
}
