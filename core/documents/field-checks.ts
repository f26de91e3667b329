import { t, type Lang, type Params } from '../i18n/index';
import { NOT_PHONE_LABELS, ORG_NAME_LABELS, PHONE_LABELS, USCC_LABELS } from './field-synonyms';
import { normaliseLabel } from './normalise-label';
import { compileKeyLists } from './label-keys';
import type { FieldIssue, FormSnapshot, SnapshotField } from './types';
import { checkUscc } from './uscc';

/*
 * Checks on the form's own fields: the unified social credit code (which character is wrong),
 * the organisation name (not left empty), phone numbers (mainland formats).
 */

const USCC_KEYS = USCC_LABELS.map(normaliseLabel);
const ORG_NAME_KEYS = ORG_NAME_LABELS.map(normaliseLabel);
const PHONE_KEYS = PHONE_LABELS.map(normaliseLabel);
const NOT_PHONE_KEYS = NOT_PHONE_LABELS.map(normaliseLabel);

const MOBILE = /^1[3-9]\d{9}$/;
// Area code 0 + 2–3 digits, 7–8 digit number, optional extension (转123, -123, ext123, #123).
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:(?:转|-|ext\.?|x|#)\d{1,6})?$/i;
const SERVICE_NUMBER = /^[48]00-?\d{3}-?\d{4}$/;

/** One phone number as typed: spaces, full-width digits, (010) and +86 are tolerated. */
export function isValidPhone(input: string): boolean {
  let s = input.normalize('NFKC').replace(/\s+/g, '');
  const intl = /^(?:\+86|0086)-?(.*)$/.exec(s);
  if (intl) {
    // +86 drops the trunk 0 of a landline area code (+86 10 1234 5678 = 010-12345678).
    s = intl[1]!;
    if (!MOBILE.test(s) && /^[1-9]/.test(s)) s = `0${s}`;
  }
  s = s.replace(/^\((0\d{2,3})\)-?/, '$1-');
  s = s.replace(/—|–/g, '-');
  return MOBILE.test(s) || LANDLINE.test(s) || SERVICE_NUMBER.test(s);
}

/** Several numbers in one field ("010-12345678 / 13912345678") are checked one by one. */
export function splitPhones(value: string): string[] {
  return value
    .split(/[/,，、;；]|或/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function issue(lang: Lang, f: SnapshotField, field: FieldIssue['field'], code: string, params: Params): FieldIssue {
  return {
    ref: f.ref,
    field,
    code,
    severity: 'error',
    where: f.ref,
    params,
    message: t(lang, `documents.field.${code}`, { label: f.label, ...params }),
  };
}

// One scan of each label for all four lists: bit 0 USCC, 1 organisation name, 2 phone, 3 not a phone.
const FIELD_KEYS = compileKeyLists([USCC_KEYS, ORG_NAME_KEYS, PHONE_KEYS, NOT_PHONE_KEYS]);

export function checkFields(snapshot: FormSnapshot, lang: Lang = 'zh-CN'): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const f of snapshot.fields) {
    const mask = FIELD_KEYS(normaliseLabel(f.label));
    // A code is typed; a radio/select labelled 是否有统一社会信用代码 is a yes/no question, not a code.
    if (mask & 1 && (f.kind === 'text' || f.kind === 'textarea' || f.kind === 'other')) {
      if (!f.value.trim()) {
        out.push(issue(lang, f, 'uscc', 'uscc-empty', {}));
        continue;
      }
      const r = checkUscc(f.value, lang);
      if (!r.valid) {
        out.push(
          issue(lang, f, 'uscc', 'uscc-invalid', {
            detail: r.message,
            problem: r.code,
            position: r.position,
            found: r.found,
            expected: r.expected,
          }),
        );
      } else if (r.normalised) {
        out.push(issue(lang, f, 'uscc', 'uscc-normalised', { code: r.uscc }));
      }
      continue;
    }
    if (mask & 2) {
      if (!f.value.trim()) out.push(issue(lang, f, 'org-name', 'org-name-empty', {}));
      continue;
    }
    if (mask & 4 && !(mask & 8)) {
      // 联系方式 sometimes holds an e-mail address: not a phone to check.
      for (const p of splitPhones(f.value)) {
        if (p.includes('@')) continue;
        if (!isValidPhone(p)) out.push(issue(lang, f, 'phone', 'phone-invalid', { value: p }));
      }
    }
  }
  return out;
}
