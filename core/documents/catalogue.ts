import { CATALOGUE_DATA } from './catalogue-data';
import type { CatalogueRequirement } from './types';

/*
 * Our bundled document catalogue (D1–D27), as plain frozen data: no schema library is loaded here,
 * because the browser extension's content script needs it on every page. The data is validated
 * against catalogue-schema.ts by test/core/documents/catalogue.test.ts (and so on every CI run).
 */

export const REQUIREMENT_FLAGS = ['mandatory', 'conditional', 'optional', 'audit', 'obsolete'] as const;

/** D1–D27 (validated by the catalogue test, not at import time). */
export const DOCUMENT_CATALOGUE: readonly CatalogueRequirement[] = Object.freeze(CATALOGUE_DATA);

export function catalogueById(
  catalogue: readonly CatalogueRequirement[] = DOCUMENT_CATALOGUE,
): Map<string, CatalogueRequirement> {
  return new Map(catalogue.map((r) => [r.id, r]));
}
