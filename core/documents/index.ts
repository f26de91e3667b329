export * from './types';
export { DOCUMENT_CATALOGUE, catalogueById, CatalogueSchema, CatalogueRequirementSchema, ApplicabilityRuleSchema, REQUIREMENT_FLAGS } from './catalogue';
export { normaliseLabel, stripExtension } from './normalise-label';
export { matchRequirement } from './match-requirement';
export { isValidUscc, normaliseUscc, usccCheckChar, USCC_CHARSET, USCC_WEIGHTS, type UsccResult, type UsccProblemCode } from './uscc';
