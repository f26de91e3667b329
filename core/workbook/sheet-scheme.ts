import { parseScheme } from '../scheme/parse-scheme';
import type { IndicatorKind, Scheme, SchemeInput, SchemeNode } from '../scheme/schema';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The scheme with the sheet's 分值 for the items the sheet lists: the sheet is authoritative for
 * points, the scheme for everything else. Parents are re-summed so the tree stays consistent.
 */
export function withSheetPoints(scheme: Scheme, maxById: ReadonlyMap<string, number>): Scheme {
  const key = JSON.stringify(['points', [...maxById]]);
  return parseOnce(scheme, key, () => {
    const nodes: SchemeNode[] = scheme.nodes.map((n) =>
      scheme.itemById.has(n.id) && maxById.has(n.id) ? { ...n, max: maxById.get(n.id)! } : { ...n },
    );
    const byId = new Map(nodes.map((n) => [n.id, n] as const));
    // Deepest first, so each parent sums children that are already final.
    const parents = nodes
      .filter((n) => !scheme.itemById.has(n.id))
      .sort((a, b) => b.id.split('.').length - a.id.split('.').length);
    for (const p of parents)
      p.max = round6(nodes.filter((n) => n.parent === p.id).reduce((a, n) => a + byId.get(n.id)!.max, 0));
    return { ...stripResolved(scheme), version: `${scheme.version}+sheet`, nodes };
  });
}

export interface AdHocRow {
  category: string;
  name: string;
  max: number;
  kind: IndicatorKind;
  /** The row's own 序号 / 编号 as written, kept as a note. */
  label: string;
  where: string;
}

/**
 * A scheme built from a foreign sheet's rows when its ids are not the scheme's: categories in order of
 * appearance (1, 2, …), items under them (1.1, 1.2, …). Rules (levels, veto, bonus cap, rounding) are
 * the given scheme's.
 */
export function adHocScheme(base: Scheme, sheet: string, rows: readonly AdHocRow[]): { scheme: Scheme; ids: string[] } {
  const cats: string[] = [];
  const catIndex = new Map<string, number>();
  for (const r of rows) if (!catIndex.has(r.category)) catIndex.set(r.category, cats.push(r.category));
  const counters = new Map<string, number>();
  const ids = rows.map((r) => {
    const j = (counters.get(r.category) ?? 0) + 1;
    counters.set(r.category, j);
    return `${catIndex.get(r.category)!}.${j}`;
  });
  // The scheme follows from the sheet name and the rows alone (with the base): key on exactly those.
  const key = JSON.stringify(['rows', sheet, rows]);
  const scheme = parseOnce(base, key, () => {
    const items: SchemeNode[] = rows.map((r, i) => {
      const id = ids[i]!;
      return {
        id,
        parent: String(catIndex.get(r.category)!),
        name: { zh: r.name || r.label || id, en: r.name || r.label || id },
        max: r.max,
        kind: r.kind,
        source: 'certification-body' as const,
        note: `${r.label ? `${r.label} ` : ''}(${r.where})`,
      };
    });
    const sums = new Map<string, number>();
    for (const n of items) sums.set(n.parent!, (sums.get(n.parent!) ?? 0) + n.max);
    const catNodes: SchemeNode[] = cats.map((name, i) => ({
      id: String(i + 1),
      parent: null,
      name: { zh: name, en: name },
      max: round6(sums.get(String(i + 1)) ?? 0),
      source: 'certification-body' as const,
    }));
    return {
      ...stripResolved(base),
      id: `${base.id}~sheet`,
      version: `${base.version}~${sheet}`,
      name: {
        zh: `${sheet}（按评分表自建，规则取自 ${base.name.zh}）`,
        en: `${sheet} (built from the sheet, rules of ${base.name.en})`,
      },
      nodes: [...catNodes, ...items],
    };
  });
  return { scheme, ids };
}

// A live recompute (the add-in, on every edit) builds the same scheme from the same sheet again and
// again; validating and resolving it was most of a recompute. Keep the last few per base scheme, keyed
// by everything the input is made from, so an equal input gives the scheme parsed before (schemes are
// never mutated).
const PARSED = new WeakMap<Scheme, Map<string, Scheme>>();
const PARSED_PER_BASE = 4;

function parseOnce(base: Scheme, key: string, input: () => SchemeInput): Scheme {
  let cache = PARSED.get(base);
  const hit = cache?.get(key);
  if (hit) {
    // Most recently used last.
    cache!.delete(key);
    cache!.set(key, hit);
    return hit;
  }
  const parsed = parseScheme(input()); // throws SchemeError on a bad sheet: nothing is cached then
  if (!cache) PARSED.set(base, (cache = new Map()));
  if (cache.size >= PARSED_PER_BASE) cache.delete(cache.keys().next().value!);
  cache.set(key, parsed);
  return parsed;
}

function stripResolved(s: Scheme): SchemeInput {
  return {
    id: s.id,
    version: s.version,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    nodes: s.nodes,
    rules: s.rules,
  };
}
