import {
  PROFILE_FIELD_RULES,
  REGISTRATION_NO_LABELS,
  USCC_LABELS,
  USCC_ORG_TYPE,
  type AnswerWords,
} from './field-synonyms';
import { normaliseLabel } from './normalise-label';
import type { ApplicationProfile, FormSnapshot, ProfileKey, ProfileOrigin, SnapshotField } from './types';
import { isValidUscc } from './uscc';

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

/** A key list indexed by first character, so a label is scanned once instead of once per key. */
interface KeyIndex {
  /** An empty key is contained in every label. */
  any: boolean;
  byFirst: Map<number, string[]>;
}
const KEY_INDEX = new WeakMap<readonly string[], KeyIndex>();

function keyIndex(keys: readonly string[]): KeyIndex {
  let ix = KEY_INDEX.get(keys);
  if (!ix) {
    ix = { any: keys.includes(''), byFirst: new Map() };
    for (const k of keys) {
      if (!k) continue;
      const list = ix.byFirst.get(k.charCodeAt(0));
      if (list) list.push(k);
      else ix.byFirst.set(k.charCodeAt(0), [k]);
    }
    KEY_INDEX.set(keys, ix);
  }
  return ix;
}

/** Whether the normalised label contains one of the (normalised) keys. */
export function labelMatches(field: Pick<SnapshotField, 'label' | 'name'>, keys: string[]): boolean {
  const label = normaliseLabel(field.label);
  const ix = keyIndex(keys);
  if (ix.any) return true;
  for (let i = 0; i < label.length; i++) {
    const list = ix.byFirst.get(label.charCodeAt(i));
    if (list) for (const k of list) if (label.startsWith(k, i)) return true;
  }
  return false;
}

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

  let usccFound = false;
  for (const f of snapshot.fields) {
    if (!f.value.trim()) continue;
    if (labelMatches(f, USCC_KEYS)) {
      const r = isValidUscc(f.value);
      if (r.valid) {
        usccFound = true;
        note('unifiedLicence', true, f.ref);
        const orgType = USCC_ORG_TYPE[r.code.slice(0, 2)];
        // The code's category is a fact; an explicit 组织性质 answer still counts and a conflict leaves it unknown.
        if (orgType) note('orgType', orgType, f.ref);
      }
      continue;
    }
    for (const { rule, labels } of RULE_KEYS) {
      if (!labelMatches(f, labels)) continue;
      const answer = readAnswer(f.value, rule.answers as AnswerWords<unknown>[]);
      if (answer !== undefined) note(rule.key, answer, f.ref);
      break;
    }
  }
  // An old 15-digit registration number, with no unified code anywhere on the form: not 三证合一.
  if (!usccFound) {
    const regNo = snapshot.fields.find((f) => labelMatches(f, REG_NO_KEYS) && /^\d{15}$/.test(f.value.normalize('NFKC').replace(/\s+/g, '')));
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
  const keys = new Set<ProfileKey>([...(Object.keys(form.profile) as ProfileKey[]), ...(Object.keys(override) as ProfileKey[])]);
  for (const key of keys) {
    const o = override[key];
    const v = o !== undefined ? o : form.profile[key];
    if (v === undefined) continue;
    (profile as Record<string, unknown>)[key] = v;
    origin[key] = o !== undefined ? 'override' : 'form';
  }
  return { profile, origin };
}
