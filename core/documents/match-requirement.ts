import { DOCUMENT_CATALOGUE } from './catalogue';
import { matchKey } from './match-key';
import { matchPhrases, phraseAliases, type PhraseAlias } from './phrase-match';
import type { AmbiguousMatch, DocumentRequirement, RequirementId, RequirementMatch } from './types';

/*
 * Label → requirement, by the head-noun rules of phrase-match.ts over the catalogue's aliases and names.
 * An obsolete document listed beside a live one (营业执照及年检证明复印件) asks for the live one.
 */

interface Prepared {
  aliases: PhraseAlias[];
  obsolete: Set<string>;
  /** A watched page is checked again on every change: each distinct label is matched once (bounded). */
  results: Map<string, RequirementMatch | AmbiguousMatch | null>;
}
const prepared = new WeakMap<readonly DocumentRequirement[], Prepared>();

function prepare(catalogue: readonly DocumentRequirement[]): Prepared {
  let p = prepared.get(catalogue);
  if (!p) {
    p = {
      aliases: phraseAliases(
        catalogue.flatMap((r) => [...r.aliases, r.name.zh, r.name.en].map((a): [string, string] => [r.id, a])),
      ),
      obsolete: new Set(catalogue.filter((r) => r.flag === 'obsolete').map((r) => r.id as string)),
      results: new Map(),
    };
    prepared.set(catalogue, p);
  }
  return p;
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
  const { aliases, obsolete } = prepare(catalogue);
  const r = matchPhrases(matchKey(labelText), aliases, (id) => obsolete.has(id));
  if (!r) return null;
  if (r.kind === 'match')
    return { ambiguous: false, id: r.id as RequirementId, alias: r.alias, confidence: r.confidence };
  return {
    ambiguous: true,
    kind: r.several ? 'combined' : 'equal',
    candidates: r.candidates.map((c) => ({ id: c.id as RequirementId, alias: c.alias })),
  };
}
