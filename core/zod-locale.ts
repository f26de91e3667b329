import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Lang } from './i18n/index';

/*
 * core validates with zod/mini, which loads no locale: without one every zod message would read
 * "Invalid input". Each parse passes zod's own words in the user's language (per call, never a global
 * setting that other callers would inherit). Only these two locales are imported, so only they reach
 * a bundle; each is built on first use.
 */
const errorMaps: Partial<Record<Lang, z.core.$ZodErrorMap>> = {};

/** The parse options that make zod speak `lang`: `schema.safeParse(value, zodLocale(lang))`. */
export function zodLocale(lang: Lang): { error: z.core.$ZodErrorMap } {
  const error = (errorMaps[lang] ??= (lang === 'zh-CN' ? zhCN : en)().localeError);
  return { error };
}
