import { t, type Lang } from '../i18n/index';

/*
 * 统一社会信用代码 (unified social credit code), GB 32100-2015:
 *   pos 1      登记管理部门代码 (registration department)
 *   pos 2      机构类别代码 (organisation category)
 *   pos 3–8    登记管理机关行政区划码 (GB/T 2260 region, digits)
 *   pos 9–17   主体标识码 (organisation code)
 *   pos 18     校验码: 31 − (Σ value×weight mod 31), 31 → 0
 */

/** The 31 characters a code may use (no I, O, Z, S, V). Index = the character's value. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration departments: 1 机构编制, 2 外交, 3 司法/教育…, 5 民政, 9 工商 (GB 32100-2015),
 * and the departments added by the code-assignment rules since (A–G 旅游/宗教/工会/…, N 农业, Y 其他).
 * Kept broad on purpose: rejecting a real code is worse than letting an odd one through.
 */
const REGISTRATION_DEPARTMENTS = '123456789ABCDEFGNY';

export type UsccProblemCode = 'empty' | 'length' | 'charset' | 'registration-dept' | 'region' | 'check';

/** What checkUscc says about a code: valid with the cleaned code, or the problem and where it sits. */
export type UsccCheck =
  | {
      valid: true;
      /** The credit code as checked: trimmed, half-width, upper case. */
      uscc: string;
      /** The input had to be cleaned (spaces, full-width or lower-case letters) to read it. */
      normalised: boolean;
    }
  | {
      valid: false;
      /** What is wrong (the message key under documents.uscc.*). */
      code: UsccProblemCode;
      /** 1-based position of the wrong character, when one can be named. */
      position?: number;
      /** The character found there. */
      found?: string;
      /** For `check`: the character position 18 should be. */
      expected?: string;
      /** For `length`: how many characters were given. */
      length?: number;
      normalised: boolean;
      /** The cleaned code that was checked. */
      cleaned: string;
      message: string;
    };

/** Trim, drop inner spaces, full-width → half-width, upper case. */
export function normaliseUscc(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters (assumed to be in the charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  const r = 31 - (sum % 31);
  return USCC_CHARSET[r === 31 ? 0 : r]!;
}

/** @deprecated use UsccCheck (the valid code is now `uscc`). */
export type UsccResult = UsccCheck;

/** Is this a valid unified social credit code (spaces, lower case and full-width characters allowed)? */
export function isValidUscc(input: string): boolean {
  return checkUscc(input).valid;
}

/**
 * Check a unified social credit code. Lower case, spaces and full-width characters are accepted
 * but reported (`normalised: true`). On failure, says which position is wrong and why.
 */
export function checkUscc(input: string, lang: Lang = 'zh-CN'): UsccCheck {
  const cleaned = normaliseUscc(input ?? '');
  const normalised = cleaned !== input;
  const fail = (
    code: UsccProblemCode,
    extra: { position?: number; found?: string; expected?: string; length?: number } = {},
  ): UsccCheck => ({
    valid: false,
    code,
    ...extra,
    normalised,
    cleaned,
    message: t(lang, `documents.uscc.${code}`, { ...extra }),
  });
  if (cleaned.length === 0) return fail('empty');
  // Charset first: a disallowed letter (I, O, Z, S, V) is the most pointed thing to say.
  for (let i = 0; i < cleaned.length && i < 18; i++) {
    if (!USCC_CHARSET.includes(cleaned[i]!)) return fail('charset', { position: i + 1, found: cleaned[i]! });
  }
  if (cleaned.length !== 18) return fail('length', { length: cleaned.length });
  const expected = usccCheckChar(cleaned);
  const checkOk = expected === cleaned[17];
  if (!REGISTRATION_DEPARTMENTS.includes(cleaned[0]!))
    return fail('registration-dept', { position: 1, found: cleaned[0]! });
  for (let i = 2; i < 8; i++) {
    if (!/[0-9]/.test(cleaned[i]!)) return fail('region', { position: i + 1, found: cleaned[i]! });
  }
  if (!checkOk) return fail('check', { position: 18, found: cleaned[17]!, expected });
  return { valid: true, uscc: cleaned, normalised };
}
