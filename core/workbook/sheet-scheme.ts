import { parseScheme } from '../scheme/parse-scheme';
import type { IndicatorKind, Scheme, SchemeInput, SchemeNode } from '../scheme/schema';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The scheme with the sheet's own attributes for the items the sheet lists: its 分值 and, on a sheet
 * without a 评分方式 column, the kind its cells show (2 of 4 points on an item we only propose as yes/no
 * is points). The sheet is authoritative for those, the scheme for everything else. Parents are re-summed
 * so the tree stays consistent.
 */
export function withSheetPoints(
  scheme: Scheme,
  maxById: ReadonlyMap<string, number>,
  kindById: ReadonlyMap<string, IndicatorKind> = new Map(),
): Scheme {
  const key = JSON.stringify(['points', [...maxById], [...kindById]]);
  return parseOnce(scheme, key, () => {
    const nodes: SchemeNode[] = scheme.nodes.map((n) =>
      scheme.itemById.has(n.id)
        ? { ...n, max: maxById.get(n.id) ?? n.max, ...(kindById.has(n.id) ? { kind: kindById.get(n.id)! } : {}) }
        : { ...n },
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
  /** The row's category as the sheet names it (category column or heading above); '' when none. */
  category: string;
  name: string;
  max: number;
  kind: IndicatorKind;
  /** The row's own 序号 / 编号 as written ('' when none). */
  label: string;
  /** The row's own id, normalised ("5.1.1"), '' when none. */
  id: string;
  where: string;
}

/**
 * A scheme built from a foreign sheet's rows when its ids are not the scheme's. It speaks the sheet's
 * own numbering when the rows have dotted ids (5.1.1 … 5.3.2): categories are the scheme's categories
 * their ids start with (5.1 → 售后服务体系), else the sheet's category column or headings, else one group
 * named after the sheet (one per leading number when the ids share no prefix: 1.1 … 3.2 → 1, 2, 3). Rows without such ids (a 序号 1, 2, …) are numbered 1.1, 1.2, … under
 * categories 1, 2, … in order of appearance. Rules (levels, veto, bonus cap, rounding) are the given
 * scheme's.
 */
export function adHocScheme(base: Scheme, sheet: string, rows: readonly AdHocRow[]): { scheme: Scheme; ids: string[] } {
  const tree = ownTree(base, sheet, rows) ?? numberedTree(sheet, rows);
  // The scheme follows from the sheet name and the rows alone (with the base): key on exactly those.
  const key = JSON.stringify(['rows', sheet, rows]);
  const scheme = parseOnce(base, key, () => {
    const items: SchemeNode[] = rows.map((r, i) => {
      const id = tree.ids[i]!;
      return {
        id,
        parent: tree.parentOf[i]!,
        name: { zh: r.name || r.label || id, en: r.name || r.label || id },
        max: r.max,
        kind: r.kind,
        source: 'certification-body' as const,
        note: `${r.label ? `${r.label} ` : ''}(${r.where})`,
      };
    });
    const sums = new Map<string, number>();
    for (const n of items) sums.set(n.parent!, (sums.get(n.parent!) ?? 0) + n.max);
    const catNodes: SchemeNode[] = tree.categories.map((c) => ({
      id: c.id,
      parent: null,
      name: c.name,
      max: round6(sums.get(c.id) ?? 0),
      source: c.source,
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
  return { scheme, ids: tree.ids };
}

interface Tree {
  ids: string[];
  parentOf: string[];
  categories: { id: string; name: { zh: string; en: string }; source: SchemeNode['source'] }[];
}

const DOTTED = /^\d+(\.\d+)+$/;

/** The sheet's own ids under categories from their prefixes; null when the ids cannot make a tree. */
function ownTree(base: Scheme, sheet: string, rows: readonly AdHocRow[]): Tree | null {
  if (!rows.length || rows.some((r) => !DOTTED.test(r.id))) return null;
  if (new Set(rows.map((r) => r.id)).size !== rows.length) return null;
  const groups = new Map<string, { rows: number[]; scheme?: Scheme['categories'][number]; text: string }>();
  rows.forEach((r, i) => {
    const cat = base.categories.find((c) => r.id.startsWith(`${c.id}.`));
    const key = cat ? `s:${cat.id}` : r.category ? `t:${r.category}` : 'sheet';
    const g = groups.get(key) ?? { rows: [], ...(cat ? { scheme: cat } : {}), text: r.category };
    g.rows.push(i);
    groups.set(key, g);
  });
  const categories: Tree['categories'] = [];
  const parentOf: string[] = [];
  for (const g of groups.values()) {
    const text = g.text ? (splitLabel(g.text) ?? g.text) : '';
    if (g.scheme) {
      categories.push({ id: g.scheme.id, name: { ...g.scheme.name }, source: g.scheme.source });
      for (const i of g.rows) parentOf[i] = g.scheme.id;
      continue;
    }
    // Ids without one common prefix (1.1 … 3.2 under no heading): one category per leading number.
    const common = commonPrefix(g.rows.map((i) => rows[i]!.id));
    const parts = new Map<string, number[]>();
    for (const i of g.rows) {
      const key = common || rows[i]!.id.split('.')[0]!;
      parts.set(key, [...(parts.get(key) ?? []), i]);
    }
    for (const members of parts.values()) {
      const id = common || commonPrefix(members.map((i) => rows[i]!.id));
      if (!id) return null;
      const name = text || (common ? sheet : `${sheet} ${id}`);
      categories.push({ id, name: { zh: name, en: name }, source: 'certification-body' });
      for (const i of members) parentOf[i] = id;
    }
  }
  const catIds = new Set(categories.map((c) => c.id));
  if (catIds.size !== categories.length || rows.some((r) => catIds.has(r.id))) return null;
  return { ids: rows.map((r) => r.id), parentOf, categories };
}

/** The longest dotted prefix every id has below it ("5.4.1", "5.4.2" → "5.4"); '' when none. */
function commonPrefix(ids: readonly string[]): string {
  const parts = ids.map((id) => id.split('.'));
  const out: string[] = [];
  for (let k = 0; parts.every((p) => p.length > k + 1 && p[k] === parts[0]![k]); k++) out.push(parts[0]![k]!);
  return out.join('.');
}

/** A heading "5.4 增值服务" names its category "增值服务" (the id is shown beside it anyway). */
function splitLabel(text: string): string | null {
  const m = /^\s*\d+(?:\.\d+)*[\s、.．]+(\S.*)$/.exec(text);
  return m ? m[1]!.trim() : null;
}

/** Categories 1, 2, … in order of appearance (the sheet's text, else the sheet's name), items 1.1, 1.2, … */
function numberedTree(sheet: string, rows: readonly AdHocRow[]): Tree {
  const cats: string[] = [];
  const catIndex = new Map<string, number>();
  for (const r of rows) {
    const c = r.category || sheet;
    if (!catIndex.has(c)) catIndex.set(c, cats.push(c));
  }
  const counters = new Map<string, number>();
  const parentOf: string[] = [];
  const ids = rows.map((r, i) => {
    const c = r.category || sheet;
    const j = (counters.get(c) ?? 0) + 1;
    counters.set(c, j);
    parentOf[i] = String(catIndex.get(c)!);
    return `${catIndex.get(c)!}.${j}`;
  });
  return {
    ids,
    parentOf,
    categories: cats.map((name, i) => ({
      id: String(i + 1),
      name: { zh: name, en: name },
      source: 'certification-body' as const,
    })),
  };
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
