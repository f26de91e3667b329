import type { Issue } from '../issue';
import type { Source, Text } from '../scheme/schema';

/*
 * The contract between the faces that see an application form (the browser extension) and core's
 * document rules. A face builds a FormSnapshot (plain JSON, no DOM); core answers with an
 * ApplicationCheck. Nothing here knows about HTML.
 */

/** D1…D27 as in docs/domain.md#application-documents. */
export type RequirementId = `D${number}`;

/** M = mandatory, C = conditional, O = optional, A = checked at audit time (warn only), obsolete = never required. */
export type RequirementFlag = 'mandatory' | 'conditional' | 'optional' | 'audit' | 'obsolete';

export type OrgType = 'enterprise' | 'institution' | 'social-org' | 'private-non-enterprise' | 'government';
export type ServiceMode = 'own' | 'contracted' | 'mixed';
export type ApplicationType = 'initial' | 'recert' | 'transfer';

/** What decides which documents apply. Unknown = undefined (core then says `review`, never guesses). */
export interface ApplicationProfile {
  orgType?: OrgType;
  /** 三证合一 / 多证合一: the licence carries an 18-character unified social credit code. */
  unifiedLicence?: boolean;
  multiSite?: boolean;
  serviceMode?: ServiceMode;
  regulatedProducts?: boolean;
  applicationType?: ApplicationType;
}

export type ProfileKey = keyof ApplicationProfile;
/** Where each profile value came from. */
export type ProfileOrigin = 'form' | 'override' | 'default';

export interface SnapshotField {
  /** The face's handle for the element (to jump to it / outline it). Opaque to core. */
  ref: string;
  /** The best label text the face found (label[for], form-item label, aria-label, row header, …). */
  label: string;
  /** Added: where the label came from: markup (`for`, aria, wrapping label, form item), `layout` (the label cell of the same row), or `hint` (title, placeholder, nearby text). */
  labelSource?: 'markup' | 'layout' | 'hint';
  name?: string;
  kind: 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'date' | 'other';
  /** Current value; for select/radio the chosen option's visible text; for a checkbox group the checked labels joined by '、'. */
  value: string;
  options?: string[];
  required?: boolean;
}

export interface SnapshotFile {
  name: string;
  size?: number;
  type?: string;
}

export interface SnapshotUpload {
  ref: string;
  label: string;
  /** Which widget the face recognised (element: Element UI 2 and Element Plus; antd: Ant Design and Ant Design Vue). */
  widget: 'native' | 'element' | 'antd' | 'layui' | 'webuploader' | 'tdesign' | 'arco' | 'naive' | 'vant' | 'generic';
  /** `unknown` when the face found the widget but could not read its file list → core says `review`, never `present`. */
  state: 'has-files' | 'empty' | 'unknown';
  files: SnapshotFile[];
  accept?: string;
  required?: boolean;
  /**
   * Added: with state `unknown`, what the face saw inside the widget that looks like a file already there
   * (a file name, a thumbnail, a file-list row) although it could not read a file list. Page text, capped.
   */
  seen?: string[];
}

/**
 * A part of the page the scanner could not read: core's Issue, always a warning; `where` is the frame's
 * URL, or '' when the whole scan was cut short (node or depth limit).
 */
export interface Limitation extends Issue<
  'cross-origin-frame' | 'node-limit' | 'depth-limit' | 'closed-shadow-root' | string
> {
  /** e.g. the frame's URL, or the limit that was reached. */
  detail?: string;
}

export interface FormSnapshot {
  url?: string;
  title?: string;
  fields: SnapshotField[];
  uploads: SnapshotUpload[];
  limitations: Limitation[];
}

export interface DocumentRequirement {
  id: RequirementId;
  flag: RequirementFlag;
  name: Text;
  /** When it applies / notes. */
  condition?: Text;
  /** Label texts that mean this document, zh and en, normalised at match time. */
  aliases: string[];
  /** Typical file extensions, lower case without the dot (PROPOSED: no source states them). */
  fileTypes: string[];
  fileTypesSource: Source;
  /** URLs from the reference. */
  sources: string[];
}

export type RequirementStatus = 'present' | 'missing' | 'review' | 'not-applicable';

/**
 * Why a requirement has its status (not applicable, needs review, missing). Not a problem of its own:
 * the part of core's Issue that explains, without severity (the status says it) or where (the requirement is).
 */
export type Reason = Pick<Issue, 'code' | 'params' | 'message'>;

export interface RequirementCheck {
  id: RequirementId;
  name: Text;
  flag: RequirementFlag;
  status: RequirementStatus;
  /** Whether a missing document blocks submission (required) or is only advised. */
  required: boolean;
  /** Why not-applicable / review / missing, in the user's language. */
  reason?: Reason;
  /** Refs of uploads/fields matched to this requirement. */
  fields: string[];
  /** File names attached for it. */
  files: string[];
  /** Added: for a condition nobody answered, the profile question that decides it (the popup can ask it). */
  question?: ProfileKey;
  /** Added: audit-time document, mentioned but never blocking. */
  warnOnly?: boolean;
}

/** A form field whose value is wrong: core's Issue, `where` is the field's ref (the same as `ref`). */
export interface FieldIssue extends Issue {
  ref: string;
  field: 'uscc' | 'org-name' | 'phone' | string;
}

export interface ApplicationCheck {
  requirements: RequirementCheck[];
  unmatchedUploads: UnmatchedUpload[];
  fieldIssues: FieldIssue[];
  limitations: Limitation[];
  profile: ApplicationProfile;
  profileOrigin: Partial<Record<ProfileKey, ProfileOrigin>>;
  /** Added: ref of the form field each profile answer was read from (origin `form`). */
  profileFields?: Partial<Record<ProfileKey, string>>;
  summary: { present: number; missing: number; review: number; notApplicable: number; missingRequired: number };
}

/* ---- Added by core/documents (additive only: the fields above are a contract). ---- */

/** A test on one profile answer; `in` lists the values for which the requirement applies. */
export type ProfileTest =
  | { key: 'orgType'; in: OrgType[] }
  | { key: 'serviceMode'; in: ServiceMode[] }
  | { key: 'applicationType'; in: ApplicationType[] }
  | { key: 'unifiedLicence' | 'multiSite' | 'regulatedProducts'; in: boolean[] };

/** Where a checker rule comes from: the published lists (docs/domain.md#application-documents), or our own proposal. */
export type RuleSource = 'reference' | 'proposed';

/**
 * When a requirement applies, as data. `always` / `never`, or a profile test: true → applies,
 * false → not-applicable (with `notApplicableCode`), answer unknown → the check says review.
 */
export interface ApplicabilityRule {
  when: 'always' | 'never' | ProfileTest;
  /** Whether a missing document blocks submission when the rule applies. */
  required: boolean;
  /** Audit-time documents: mentioned, never blocking. */
  warnOnly?: boolean;
  /** Message key suffix under `documents.na.` for the not-applicable reason. */
  notApplicableCode?: string;
  /** Requirements in the same group are alternatives: one present satisfies all (D2/D3 legal status). */
  alternativeGroup?: string;
  source: RuleSource;
  /** Why the rule is what it is (shown to maintainers, not users). */
  note?: string;
}

export interface CatalogueRequirement extends DocumentRequirement {
  rule: ApplicabilityRule;
}

export type Applicability = 'applies' | 'not-applicable' | 'unknown';

export interface RequirementApplicability {
  id: RequirementId;
  applicability: Applicability;
  required: boolean;
  warnOnly: boolean;
  alternativeGroup?: string;
  /** For not-applicable: why; for unknown: which question to answer. */
  reason?: Reason;
  /** For unknown: the profile answer that would decide it. */
  question?: ProfileKey;
  source: RuleSource;
}

export interface RequirementMatch {
  ambiguous: false;
  id: RequirementId;
  /** 1 = the label is exactly an alias; lower = the alias is a smaller part of the label. */
  confidence: number;
  /** The catalogue alias (as written there) that matched. */
  alias: string;
}

export interface AmbiguousMatch {
  ambiguous: true;
  /**
   * `equal`: two requirements match the same words equally well (never guessed);
   * `combined`: the label names several documents in separate words (e.g. 营业执照及组织机构代码证).
   */
  kind: 'equal' | 'combined';
  candidates: { id: RequirementId; alias: string }[];
}

export interface UnmatchedUpload {
  ref: string;
  label: string;
  files: string[];
  /** Set when the label matched several requirements equally (not guessed). */
  candidates?: RequirementId[];
}
