import type { CodesOf, Lang, Params } from '../i18n/index';
import type { Source, Text } from '../scheme/schema';

/** E1…E16 as in docs/domain.md#eligibility-conditions. */
export const CONDITION_IDS = [
  'E1',
  'E2',
  'E3',
  'E4',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E10',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/** The answer to a yes/no question. Unanswered is `undefined`, never a default. */
export type Answer = 'yes' | 'no' | 'not-sure';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'not-sure'];

/**
 * Facts the tool checks itself, beside the yes/no answers (keyed by condition id).
 * - uscc: 统一社会信用代码 (E1, checksum)
 * - licenceDate: 营业执照成立日期 (E2, against licenceMinMonths)
 * - systemStartDate: 售后服务体系开始运行日期 (E3, against systemMinMonths)
 * - certifiedManagers / serviceManagementStaff: head counts (E6, against managerRatioPercent)
 * - outsourcing: any service contracted out? (decides whether E15 applies)
 */
export const FACT_KEYS = [
  'uscc',
  'licenceDate',
  'systemStartDate',
  'certifiedManagers',
  'serviceManagementStaff',
  'outsourcing',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];
export type InputKey = ConditionId | FactKey;

export type InputKind = 'choice' | 'date' | 'count' | 'uscc';

/**
 * What the applicant gives. Values are `unknown` on purpose: they come from JSON files, workbook cells
 * and browser storage, and checkEligibility reads them (是/否/不确定, yes/no, true/false; dates as
 * 2024-03-15, 2024/3/15, 2024年3月15日 or a Date; counts as numbers or digit strings).
 */
export type EligibilityAnswers = Partial<Record<InputKey, unknown>>;

/** One question of the self-check: a condition has one or more. */
export interface EligibilityInput {
  key: InputKey;
  kind: InputKind;
  /** The question in plain words. */
  label: Text;
  /** What counts, where to find the fact. */
  help?: Text;
}

export interface SourceRef {
  /** A heading or item as the compiled consultant articles title it (docs/domain.md#eligibility-conditions). */
  seed?: string;
  url?: string;
  note?: string;
}

/** A reason with a message under eligibility.reason.*. */
export type ReasonCode = CodesOf<'eligibility.reason'>;

/**
 * How a condition is decided, named in the catalogue (as axe-core names a rule's checks in data):
 *  - answer:          the applicant's yes / no / not sure to `input`
 *  - credit-code:     the credit code `code` must pass its checksum, and `answer` must be yes
 *  - elapsed-months:  the date `date` at least settings[`months`] months before the as-of day
 *                     (`reasons` names the message pair: licence-old-enough / licence-too-recent …)
 *  - ratio:           count `part` × 100 ≥ count `whole` × settings[`atLeastPercent`]
 *  - conditional:     applies only when `when` is answered yes; then `then` decides. Answered no: not
 *                     applicable (`notApplicable`); unanswered and `then` not met: unknown (`unknown`).
 */
export type ConditionCheck =
  | { kind: 'answer'; input: InputKey }
  | { kind: 'credit-code'; code: 'uscc'; answer: InputKey }
  | {
      kind: 'elapsed-months';
      date: 'licenceDate' | 'systemStartDate';
      months: keyof EligibilitySettings;
      reasons: { met: ReasonCode; unmet: ReasonCode };
    }
  | {
      kind: 'ratio';
      part: 'certifiedManagers';
      whole: 'serviceManagementStaff';
      atLeastPercent: keyof EligibilitySettings;
    }
  | { kind: 'conditional'; when: InputKey; then: ConditionCheck; notApplicable: ReasonCode; unknown: ReasonCode };

export interface EligibilityCondition {
  id: ConditionId;
  /** Short name, e.g. 合法注册. */
  title: Text;
  help: Text;
  /** What to do when it is not met. E2, E3 and E6 add a computed date or head count. */
  todo: Text;
  inputs: readonly EligibilityInput[];
  /** Documents (D1–D27) that evidence it. */
  documents: readonly string[];
  /** Scheme indicators it prepares for. */
  indicators: readonly string[];
  /** `standard` when the indicator's clause text asks for the same thing; `proposed` when the mapping is ours. */
  indicatorsSource: Source;
  source: { kind: Source; refs: readonly SourceRef[] };
  /** How it is decided, and from which inputs. */
  check: ConditionCheck;
  /** The setting its threshold comes from. */
  setting?: keyof EligibilitySettings;
}

export interface EligibilitySettings {
  /** 营业执照成立满 N 个月才可申请. */
  licenceMinMonths: number;
  /** 售后服务体系运行满 N 个月才可申请. */
  systemMinMonths: number;
  /** 售后服务管理师 ≥ N% of service-management staff (5.1.2.2). */
  managerRatioPercent: number;
}

export type ConditionStatus = 'met' | 'unmet' | 'unknown' | 'not-applicable';
export type Verdict = 'ready' | 'not-yet' | 'not-sure';

export interface EligibilityOptions {
  lang?: Lang;
  /** The day the check is made for (application date). Required: core never reads the clock. */
  asOf: string | Date;
  /** Where each answer came from (e.g. `自查!D7`), so a message can point at it. */
  where?: Partial<Record<InputKey, string>>;
}

export interface ConditionResult {
  id: ConditionId;
  title: string;
  status: ConditionStatus;
  statusText: string;
  /** Why this status, in the user's language. */
  reason: string;
  reasonCode: string;
  params: Params;
  /** What to do about it; null when met or not applicable. */
  todo: string | null;
  documents: string[];
  indicators: string[];
  source: EligibilityCondition['source'];
}

export interface EligibilityResult {
  engine: { name: string; version: string };
  asOf: string;
  settings: EligibilitySettings;
  verdict: Verdict;
  /** One sentence for the verdict. */
  summary: string;
  conditions: ConditionResult[];
  /** The gaps every face lists: unmet or unknown conditions, in catalogue order. */
  gaps: ConditionResult[];
  /** Ids of unmet / unknown conditions, in catalogue order. */
  unmet: ConditionId[];
  unknown: ConditionId[];
  notApplicable: ConditionId[];
}
