/*
 * Message tables and the one way core turns a key into words. Faces may build their own translator
 * from their own tables with createTranslator, and then follow the same policy:
 *  - the user's language; failing that the other language (zh-CN ↔ en); failing that the key itself,
 *    so a gap is visible, never blank (the parity tests keep both tables complete, so this is a
 *    last resort, not a feature);
 *  - `{name}` placeholders filled from params; one without a value stays visible as `{name}`;
 *  - plural forms: when params.count is a number and the table has `key#one` (or another
 *    Intl.PluralRules category of that language), that variant is used, else `key`.
 */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
  return x === 'zh-CN' || x === 'en';
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** Intl.PluralRules categories; a table may give `key#one`, `key#few`… beside `key`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralVariants<K extends string> = Partial<Record<`${K}#${PluralCategory}`, string>>;

export type MessageTable = Record<string, string>;

/**
 * One area's messages in both languages. K, the union of its keys, is known to the compiler when the
 * table is declared with defineMessages (a type-only marker; at run time a module is two tables).
 */
export interface MessageModule<K extends string = string> {
  'zh-CN': MessageTable;
  en: MessageTable;
  readonly keys?: K;
}

/**
 * Declares an area's table so that its keys are known to the compiler: English must have exactly
 * the Chinese keys (plus plural variants), and t() rejects a key no table has.
 */
export function defineMessages<K extends string>(m: {
  'zh-CN': Record<K, string> & PluralVariants<NoInfer<K>>;
  en: Record<NoInfer<K>, string> & PluralVariants<NoInfer<K>>;
}): MessageModule<K> {
  return m as MessageModule<K>;
}

/** The keys of a module; a module declared without defineMessages gives `${prefix}.${string}`. */
export type KeysOf<M extends MessageModule, Prefix extends string> =
  NonNullable<M['keys']> extends infer K extends string ? (string extends K ? `${Prefix}.${string}` : K) : never;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(lang: Lang, n: number): string {
  let r = pluralRules.get(lang);
  if (!r) pluralRules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/** Placeholders filled; unknown ones left visible. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

export type Translator<K extends string> = (lang: Lang, key: K, params?: Params) => string;

/** A translator over some tables, with core's policy (see the top of this file). */
export function createTranslator<K extends string>(
  modules: readonly MessageModule[],
): { t: Translator<K>; table: (lang: Lang) => Readonly<MessageTable> } {
  const merged: Record<Lang, MessageTable> = { 'zh-CN': {}, en: {} };
  for (const mod of modules) {
    Object.assign(merged['zh-CN'], mod['zh-CN']);
    Object.assign(merged.en, mod.en);
  }
  const lookup = (lang: Lang, key: string, params: Params): string | undefined => {
    const table = merged[lang];
    const count = params.count;
    const variant = typeof count === 'number' ? table[`${key}#${pluralOf(lang, count)}`] : undefined;
    return variant ?? table[key];
  };
  const t = (lang: Lang, key: K, params: Params = {}) =>
    fill(lookup(lang, key, params) ?? lookup(lang === 'en' ? 'zh-CN' : 'en', key, params) ?? key, params);
  return { t, table: (lang) => merged[lang] };
}
