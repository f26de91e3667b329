import { t, type Lang, type Params } from '../i18n/index';
import { applicableRequirements } from './applicable';
import { DOCUMENT_CATALOGUE } from './catalogue';
import { checkFields } from './field-checks';
import { isGenericUploadLabel } from './generic-upload';
import { matchRequirement } from './match-requirement';
import { stripExtension } from './normalise-label';
import { orgTypeFromForm } from './org-type-evidence';
import { mergeProfile, profileFromSnapshot } from './profile-from-snapshot';
import type {
  ApplicationCheck,
  ApplicationProfile,
  DocumentRequirement,
  FormSnapshot,
  Reason,
  RequirementApplicability,
  RequirementCheck,
  RequirementId,
  SnapshotUpload,
  UnmatchedUpload,
} from './types';

export interface CheckApplicationOptions {
  lang?: Lang;
  /** A certification body's own list (see safeParseRequirementList); D1–D27 by default. */
  catalogue?: readonly DocumentRequirement[];
}

/** What the form shows for one requirement, before asking whether it applies. */
type Evidence =
  | { kind: 'present' }
  | { kind: 'review'; code: string; label: string; ids?: string; seen?: string }
  | { kind: 'empty'; label: string }
  | { kind: 'generic-empty'; label: string }
  | { kind: 'no-field' };

interface Found {
  dedicated: SnapshotUpload[];
  combined: SnapshotUpload[];
  generic: { upload: SnapshotUpload; files: string[] }[];
}

const fileNames = (u: SnapshotUpload) => (u.state === 'has-files' ? u.files.map((f) => f.name) : []);

function evidenceOf(
  found: Found,
  generics: SnapshotUpload[],
  unclaimed: Map<string, string[]>,
  combinedIds: Map<string, string>,
): Evidence {
  if (found.dedicated.some((u) => u.state === 'has-files') || found.generic.length > 0) return { kind: 'present' };
  const combinedWithFiles = found.combined.find((u) => u.state === 'has-files');
  if (combinedWithFiles)
    return {
      kind: 'review',
      code: 'combined-upload',
      label: combinedWithFiles.label,
      ids: combinedIds.get(combinedWithFiles.ref),
    };
  // Something file-like seen in a widget whose list could not be read: review with what was seen, never missing.
  const seen = [...found.dedicated, ...found.combined].find((u) => u.state !== 'has-files' && u.seen?.length);
  if (seen) return { kind: 'review', code: 'seen-upload', label: seen.label, seen: seenText(seen.seen!) };
  // A widget whose file list could not be read is review, never present.
  const unreadable = [...found.dedicated, ...found.combined].find((u) => u.state === 'unknown');
  if (unreadable) return { kind: 'review', code: 'unreadable-upload', label: unreadable.label };
  const empty = [...found.dedicated, ...found.combined][0];
  if (empty) return { kind: 'empty', label: empty.label };
  const genericUnknown = generics.find((g) => g.state === 'unknown');
  if (genericUnknown) return { kind: 'review', code: 'generic-unreadable', label: genericUnknown.label };
  const genericUnnamed = generics.find((g) => (unclaimed.get(g.ref) ?? []).length > 0);
  if (genericUnnamed) return { kind: 'review', code: 'generic-unnamed', label: genericUnnamed.label };
  if (generics[0]) return { kind: 'generic-empty', label: generics[0].label };
  return { kind: 'no-field' };
}

// Page text, shown as text: a few items, each cut short.
const seenText = (seen: string[]) =>
  seen
    .slice(0, 3)
    .map((s) => (s.length > 40 ? `${s.slice(0, 39)}…` : s))
    .join('、') + (seen.length > 3 ? ' …' : '');

function reason(lang: Lang, code: string, params: Params): Reason {
  return { code, params, message: t(lang, `documents.reason.${code}`, params) };
}

function decide(
  req: DocumentRequirement,
  app: RequirementApplicability,
  ev: Evidence,
  lang: Lang,
): Pick<RequirementCheck, 'status' | 'required' | 'reason'> {
  if (app.applicability === 'not-applicable') return { status: 'not-applicable', required: false, reason: app.reason };
  if (ev.kind === 'present') return { status: 'present', required: app.required };
  if (ev.kind === 'review' && ev.code === 'seen-upload') {
    return {
      status: 'review',
      required: app.required,
      reason: reason(lang, ev.code, { label: ev.label, seen: ev.seen ?? '' }),
    };
  }
  if (app.applicability === 'unknown') {
    const question = String(app.reason?.params.question ?? '');
    // The form offers a field for it: that is evidence the document applies, unless the applicant says otherwise.
    if (ev.kind === 'empty') {
      return {
        status: 'missing',
        required: app.required,
        reason: reason(lang, 'missing-offered', { label: ev.label, question }),
      };
    }
    const r =
      ev.kind === 'review' && ev.code === 'unreadable-upload'
        ? reason(lang, 'unreadable-unknown', { label: ev.label, question })
        : app.reason;
    return { status: 'review', required: app.required, reason: r };
  }
  const ids = ev.kind === 'review' && ev.ids ? ev.ids : req.id;
  if (app.required) {
    switch (ev.kind) {
      case 'review':
        return { status: 'review', required: true, reason: reason(lang, ev.code, { label: ev.label, ids }) };
      case 'empty':
        return { status: 'missing', required: true, reason: reason(lang, 'missing-upload', { label: ev.label }) };
      case 'generic-empty':
        return { status: 'missing', required: true, reason: reason(lang, 'generic-empty', { label: ev.label }) };
      case 'no-field':
        return { status: 'review', required: true, reason: reason(lang, 'no-field', {}) };
    }
  }
  // Not required (optional / advised / audit-time): a readable doubt is still review; anything else is an unblocking "missing".
  if (ev.kind === 'review' && (ev.code === 'unreadable-upload' || ev.code === 'combined-upload')) {
    return { status: 'review', required: false, reason: reason(lang, ev.code, { label: ev.label, ids }) };
  }
  const code = app.warnOnly ? 'audit-stage' : ev.kind === 'empty' ? 'optional-missing' : 'optional-not-on-form';
  return { status: 'missing', required: false, reason: reason(lang, code, {}) };
}

/**
 * Check an application form against the document requirements.
 * Profile answers: `profile` (the user's own, from the popup) > what the form says > unknown.
 */
export function checkApplication(
  snapshot: FormSnapshot,
  profile?: ApplicationProfile,
  options: CheckApplicationOptions = {},
): ApplicationCheck {
  const lang = options.lang ?? 'zh-CN';
  const catalogue = options.catalogue ?? DOCUMENT_CATALOGUE;
  const fromForm = profileFromSnapshot(snapshot);

  const found = new Map<RequirementId, Found>(
    catalogue.map((r) => [r.id, { dedicated: [], combined: [], generic: [] }]),
  );
  const unmatchedUploads: UnmatchedUpload[] = [];
  const generics: SnapshotUpload[] = [];
  const unclaimed = new Map<string, string[]>();
  const combinedIds = new Map<string, string>();

  for (const u of snapshot.uploads) {
    if (isGenericUploadLabel(u.label)) {
      generics.push(u);
      continue;
    }
    const m = matchRequirement(u.label, catalogue);
    if (m && !m.ambiguous) found.get(m.id)!.dedicated.push(u);
    else if (m && m.kind === 'combined') {
      for (const c of m.candidates) found.get(c.id)!.combined.push(u);
      combinedIds.set(u.ref, m.candidates.map((c) => c.id).join('、'));
    } else
      unmatchedUploads.push({
        ref: u.ref,
        label: u.label,
        files: fileNames(u),
        ...(m ? { candidates: m.candidates.map((c) => c.id) } : {}),
      });
  }
  // Generic uploads: each file counts for the requirement its name names, if exactly one.
  for (const g of generics) {
    const left: string[] = [];
    for (const name of fileNames(g)) {
      const m = matchRequirement(stripExtension(name), catalogue);
      if (m && !m.ambiguous) {
        const f = found.get(m.id)!;
        const entry = f.generic.find((e) => e.upload === g);
        if (entry) entry.files.push(name);
        else f.generic.push({ upload: g, files: [name] });
      } else left.push(name);
    }
    unclaimed.set(g.ref, left);
    if (left.length) unmatchedUploads.push({ ref: g.ref, label: g.label, files: left });
  }

  // Nobody states the organisation type: the form's own fields may imply it (a 营业执照 upload → enterprise).
  const evidence =
    fromForm.profile.orgType === undefined && profile?.orgType === undefined
      ? orgTypeFromForm(snapshot, (id) => found.get(id)?.dedicated ?? [])
      : undefined;
  if (evidence) {
    fromForm.profile.orgType = evidence.orgType;
    fromForm.origin.orgType = 'form';
    fromForm.fields.orgType = evidence.ref;
  }
  const merged = mergeProfile(fromForm, profile);

  const applicability = new Map(applicableRequirements(merged.profile, catalogue, lang).map((a) => [a.id, a]));
  if (evidence) {
    // Say why: the form asks for a licence, so we took the applicant for an enterprise (the popup can change it).
    for (const a of applicability.values()) {
      if (a.applicability === 'not-applicable' && a.reason && a.reason.code === 'enterprise') {
        a.reason = {
          code: 'enterprise-by-form',
          params: a.reason.params,
          message: t(lang, 'documents.na.enterprise-by-form', a.reason.params),
        };
      }
    }
  }
  const requirements: RequirementCheck[] = catalogue.map((req) => {
    const f = found.get(req.id)!;
    const app = applicability.get(req.id)!;
    const decided = decide(req, app, evidenceOf(f, generics, unclaimed, combinedIds), lang);
    const refs = [...f.dedicated, ...f.combined, ...f.generic.map((g) => g.upload)].map((u) => u.ref);
    const files = [
      ...f.dedicated.flatMap(fileNames),
      ...f.combined.flatMap(fileNames),
      ...f.generic.flatMap((g) => g.files),
    ];
    return {
      id: req.id,
      name: req.name,
      flag: req.flag,
      ...decided,
      fields: [...new Set(refs)],
      files: [...new Set(files)],
      ...(app.applicability === 'unknown' && app.question ? { question: app.question } : {}),
      ...(app.warnOnly ? { warnOnly: true } : {}),
    };
  });
  resolveAlternatives(requirements, applicability, catalogue, lang);

  const summary = { present: 0, missing: 0, review: 0, notApplicable: 0, missingRequired: 0 };
  for (const r of requirements) {
    if (!r.reason) delete r.reason;
    if (r.status === 'present') summary.present++;
    else if (r.status === 'missing') {
      summary.missing++;
      if (r.required) summary.missingRequired++;
    } else if (r.status === 'review') summary.review++;
    else summary.notApplicable++;
  }
  return {
    requirements,
    unmatchedUploads,
    fieldIssues: checkFields(snapshot, lang),
    limitations: [...snapshot.limitations],
    profile: merged.profile,
    profileOrigin: merged.origin,
    profileFields: Object.fromEntries(
      Object.entries(fromForm.fields).filter(([k]) => merged.origin[k as keyof ApplicationProfile] === 'form'),
    ),
    summary,
  };
}

/** Alternatives (D2 business licence / D3 other legal-status certificate): one present satisfies the others. */
function resolveAlternatives(
  requirements: RequirementCheck[],
  applicability: Map<RequirementId, RequirementApplicability>,
  catalogue: readonly DocumentRequirement[],
  lang: Lang,
): void {
  const groups = new Map<string, RequirementCheck[]>();
  for (const r of requirements) {
    const g = applicability.get(r.id)?.alternativeGroup;
    if (g) groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  for (const members of groups.values()) {
    const present = members.find((m) => m.status === 'present');
    if (!present) {
      // The form offers an upload for each alternative and nobody says which applies: one is needed, not both.
      const offered = members.filter((m) => m.status === 'missing' && m.reason?.code === 'missing-offered');
      if (offered.length > 1) {
        const labels = offered.map((m) => String(m.reason!.params.label)).join('”/“');
        for (const m of offered) {
          m.status = 'review';
          m.reason = {
            code: 'alternative-offered',
            params: { labels },
            message: t(lang, 'documents.reason.alternative-offered', { labels }),
          };
        }
      }
      continue;
    }
    const other = catalogue.find((c) => c.id === present.id)!;
    for (const m of members) {
      if (m === present || m.status === 'present' || m.status === 'not-applicable') continue;
      m.status = 'not-applicable';
      m.required = false;
      delete m.question;
      const params = { other: present.id, otherName: lang === 'zh-CN' ? other.name.zh : other.name.en };
      m.reason = { code: 'alternative-present', params, message: t(lang, 'documents.na.alternative-present', params) };
    }
  }
}
