import { t, type CodesOf, type Lang, type Params } from '../i18n/index';
import { IssuesError, type Issue, type SafeResult } from '../issue';
import { zodLocale } from '../zod-locale';
import { resolveScheme } from './resolve';
import { LEVEL_IDS, schemeSchemas, type Scheme, type SchemeInput, type SchemeNode } from './schema';

/** A problem in a scheme; `where` is the JSON path (`nodes[4].max`). */
export type SchemeIssue = Issue;
/** @deprecated use SchemeIssue (an Issue; the JSON path is in `where`). */
export type SchemeProblem = SchemeIssue;

/** What parseScheme throws: every issue of the scheme. */
export class SchemeError extends IssuesError<SchemeIssue> {
  constructor(issues: readonly SchemeIssue[]) {
    super(issues);
    this.name = 'SchemeError';
  }
}

export type SchemeParseResult = SafeResult<Scheme, SchemeIssue>;

// Points are decimals like 2.5; compare sums with a tolerance so 0.1 + 0.2 passes.
const EPS = 1e-9;

function problem(lang: Lang, path: string, code: CodesOf<'scheme'>, params: Params): SchemeIssue {
  return { code, severity: 'error', where: path, params, message: t(lang, `scheme.${code}`, { path, ...params }) };
}

function pathOf(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${String(s)}` : String(s);
  return out || '(root)';
}

/**
 * Validate a scheme (a certification body's own JSON, or one of ours) and resolve its tree.
 * Never throws; every problem says where (JSON path) and what to change.
 */
export function safeParseScheme(input: unknown, lang: Lang = 'zh-CN'): SchemeParseResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { success: false, issues: [problem(lang, '(root)', 'invalid-json', { detail: (e as Error).message })] };
    }
  }
  const parsed = schemeSchemas().SchemeSchema.safeParse(json, zodLocale(lang));
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map((i) => problem(lang, pathOf(i.path), 'shape', { detail: i.message })),
    };
  }
  const problems = checkTree(parsed.data, lang).concat(checkRules(parsed.data, lang));
  if (problems.length) return { success: false, issues: problems };
  return { success: true, data: resolveScheme(parsed.data) };
}

/** Like safeParseScheme, but throws a SchemeError listing every problem. */
export function parseScheme(input: unknown, lang: Lang = 'zh-CN'): Scheme {
  const r = safeParseScheme(input, lang);
  if (!r.success) throw new SchemeError(r.issues);
  return r.data;
}

function checkTree(s: SchemeInput, lang: Lang): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  const firstIndex = new Map<string, number>();
  s.nodes.forEach((n, i) => {
    const prev = firstIndex.get(n.id);
    if (prev !== undefined)
      out.push(problem(lang, `nodes[${i}].id`, 'duplicate-id', { id: n.id, first: `nodes[${prev}]` }));
    else firstIndex.set(n.id, i);
  });
  const children = new Map<string, SchemeNode[]>();
  s.nodes.forEach((n, i) => {
    if (n.parent === null) return;
    if (!firstIndex.has(n.parent)) {
      out.push(problem(lang, `nodes[${i}].parent`, 'unknown-parent', { parent: n.parent }));
      return;
    }
    if (!n.id.startsWith(`${n.parent}.`))
      out.push(problem(lang, `nodes[${i}].id`, 'parent-not-prefix', { id: n.id, parent: n.parent }));
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  });
  if (!s.nodes.some((n) => n.parent === null)) out.push(problem(lang, 'nodes', 'no-categories', {}));
  s.nodes.forEach((n, i) => {
    const kids = children.get(n.id);
    if (kids?.length) {
      const sum = kids.reduce((a, k) => a + k.max, 0);
      if (Math.abs(sum - n.max) > EPS)
        out.push(problem(lang, `nodes[${i}].max`, 'points-mismatch', { id: n.id, max: n.max, sum: round6(sum) }));
    } else if (!n.kind) {
      out.push(problem(lang, `nodes[${i}].kind`, 'missing-kind', { id: n.id }));
    }
  });
  return out;
}

function checkRules(s: SchemeInput, lang: Lang): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  const order = LEVEL_IDS.slice(1);
  let expected = 0;
  s.rules.levels.forEach((l, i) => {
    const at = order.indexOf(l.id);
    if (at < expected) out.push(problem(lang, `rules.levels[${i}].id`, 'levels-order', { id: l.id }));
    expected = Math.max(expected, at + 1);
    const prev = s.rules.levels[i - 1];
    if (prev && l.min <= prev.min) {
      out.push(
        problem(lang, `rules.levels[${i}].min`, 'thresholds-order', {
          id: l.id,
          min: l.min,
          prevId: prev.id,
          prevMin: prev.min,
        }),
      );
    }
  });
  return out;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
