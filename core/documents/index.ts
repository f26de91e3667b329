export * from './types';
export { DOCUMENT_CATALOGUE, catalogueById, REQUIREMENT_FLAGS } from './catalogue';
export { CatalogueSchema, CatalogueRequirementSchema, ApplicabilityRuleSchema } from './catalogue-schema';
export { normaliseLabel, stripExtension } from './normalise-label';
export { matchRequirement } from './match-requirement';
export { matchQuestion, type QuestionMatch } from './match-question';
export {
  isValidUscc,
  checkUscc,
  normaliseUscc,
  usccCheckChar,
  USCC_CHARSET,
  USCC_WEIGHTS,
  type UsccCheck,
  type UsccResult,
  type UsccProblemCode,
} from './uscc';
export { applicableRequirements, applicabilityOf, ruleOf } from './applicable';
export { profileFromSnapshot, mergeProfile, type ProfileFromSnapshot } from './profile-from-snapshot';
export { PROFILE_FIELD_RULES, USCC_LABELS, ORG_NAME_LABELS, PHONE_LABELS, USCC_ORG_TYPE } from './field-synonyms';
export { checkFields, isValidPhone, splitPhones } from './field-checks';
export { isGenericUploadLabel } from './generic-upload';
export { checkApplication, type CheckApplicationOptions } from './check-application';
export { parseRequirementList, safeParseRequirementList, type RequirementListIssue } from './requirement-list';
