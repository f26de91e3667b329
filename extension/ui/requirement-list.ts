import { parseRequirementList, type Lang } from '../../core/index';
import type { CatalogueRequirement } from '../../core/documents/types';

/*
 * A certification body's own requirement list, typed as JSON on the options page. The rules live in
 * core (parseRequirementList, which names the JSON path of every problem); this file only adapts its
 * answer for the options page (the list it saves is the parser's output, which the checks then use).
 */
export type ListValidation =
  { ok: true; count: number; catalogue: CatalogueRequirement[] } | { ok: false; errors: string[] };

export function validateRequirementList(text: string, lang: Lang): ListValidation {
  const r = parseRequirementList(text, lang);
  if (r.ok) return { ok: true, count: r.catalogue.length, catalogue: r.catalogue };
  return { ok: false, errors: r.problems.map((p) => p.message) };
}
