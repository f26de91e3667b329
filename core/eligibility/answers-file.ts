import { z } from 'zod';
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

/** Reads the parsed JSON of an answers file; `problem` names the field that is wrong. */
export function readAnswersFile(json: unknown): AnswersFileResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: 'expected a JSON object with an "answers" object' };
  const obj = json as Record<string, unknown>;
  const wrapped = 'answers' in obj ? obj : { asOf: obj.asOf, settings: obj.settings, answers: Object.fromEntries(Object.entries(obj).filter(([k]) => k !== 'asOf' && k !== 'settings' && k !== 'note')) };
  const parsed = FileSchema.safeParse(wrapped);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, problem: `${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  const answers: EligibilityAnswers = {};
  const unknownKeys: string[] = [];
  for (const [k, v] of Object.entries(parsed.data.answers)) {
    if (KNOWN.has(k)) answers[k as keyof EligibilityAnswers] = v;
    else unknownKeys.push(k);
  }
  return { ok: true, file: { ...(parsed.data.asOf ? { asOf: parsed.data.asOf } : {}), settings: parsed.data.settings ?? {}, answers, unknownKeys } };
}
