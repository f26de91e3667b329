import { t, type Lang } from '../i18n/index';
import { gbt27922_2011_data } from './data/gbt27922-2011';
import { gbt27922_2011_fiveStar98_data } from './data/gbt27922-2011-five-star-98';
import { SchemeError } from './parse-scheme';
import { resolveScheme } from './resolve';
import type { Scheme } from './schema';

/*
 * Our own schemes are data we ship: core's tests validate them with the scheme schema and rules
 * (test/core/scheme/bundled.test.ts: parseScheme gives exactly these), so loading core only resolves their
 * trees instead of validating both on every start of every thread.
 */

/** The default scheme: GB/T 27922-2011 with the reference's PROPOSED DEFAULT points. */
export const gbt27922_2011: Scheme = resolveScheme(gbt27922_2011_data);
export const gbt27922_2011_fiveStar98: Scheme = resolveScheme(gbt27922_2011_fiveStar98_data);

export const BUNDLED_SCHEMES: readonly Scheme[] = [gbt27922_2011, gbt27922_2011_fiveStar98];
export const DEFAULT_SCHEME_ID = gbt27922_2011.id;

export function bundledScheme(id: string, lang: Lang = 'zh-CN'): Scheme {
  const s = BUNDLED_SCHEMES.find((x) => x.id === id);
  if (s) return s;
  const available = BUNDLED_SCHEMES.map((x) => x.id).join(', ');
  throw new SchemeError([
    {
      code: 'unknown-bundled',
      severity: 'error',
      where: '(id)',
      params: { id, available },
      message: t(lang, 'scheme.unknown-bundled', { id, available }),
    },
  ]);
}
