import { DOCUMENT_CATALOGUE } from './catalogue';
import { matchKey } from './match-key';
import { matchPhrases, phraseAliases, type PhraseAlias } from './phrase-match';
import type { AmbiguousMatch, DocumentRequirement, RequirementId, RequirementMatch } from './types';

/*
 * Label → requirement, by the head-noun rules of phrase-match.ts over the catalogue's aliases and names.
 * An obsolete document listed beside a live one (营业执照及年检证明复印件) asks for the live one.
 */

const aliasCache = new WeakMap<readonly DocumentRequirement[], PhraseAlias[]>();

function aliasesOf(catalogue: readonly DocumentRequirement[]): PhraseAlias[] {
  let list = aliasCache.get(catalogue);
  if (!list) {
    list = phraseAliases(
      catalogue.flatMap((r) => [...r.aliases, r.name.zh, r.name.en].map((a): [string, string] => [r.id, a])),
    );
    aliasCache.set(catalogue, list);
  }
  return list;
}

/**
 * Which requirement a form label (or a file name without extension) means.
 * Returns the match, an `ambiguous` result when two requirements are equally likely or the label
 * names several documents, or null when nothing matches.
 */
export function matchRequirement(
  labelText: string,
  catalogue: readonly DocumentRequirement[] = DOCUMENT_CATALOGUE,
): RequirementMatch | AmbiguousMatch | null {
  const obsolete = new Set(catalogue.filter((r) => r.flag === 'obsolete').map((r) => r.id as string));
  const r = matchPhrases(matchKey(labelText), aliasesOf(catalogue), (id) => obsolete.has(id));
  if (!r) return null;
  if (r.kind === 'match')
    return { ambiguous: false, id: r.id as RequirementId, alias: r.alias, confidence: r.confidence };
  return {
    ambiguous: true,
    kind: r.several ? 'combined' : 'equal',
    candidates: r.candidates.map((c) => ({ id: c.id as RequirementId, alias: c.alias })),
  };
}
