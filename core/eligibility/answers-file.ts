import { z } from 'zod';
import { t, type Lang } from '../i18n/index';
import { readDay } from './read-input';
import { EligibilitySettingsSchema } from './settings';
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
const FileSchema = z.object({
  asOf: z.string().optional(),
  settings: EligibilitySettingsSchema.partial().strict().optional(),
  answers: z.record(z.string(), z.unknown()),
  note: z.string().optional(),
});

export type AnswersFileResult = { ok: true; file: AnswersFile } | { ok: false; problem: string };

const zhCN = z.locales.zhCN().localeError;

/** Reads the parsed JSON of an answers file; `problem` names the field that is wrong, in the user's language. */
export function readAnswersFile(json: unknown, lang: Lang = 'zh-CN'): AnswersFileResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, problem: t(lang, 'eligibility.file.not-object') };
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
  const parsed = FileSchema.safeParse(wrapped, lang === 'zh-CN' ? { error: zhCN } : undefined);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return {
      ok: false,
      problem: t(lang, 'eligibility.file.field', { path: i.path.join('.') || '(root)', detail: i.message }),
    };
  }
  if (parsed.data.asOf !== undefined && !readDay(parsed.data.asOf).ok) {
    return { ok: false, problem: t(lang, 'eligibility.file.bad-date', { path: 'asOf', value: parsed.data.asOf }) };
  }
  const answers: EligibilityAnswers = {};
  const unknownKeys: string[] = [];
  for (const [k, v] of Object.entries(parsed.data.answers)) {
    if (KNOWN.has(k)) answers[k as keyof EligibilityAnswers] = v;
    else unknownKeys.push(k);
  }
  return {
    ok: true,
    file: {
      ...(parsed.data.asOf ? { asOf: parsed.data.asOf } : {}),
      settings: parsed.data.settings ?? {},
      answers,
      unknownKeys,
    },
  };
}
