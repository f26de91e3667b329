import {
  REGISTRATION_NO_LABELS,
  USCC_LABELS,
  USCC_ORG_TYPE,
  type AnswerWords,
  type ProfileFieldRule,
} from './field-synonyms';
import { compileKeyLists } from './label-keys';
import { matchQuestion } from './match-question';
import { normaliseLabel } from './normalise-label';
import type { ApplicationProfile, FormSnapshot, ProfileKey, ProfileOrigin, SnapshotField } from './types';
import { checkUscc } from './uscc';

/*
 * Read the applicant's profile from the form, only where the form says it. A field that is empty,
 * unreadable, or answered in words we do not know leaves the key undefined; two fields that
 * disagree leave it undefined too (never pick one).
 */

export interface ProfileFromSnapshot {
  profile: ApplicationProfile;
  origin: Partial<Record<ProfileKey, ProfileOrigin>>;
  /** Ref of the field each value was read from (the first, when several agree). */
  fields: Partial<Record<ProfileKey, string>>;
}

const normSynonyms = (list: string[]) => list.map(normaliseLabel);
const USCC_KEYS = normSynonyms(USCC_LABELS);
const REG_NO_KEYS = normSynonyms(REGISTRATION_NO_LABELS);
// Bit 0: USCC; bit 1: old registration number. Profile questions: match-question.ts.
const PROFILE_KEYS = compileKeyLists([USCC_KEYS, REG_NO_KEYS]);
const USCC_BIT = 1;
const REG_NO_BIT = 2;

/** Fields a value is typed into (a code, a free answer) rather than chosen from options. */
export const isTyped = (f: SnapshotField) => f.kind === 'text' || f.kind === 'textarea' || f.kind === 'other';

/**
 * The single answer a value gives, or undefined when it gives none or several different ones
 * (unless the rule says what several mean together: 自建、委托 = mixed).
 * `exact`: the whole value must be one answer word; `contains`: answer words anywhere in it, each
 * cut out before the next is tried (部分委托 is mixed and never also 委托).
 */
export function readAnswer<V>(
  value: string,
  answers: AnswerWords<V>[],
  mode: 'exact' | 'contains' = 'contains',
  together: { of: V[]; value: V }[] = [],
): V | undefined {
  let text = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, (m) => (mode === 'exact' ? '' : m.trim() ? '|' : ''));
  if (mode === 'exact') {
    const a = answers.find((x) => x.words.includes(text));
    return a?.value ?? undefined;
  }
  const found = new Set<V>();
  for (const a of answers) {
    for (const w of a.words) {
      if (text.includes(w)) {
        if (a.value !== null) found.add(a.value);
        text = text.split(w).join('|');
      }
    }
  }
  if (found.size === 1) return [...found][0];
  const both = together.find((t) => t.of.length === found.size && t.of.every((v) => found.has(v)));
  return both?.value;
}

/** The answer one field gives to its question, read the way its kind shows it. */
function answerOf(f: SnapshotField, rule: ProfileFieldRule): unknown {
  const answers = rule.answers as AnswerWords<unknown>[];
  const together = (rule.together ?? []) as { of: unknown[]; value: unknown }[];
  // A lone checkbox ("存在多个经营场所" ☐) answers a yes/no question by being ticked or not.
  if (f.kind === 'checkbox' && f.options?.length === 1 && answers.some((a) => typeof a.value === 'boolean')) {
    if (!f.value.trim()) return false;
    return readAnswer(f.value, answers, 'contains', together) ?? true;
  }
  if (!f.value.trim()) return undefined;
  return readAnswer(f.value, answers, isTyped(f) ? rule.typed : 'contains', together);
}

/** Profile answers stated on the form, with the field each came from. */
export function profileFromSnapshot(snapshot: FormSnapshot): ProfileFromSnapshot {
  const seen = new Map<ProfileKey, { values: Set<unknown>; ref: string }>();
  const note = (key: ProfileKey, value: unknown, ref: string) => {
    const s = seen.get(key);
    if (s) s.values.add(value);
    else seen.set(key, { values: new Set([value]), ref });
  };

  // Each label normalised and matched against every key list once.
  const masks = snapshot.fields.map((f) => PROFILE_KEYS(normaliseLabel(f.label)));
  let usccFound = false;
  snapshot.fields.forEach((f, i) => {
    const mask = masks[i]!;
    // A code is typed; a choice labelled 是否有统一社会信用代码 is a question, read below.
    if (mask & USCC_BIT && isTyped(f)) {
      if (!f.value.trim()) return;
      const r = checkUscc(f.value);
      if (r.valid) {
        usccFound = true;
        note('unifiedLicence', true, f.ref);
        const orgType = USCC_ORG_TYPE[r.uscc.slice(0, 2)];
        // The code's category is a fact; an explicit 组织性质 answer still counts and a conflict leaves it unknown.
        if (orgType) note('orgType', orgType, f.ref);
      }
      return;
    }
    // A label that says little (涉及场所, 类型) is read with its options, as a person reads the question.
    const q =
      matchQuestion(f.label) ?? (f.options?.length ? matchQuestion(`${f.label}（${f.options.join('/')}）`) : null);
    if (!q || q.ambiguous) return;
    const answer = answerOf(f, q.rule);
    if (answer !== undefined) note(q.key, answer, f.ref);
  });
  // An old 15-digit registration number, with no unified code anywhere on the form: not 三证合一.
  if (!usccFound) {
    const regNo = snapshot.fields.find(
      (f, i) => masks[i]! & REG_NO_BIT && /^\d{15}$/.test(f.value.normalize('NFKC').replace(/\s+/g, '')),
    );
    if (regNo) note('unifiedLicence', false, regNo.ref);
  }

  const profile: ApplicationProfile = {};
  const origin: ProfileFromSnapshot['origin'] = {};
  const fields: ProfileFromSnapshot['fields'] = {};
  for (const [key, s] of seen) {
    if (s.values.size !== 1) continue;
    (profile as Record<string, unknown>)[key] = [...s.values][0];
    origin[key] = 'form';
    fields[key] = s.ref;
  }
  return { profile, origin, fields };
}

/** override (the user's answers in the popup) > form > unknown. */
export function mergeProfile(
  form: ProfileFromSnapshot,
  override: ApplicationProfile = {},
): { profile: ApplicationProfile; origin: Partial<Record<ProfileKey, ProfileOrigin>> } {
  const profile: ApplicationProfile = {};
  const origin: Partial<Record<ProfileKey, ProfileOrigin>> = {};
  const keys = new Set<ProfileKey>([
    ...(Object.keys(form.profile) as ProfileKey[]),
    ...(Object.keys(override) as ProfileKey[]),
  ]);
  for (const key of keys) {
    const o = override[key];
    const v = o !== undefined ? o : form.profile[key];
    if (v === undefined) continue;
    (profile as Record<string, unknown>)[key] = v;
    origin[key] = o !== undefined ? 'override' : 'form';
  }
  return { profile, origin };
}
