import { DOCUMENT_CATALOGUE } from './catalogue';
import { normaliseLabel } from './normalise-label';
import type { AmbiguousMatch, DocumentRequirement, RequirementId, RequirementMatch } from './types';

/*
 * Label → requirement. An alias matches where its normalised text occurs in the normalised label.
 * A match inside a longer match of another requirement loses (分公司营业执照 is D8, not D2;
 * 售后服务承诺书 is D24, not D18's 承诺书). Whatever is left over is never guessed between.
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

const aliasCache = new WeakMap<readonly DocumentRequirement[], Alias[]>();

function aliasesOf(catalogue: readonly DocumentRequirement[]): Alias[] {
  let list = aliasCache.get(catalogue);
  if (!list) {
    list = [];
    for (const r of catalogue) {
      for (const alias of [...r.aliases, r.name.zh, r.name.en]) {
        const key = normaliseLabel(alias);
        if (key.length >= 2) list.push({ id: r.id, alias, key });
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

const inside = (inner: Hit, outer: Hit) =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
const overlap = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/**
 * Which requirement a form label (or a file name without extension) means.
 * Returns the match, an `ambiguous` result when two requirements are equally likely or the label
 * names several documents, or null when nothing matches.
 */
export function matchRequirement(
  labelText: string,
  catalogue: readonly DocumentRequirement[] = DOCUMENT_CATALOGUE,
): RequirementMatch | AmbiguousMatch | null {
  const label = normaliseLabel(labelText);
  if (label.length < 2) return null;
  const hits = hitsIn(label, aliasesOf(catalogue));
  if (hits.length === 0) return null;

  // Best (longest) hit per requirement that is not swallowed by another requirement's longer hit.
  const best = new Map<RequirementId, Hit>();
  for (const h of hits) {
    if (hits.some((o) => o.id !== h.id && inside(h, o))) continue;
    const prev = best.get(h.id);
    if (!prev || h.end - h.start > prev.end - prev.start) best.set(h.id, h);
  }
  const left = [...best.values()];
  if (left.length === 0) return null;
  if (left.length === 1) {
    const h = left[0]!;
    return {
      ambiguous: false,
      id: h.id,
      alias: h.alias,
      confidence: Math.round(((h.end - h.start) / label.length) * 100) / 100,
    };
  }
  const combined = left.every((a, i) => left.every((b, j) => i === j || !overlap(a, b)));
  left.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return {
    ambiguous: true,
    kind: combined ? 'combined' : 'equal',
    candidates: left.map((h) => ({ id: h.id, alias: h.alias })),
  };
}
