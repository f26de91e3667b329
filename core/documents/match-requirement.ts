import { DOCUMENT_CATALOGUE } from './catalogue';
import { matchKey } from './match-key';
import type { AmbiguousMatch, DocumentRequirement, RequirementId, RequirementMatch } from './types';

/*
 * Label → requirement. Labels and aliases are compared by matchKey (noise such as 复印件, 加盖公章,
 * 近一年 removed; 一览表/名单 read as 清单, 合同 as 协议…). Then, in this order:
 * 1. A hit inside a longer hit of another requirement loses (分公司营业执照 is D8, not D2).
 * 2. Hits that overlap form one noun phrase. Chinese noun phrases are head-final: the hit that reaches
 *    furthest towards the end names the thing (售后服务体系文件 is about 文件). If another requirement's
 *    hit in the same phrase is longer than the head's, we are not sure: both are candidates.
 * 3. Separate phrases name separate documents (营业执照及组织机构代码证: combined), except that a tie
 *    inside one phrase is settled by a requirement the other phrases name for certain, and an obsolete
 *    document beside a live one is dropped (营业执照及年检证明 is the licence).
 * Whatever is still open is returned as candidates, never guessed: a wrong match is worse than none.
 */

interface Alias {
  id: RequirementId;
  alias: string;
  key: string;
}
interface Hit extends Alias {
  start: number;
  end: number;
}
/** One noun phrase: its candidates (one when decided) and each candidate's best hit. */
interface Phrase {
  start: number;
  ids: RequirementId[];
  best: Map<RequirementId, Hit>;
}

const aliasCache = new WeakMap<readonly DocumentRequirement[], Alias[]>();

function aliasesOf(catalogue: readonly DocumentRequirement[]): Alias[] {
  let list = aliasCache.get(catalogue);
  if (!list) {
    list = [];
    const seen = new Set<string>();
    for (const r of catalogue) {
      for (const alias of [...r.aliases, r.name.zh, r.name.en]) {
        const key = matchKey(alias);
        if (key.length < 2 || seen.has(`${r.id}\u0000${key}`)) continue;
        seen.add(`${r.id}\u0000${key}`);
        list.push({ id: r.id, alias, key });
      }
    }
    aliasCache.set(catalogue, list);
  }
  return list;
}

function hitsIn(label: string, aliases: Alias[]): Hit[] {
  const hits: Hit[] = [];
  for (const a of aliases) {
    for (let from = label.indexOf(a.key); from !== -1; from = label.indexOf(a.key, from + 1)) {
      hits.push({ ...a, start: from, end: from + a.key.length });
    }
  }
  return hits;
}

const len = (h: Hit) => h.end - h.start;
const inside = (inner: Hit, outer: Hit) =>
  outer.start <= inner.start && inner.end <= outer.end && len(outer) > len(inner);
const overlap = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;
const byId = (a: RequirementId, b: RequirementId) => a.localeCompare(b, 'en', { numeric: true });

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

function bestPerId(hits: Hit[]): Map<RequirementId, Hit> {
  const best = new Map<RequirementId, Hit>();
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

/**
 * Which requirement a form label (or a file name without extension) means.
 * Returns the match, an `ambiguous` result when two requirements are equally likely or the label
 * names several documents, or null when nothing matches.
 */
export function matchRequirement(
  labelText: string,
  catalogue: readonly DocumentRequirement[] = DOCUMENT_CATALOGUE,
): RequirementMatch | AmbiguousMatch | null {
  const label = matchKey(labelText);
  if (label.length < 2) return null;
  const all = hitsIn(label, aliasesOf(catalogue));
  const hits = all.filter((h) => !all.some((o) => o.id !== h.id && inside(h, o)));
  if (hits.length === 0) return null;

  const phrases = groupPhrases(hits).map(resolvePhrase);
  // A tie in one phrase is settled by a requirement another phrase names for certain.
  const certain = new Set(phrases.filter((p) => p.ids.length === 1).map((p) => p.ids[0]!));
  for (const p of phrases) {
    if (p.ids.length < 2) continue;
    const known = p.ids.filter((id) => certain.has(id));
    if (known.length === 1) p.ids = known;
  }
  const open = phrases.filter((p) => p.ids.length > 1);
  const candidate = (p: Phrase, id: RequirementId) => ({ id, alias: p.best.get(id)!.alias });
  if (open.length > 0) {
    const seen = new Set<RequirementId>();
    const candidates = phrases
      .flatMap((p) => p.ids.map((id) => candidate(p, id)))
      .filter((c) => !seen.has(c.id) && seen.add(c.id));
    return { ambiguous: true, kind: phrases.length === 1 ? 'equal' : 'combined', candidates };
  }

  // One requirement per phrase; the same one may be named twice (售后服务管理体系文件及文件清单).
  const flagOf = new Map(catalogue.map((r) => [r.id, r.flag]));
  let decided: { id: RequirementId; hit: Hit }[] = [];
  for (const p of phrases) {
    const id = p.ids[0]!;
    const hit = p.best.get(id)!;
    const prev = decided.find((d) => d.id === id);
    if (!prev) decided.push({ id, hit });
    else if (len(hit) > len(prev.hit)) prev.hit = hit;
  }
  // An obsolete document listed beside a live one (营业执照及年检证明复印件) asks for the live one.
  const live = decided.filter((d) => flagOf.get(d.id) !== 'obsolete');
  if (live.length > 0) decided = live;
  if (decided.length === 1) {
    const { id, hit } = decided[0]!;
    return { ambiguous: false, id, alias: hit.alias, confidence: Math.round((len(hit) / label.length) * 100) / 100 };
  }
  return {
    ambiguous: true,
    kind: 'combined',
    candidates: decided.map((d) => ({ id: d.id, alias: d.hit.alias })),
  };
}
