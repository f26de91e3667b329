import * as z from 'zod/mini';
import { t, type CodesOf, type Lang, type Params } from '../i18n/index';
import { failure, IssuesError, success, type Issue, type SafeResult } from '../issue';
import { zodLocale } from '../zod-locale';
import { readDay } from './read-input';
import { once } from '../once';
import { eligibilitySettingsSchema } from './settings';
import { CONDITION_IDS, FACT_KEYS, type EligibilityAnswers, type EligibilitySettings } from './types';

/**
 * A self-check saved as JSON (what `gbt27922 readiness answers.json` reads):
 *   { "asOf": "2025-06-30", "settings": { "systemMinMonths": 6 }, "answers": { "E5": "是", "licenceDate": "2023-05-18", … } }
 * asOf and settings are optional; a bare object of answers is accepted too.
 */
export interface AnswersFile {
  asOf?: string;
  settings: Partial<EligibilitySettings>;
  answers: EligibilityAnswers;
  /** Keys that are neither a condition nor a fact: reported, never silently used. */
  unknownKeys: string[];
}

const KNOWN = new Set<string>([...CONDITION_IDS, ...FACT_KEYS]);
// Built on first use, like the settings schema it is made of.
const fileSchema = once(() =>
  z.object({
    asOf: z.optional(z.string()),
    // Every setting optional, and no other key (a misspelt setting is an error, never silently ignored).
    settings: z.optional(z.partial(z.strictObject(eligibilitySettingsSchema().shape))),
    answers: z.record(z.string(), z.unknown()),
    note: z.optional(z.string()),
  }),
);

/** A problem with an answers file; `where` is the field (`settings.systemMinMonths`, `asOf`) or '(root)'. */
export type AnswersFileIssue = Issue<CodesOf<'eligibility.file'>>;

/** @deprecated the old shape of readAnswersFile; use safeParseAnswersFile. */
export type AnswersFileResult = { ok: true; file: AnswersFile } | { ok: false; problem: string };

function fileIssue(
  lang: Lang,
  code: CodesOf<'eligibility.file'>,
  where: string,
  params: Params = {},
): AnswersFileIssue {
  return {
    code,
    severity: 'error',
    where,
    params,
    message: t(lang, `eligibility.file.${code}`, { path: where, ...params }),
  };
}

/**
 * Reads the parsed JSON of an answers file. Never throws: `{ success: true, data }`, or the first
 * problem (naming the field that is wrong, in the user's language) in `issues`.
 */
export function safeParseAnswersFile(json: unknown, lang: Lang = 'zh-CN'): SafeResult<AnswersFile, AnswersFileIssue> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return failure([fileIssue(lang, 'not-object', '(root)')]);
  const obj = json as Record<string, unknown>;
  const wrapped =
    'answers' in obj
      ? obj
      : {
          asOf: obj.asOf,
          settings: obj.settings,
          answers: Object.fromEntries(
            Object.entries(obj).filter(([k]) => k !== 'asOf' && k !== 'settings' && k !== 'note'),
          ),
        };
  const parsed = fileSchema().safeParse(wrapped, zodLocale(lang));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return failure([fileIssue(lang, 'field', i.path.join('.') || '(root)', { detail: i.message })]);
  }
  if (parsed.data.asOf !== undefined && !readDay(parsed.data.asOf).ok) {
    return failure([fileIssue(lang, 'bad-date', 'asOf', { value: parsed.data.asOf })]);
  }
  const answers: EligibilityAnswers = {};
  const unknownKeys: string[] = [];
  for (const [k, v] of Object.entries(parsed.data.answers)) {
    if (KNOWN.has(k)) answers[k as keyof EligibilityAnswers] = v;
    else unknownKeys.push(k);
  }
  return success({
    ...(parsed.data.asOf ? { asOf: parsed.data.asOf } : {}),
    settings: parsed.data.settings ?? {},
    answers,
    unknownKeys,
  });
}

/** Like safeParseAnswersFile, but throws an IssuesError. */
export function parseAnswersFile(json: unknown, lang: Lang = 'zh-CN'): AnswersFile {
  const r = safeParseAnswersFile(json, lang);
  if (!r.success) throw new IssuesError(r.issues);
  return r.data;
}

/** @deprecated use safeParseAnswersFile (the same reading, in the { success } convention). */
export function readAnswersFile(json: unknown, lang: Lang = 'zh-CN'): AnswersFileResult {
  const r = safeParseAnswersFile(json, lang);
  return r.success ? { ok: true, file: r.data } : { ok: false, problem: r.issues[0]!.message };
}
