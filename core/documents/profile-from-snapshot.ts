import {
  PROFILE_FIELD_RULES,
  REGISTRATION_NO_LABELS,
  USCC_LABELS,
  USCC_ORG_TYPE,
  type AnswerWords,
} from './field-synonyms';
import { compileKeyLists } from './label-keys';
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
const RULE_KEYS = PROFILE_FIELD_RULES.map((r) => ({ rule: r, labels: normSynonyms(r.labels) }));

// Bit 0: USCC; bit 1: old registration number; bits 2…: PROFILE_FIELD_RULES in order.
const PROFILE_KEYS = compileKeyLists([USCC_KEYS, REG_NO_KEYS, ...RULE_KEYS.map((r) => r.labels)]);
const USCC_BIT = 1;
const REG_NO_BIT = 2;
const RULE_BITS = 2;

/** The single answer a value gives, or undefined when it gives none or several different ones. */
export function readAnswer<V>(value: string, answers: AnswerWords<V>[]): V | undefined {
  let text = value.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const found = new Set<V>();
  for (const a of answers) {
    for (const w of a.words) {
      if (text.includes(w)) {
        found.add(a.value);
        text = text.split(w).join('|');
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
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
    if (!f.value.trim()) return;
    const mask = masks[i]!;
    if (mask & USCC_BIT) {
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
    // The first rule whose labels the field's label contains.
    const r = RULE_KEYS.findIndex((_, j) => mask & (1 << (RULE_BITS + j)));
    if (r < 0) return;
    const { rule } = RULE_KEYS[r]!;
    const answer = readAnswer(f.value, rule.answers as AnswerWords<unknown>[]);
    if (answer !== undefined) note(rule.key, answer, f.ref);
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
