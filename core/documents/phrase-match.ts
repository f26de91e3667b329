import { matchKey } from './match-key';
import { compareIds } from '../compare-ids';

/*
 * The matching engine shared by document labels (match-requirement.ts) and profile questions
 * (match-question.ts). A label and the aliases are compared by matchKey; then, in this order:
 * 1. A hit inside a longer hit of another id loses (分公司营业执照 is D8, not D2).
 * 2. Hits that overlap form one noun phrase. Chinese noun phrases are head-final: the hit that reaches
 *    furthest towards the end names the thing (认证申请承诺书 is a 承诺书). If another id's hit in the
 *    same phrase is longer than the head's, we are not sure: both are candidates.
 * 3. Separate phrases name separate things (营业执照及组织机构代码证: several), except that a tie
 *    inside one phrase is settled by an id the other phrases name for certain, and ids the caller
 *    calls droppable (an obsolete document) are dropped beside others.
 * Whatever is still open is returned as candidates, never guessed: a wrong match is worse than none.
 */

export type PhraseResult =
  | { kind: 'match'; id: string; alias: string; confidence: number; end: number }
  | { kind: 'ambiguous'; several: boolean; candidates: { id: string; alias: string }[] }
  | null;

/** Keyed aliases for a list of (id, alias text) pairs; duplicates and keys shorter than 2 are left out. */
export function phraseAliases<Id extends string>(pairs: Iterable<[Id, string]>): PhraseAlias<Id>[] {
  const list: PhraseAlias<Id>[] = [];
  const seen = new Set<string>();
  for (const [id, alias] of pairs) {
    const key = matchKey(alias);
    if (key.length < 2 || seen.has(`${id}\u0000${key}`)) continue;
    seen.add(`${id}\u0000${key}`);
    list.push({ id, alias, key });
  }
  return list;
}

export interface PhraseAlias<Id extends string = string> {
  id: Id;
  /** As written in the data (reported back as the alias that matched). */
  alias: string;
  /** matchKey(alias). */
  key: string;
}
interface Hit extends PhraseAlias {
  start: number;
  end: number;
}
/** One noun phrase: its candidates (one when decided) and each candidate's best hit. */
interface Phrase {
  start: number;
  ids: string[];
  best: Map<string, Hit>;
}

// Aliases indexed by their first character: a label is scanned once instead of once per alias.
const indexCache = new WeakMap<readonly PhraseAlias[], Map<string, PhraseAlias[]>>();

function indexOf(aliases: readonly PhraseAlias[]): Map<string, PhraseAlias[]> {
  let index = indexCache.get(aliases);
  if (!index) {
    index = new Map();
    for (const a of aliases) {
      const list = index.get(a.key[0]!);
      if (list) list.push(a);
      else index.set(a.key[0]!, [a]);
    }
    indexCache.set(aliases, index);
  }
  return index;
}

function hitsIn(label: string, aliases: readonly PhraseAlias[]): Hit[] {
  const index = indexOf(aliases);
  const hits: Hit[] = [];
  for (let i = 0; i < label.length; i++) {
    const list = index.get(label[i]!);
    if (!list) continue;
    for (const a of list) if (label.startsWith(a.key, i)) hits.push({ ...a, start: i, end: i + a.key.length });
  }
  return hits;
}

const len = (h: Hit) => h.end - h.start;
const inside = (inner: Hit, outer: Hit) =>
  outer.start <= inner.start && inner.end <= outer.end && len(outer) > len(inner);
const byId = compareIds;

/** Overlapping hits, grouped (hits sorted by start). */
function groupPhrases(hits: Hit[]): Hit[][] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Hit[][] = [];
  let end = -1;
  for (const h of sorted) {
    if (h.start < end) groups[groups.length - 1]!.push(h);
    else groups.push([h]);
    end = Math.max(end, h.end);
  }
  return groups;
}

function bestPerId(hits: Hit[]): Map<string, Hit> {
  const best = new Map<string, Hit>();
  for (const h of hits) {
    const prev = best.get(h.id);
    if (!prev || len(h) > len(prev) || (len(h) === len(prev) && h.end > prev.end)) best.set(h.id, h);
  }
  return best;
}

/** The head of one phrase: the hit reaching furthest right (then the longest); unsure when another is longer. */
function resolvePhrase(hits: Hit[]): Phrase {
  const best = bestPerId(hits);
  const start = Math.min(...hits.map((h) => h.start));
  if (best.size === 1) return { start, ids: [...best.keys()], best };
  const maxEnd = Math.max(...hits.map((h) => h.end));
  const atEnd = hits.filter((h) => h.end === maxEnd);
  const headLen = Math.max(...atEnd.map(len));
  const heads = new Set(atEnd.filter((h) => len(h) === headLen).map((h) => h.id));
  // A modifier longer than the head (服务商资质 | 资质证明) may be what makes the document: not sure.
  for (const h of hits) if (!heads.has(h.id) && len(h) > headLen) heads.add(h.id);
  return { start, ids: [...heads].sort(byId), best };
}

/** Match an already keyed label (matchKey) against keyed aliases. */
export function matchPhrases(
  label: string,
  aliases: readonly PhraseAlias[],
  droppable: (id: string) => boolean = () => false,
): PhraseResult {
  if (label.length < 2) return null;
  const all = hitsIn(label, aliases);
  const hits = all.filter((h) => !all.some((o) => o.id !== h.id && inside(h, o)));
  if (hits.length === 0) return null;

  const phrases = groupPhrases(hits).map(resolvePhrase);
  const certain = new Set(phrases.filter((p) => p.ids.length === 1).map((p) => p.ids[0]!));
  for (const p of phrases) {
    if (p.ids.length < 2) continue;
    const known = p.ids.filter((id) => certain.has(id));
    if (known.length === 1) p.ids = known;
  }
  if (phrases.some((p) => p.ids.length > 1)) {
    const seen = new Set<string>();
    const candidates = phrases
      .flatMap((p) => p.ids.map((id) => ({ id, alias: p.best.get(id)!.alias })))
      .filter((c) => !seen.has(c.id) && seen.add(c.id));
    return { kind: 'ambiguous', several: phrases.length > 1, candidates };
  }

  // One id per phrase; the same one may be named twice (售后服务管理体系文件及文件清单).
  let decided: { id: string; hit: Hit }[] = [];
  for (const p of phrases) {
    const id = p.ids[0]!;
    const hit = p.best.get(id)!;
    const prev = decided.find((d) => d.id === id);
    if (!prev) decided.push({ id, hit });
    else if (len(hit) > len(prev.hit)) prev.hit = hit;
  }
  const kept = decided.filter((d) => !droppable(d.id));
  if (kept.length > 0) decided = kept;
  if (decided.length === 1) {
    const { id, hit } = decided[0]!;
    const end = Math.max(...hits.filter((h) => h.id === id).map((h) => h.end));
    return { kind: 'match', id, alias: hit.alias, confidence: Math.round((len(hit) / label.length) * 100) / 100, end };
  }
  return { kind: 'ambiguous', several: true, candidates: decided.map((d) => ({ id: d.id, alias: d.hit.alias })) };
}
