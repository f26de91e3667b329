import type { Scheme, SchemeInput, SchemeNode, ScoredItem } from './schema';

/**
 * A valid scheme's tree resolved once (items in sheet order with their category and indicator, lookups by id,
 * the total), so scoring never walks parents again. No validation here: parseScheme validates first; the
 * bundled schemes are validated by core's tests (test/core/scheme/bundled.test.ts), not at every start.
 */
export function resolveScheme(s: SchemeInput): Scheme {
  const byId = new Map(s.nodes.map((n) => [n.id, n] as const));
  const hasChildren = new Set(s.nodes.map((n) => n.parent).filter((p): p is string => p !== null));
  const ancestors = (n: SchemeNode): SchemeNode[] => {
    const chain = [n];
    let cur = n;
    while (cur.parent !== null) {
      cur = byId.get(cur.parent)!;
      chain.unshift(cur);
    }
    return chain;
  };
  const items: ScoredItem[] = [];
  for (const n of s.nodes) {
    if (hasChildren.has(n.id)) continue;
    const chain = ancestors(n);
    items.push({
      ...n,
      kind: n.kind!,
      categoryId: chain[0]!.id,
      indicatorId: (chain[1] ?? chain[0])!.id,
      index: items.length,
    });
  }
  const categories = s.nodes.filter((n) => n.parent === null);
  return {
    ...s,
    items,
    itemById: new Map(items.map((i) => [i.id, i] as const)),
    categories,
    indicators: s.nodes.filter((n) => n.parent !== null && byId.get(n.parent)!.parent === null),
    byId,
    totalMax: categories.reduce((a, c) => a + c.max, 0),
  };
}
