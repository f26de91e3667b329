import { ORG_TYPE_EVIDENCE, USCC_LABELS } from './field-synonyms';
import { normaliseLabel } from './normalise-label';
import type { FormSnapshot, OrgType, RequirementId, SnapshotUpload } from './types';

/*
 * The organisation type a form implies by what it asks for, when nobody states it: a form with a
 * 营业执照 upload or a 统一社会信用代码 field is written for enterprises. A form that also offers a
 * non-enterprise certificate (D3) is written for both, and implies nothing. What the applicant states
 * (组织性质 on the form, the code's own category, the popup) always wins over this.
 */

const USCC_KEYS = USCC_LABELS.map(normaliseLabel);

export interface OrgTypeEvidence {
  orgType: OrgType;
  /** The field or upload that implies it. */
  ref: string;
}

export function orgTypeFromForm(
  snapshot: FormSnapshot,
  dedicated: (id: RequirementId) => readonly SnapshotUpload[],
): OrgTypeEvidence | undefined {
  const implied = new Map<OrgType | 'other', string>();
  for (const [id, type] of Object.entries(ORG_TYPE_EVIDENCE.uploads) as [RequirementId, OrgType | 'other'][]) {
    const u = dedicated(id)[0];
    if (u && !implied.has(type)) implied.set(type, u.ref);
  }
  const code = snapshot.fields.find(
    (f) => (f.kind === 'text' || f.kind === 'other') && USCC_KEYS.some((k) => normaliseLabel(f.label).includes(k)),
  );
  if (code && !implied.has(ORG_TYPE_EVIDENCE.creditCodeField)) implied.set(ORG_TYPE_EVIDENCE.creditCodeField, code.ref);
  if (implied.size !== 1) return undefined;
  const [orgType, ref] = [...implied][0]!;
  return orgType === 'other' ? undefined : { orgType, ref };
}
