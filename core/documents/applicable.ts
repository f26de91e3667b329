import { t, type Lang } from '../i18n/index';
import { catalogueById, DOCUMENT_CATALOGUE } from './catalogue';
import type {
  ApplicabilityRule,
  ApplicationProfile,
  DocumentRequirement,
  ProfileKey,
  Reason,
  RequirementApplicability,
} from './types';

/*
 * Which documents apply to this applicant. The rules are data on each requirement (`rule`, see
 * catalogue-data.ts); this file only evaluates them. An unanswered question never decides:
 * the requirement comes back `unknown` and names the question.
 */

const DEFAULT_BY_ID = catalogueById(DOCUMENT_CATALOGUE);

/**
 * The rule of a requirement. A list without rules (e.g. DocumentRequirement from an older face)
 * falls back to our rule for the same id and flag, then to what the flag alone says.
 */
export function ruleOf(req: DocumentRequirement & { rule?: ApplicabilityRule }): ApplicabilityRule | undefined {
  if (req.rule) return req.rule;
  // Our condition for the same document (D2/D3 by org type, D5 by licence…) is kept; a plain
  // mandatory/optional flag from a certification body is taken at its word (its D18 is required).
  const ours = DEFAULT_BY_ID.get(req.id);
  if (ours && ours.flag === req.flag && ours.rule.when !== 'always') return ours.rule;
  switch (req.flag) {
    case 'mandatory':
      return { when: 'always', required: true, source: 'proposed' };
    case 'optional':
      return { when: 'always', required: false, source: 'proposed' };
    case 'audit':
      return { when: 'always', required: false, warnOnly: true, source: 'proposed' };
    case 'obsolete':
      return { when: 'never', required: false, notApplicableCode: 'obsolete', source: 'proposed' };
    case 'conditional':
      return undefined;
  }
}

export function questionText(key: ProfileKey, lang: Lang): string {
  return t(lang, `documents.question.${key}`);
}

function reason(lang: Lang, code: string, key: string, params: Record<string, string>): Reason {
  return { code, params, message: t(lang, key, params) };
}

/** Evaluate one requirement's rule against the profile. */
export function applicabilityOf(
  req: DocumentRequirement & { rule?: ApplicabilityRule },
  profile: ApplicationProfile,
  lang: Lang = 'zh-CN',
): RequirementApplicability {
  const rule = ruleOf(req);
  const name = lang === 'zh-CN' ? req.name.zh : req.name.en;
  if (!rule) {
    // A conditional requirement nobody wrote a condition for: say so, do not guess.
    const question = req.condition ? (lang === 'zh-CN' ? req.condition.zh : req.condition.en) : name;
    return {
      id: req.id,
      applicability: 'unknown',
      required: true,
      warnOnly: false,
      reason: reason(lang, 'unknown-condition', 'documents.reason.unknown-condition', { question }),
      source: 'proposed',
    };
  }
  const base = {
    id: req.id,
    required: rule.required,
    warnOnly: rule.warnOnly ?? false,
    source: rule.source,
    ...(rule.alternativeGroup ? { alternativeGroup: rule.alternativeGroup } : {}),
  };
  const notApplicable = (): RequirementApplicability => {
    const code = rule.notApplicableCode ?? 'condition-not-met';
    return { ...base, applicability: 'not-applicable', reason: reason(lang, code, `documents.na.${code}`, { name }) };
  };
  if (rule.when === 'always') return { ...base, applicability: 'applies' };
  if (rule.when === 'never') return notApplicable();
  const answer = profile[rule.when.key];
  if (answer === undefined) {
    const question = questionText(rule.when.key, lang);
    return {
      ...base,
      applicability: 'unknown',
      question: rule.when.key,
      reason: reason(lang, 'unknown-condition', 'documents.reason.unknown-condition', { question }),
    };
  }
  return (rule.when.in as readonly unknown[]).includes(answer)
    ? { ...base, applicability: 'applies' }
    : notApplicable();
}

/** For each requirement of the catalogue: applies / not-applicable (with reason) / unknown (with the question). */
export function applicableRequirements(
  profile: ApplicationProfile,
  catalogue: readonly DocumentRequirement[] = DOCUMENT_CATALOGUE,
  lang: Lang = 'zh-CN',
): RequirementApplicability[] {
  return catalogue.map((req) => applicabilityOf(req, profile, lang));
}
