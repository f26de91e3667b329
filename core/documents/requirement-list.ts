import * as z from 'zod/mini';
import { t, type Lang, type Params } from '../i18n/index';
import { failure, IssuesError, success, type Issue, type SafeResult } from '../issue';
import { zodLocale } from '../zod-locale';
import { ruleOf } from './applicable';
import { REQUIREMENT_FLAGS } from './catalogue';
import { ApplicabilityRuleSchema, CatalogueRequirementSchema } from './catalogue-schema';
import type { CatalogueRequirement } from './types';

/*
 * A certification body's own document list, as JSON (the extension's options page lets users paste
 * or load one). Same shape as our catalogue; file types, sources and rules may be left out.
 * Every problem says where (JSON path) and what is wrong, in the user's language.
 */

/** A problem in a requirement list: core's Issue; `where` is the JSON path ("[2].aliases", "(root)") */
export type RequirementListIssue = Issue;

const InputSchema = z.extend(CatalogueRequirementSchema, {
  fileTypes: z._default(CatalogueRequirementSchema.shape.fileTypes, []),
  fileTypesSource: z._default(CatalogueRequirementSchema.shape.fileTypesSource, 'certification-body'),
  sources: z._default(CatalogueRequirementSchema.shape.sources, []),
  rule: z.optional(ApplicabilityRuleSchema),
});

function pathOf(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : `.${String(s)}`;
  return out.replace(/^\./, '') || '(root)';
}

function problem(lang: Lang, path: string, code: string, params: Params = {}): RequirementListIssue {
  return {
    code,
    severity: 'error',
    where: path,
    params,
    message: t(lang, `documents.list.${code}`, { path, ...params }),
  };
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[s] : undefined;
  return v;
}

/**
 * Parse a requirement list (JSON text or an already-parsed value). Never throws: `{ success: true, data }`
 * with the list as our catalogue shape, or `{ success: false, issues }`, each issue at its JSON path.
 */
export function safeParseRequirementList(
  json: unknown,
  lang: Lang = 'zh-CN',
): SafeResult<CatalogueRequirement[], RequirementListIssue> {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      return failure([problem(lang, '(root)', 'invalid-json', { detail: (e as Error).message })]);
    }
  }
  let prefix: PropertyKey[] = [];
  if (
    data &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    Array.isArray((data as { requirements?: unknown }).requirements)
  ) {
    data = (data as { requirements: unknown[] }).requirements;
    prefix = ['requirements'];
  }
  if (!Array.isArray(data)) return failure([problem(lang, '(root)', 'not-a-list')]);
  if (data.length === 0) return failure([problem(lang, '(root)', 'empty')]);

  const problems: RequirementListIssue[] = [];
  const items: CatalogueRequirement[] = [];
  const firstIndex = new Map<string, number>();
  data.forEach((raw, i) => {
    const at = (segs: readonly PropertyKey[]) => pathOf([...prefix, i, ...segs]);
    // Duplicates are found on the raw id, so a broken first entry still counts as "first".
    const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    if (typeof rawId === 'string') {
      const prev = firstIndex.get(rawId);
      if (prev !== undefined)
        problems.push(problem(lang, at(['id']), 'duplicate-id', { id: rawId, first: pathOf([...prefix, prev]) }));
      else firstIndex.set(rawId, i);
    }
    // zod's own words, in the user's language, for anything without our own.
    const parsed = InputSchema.safeParse(raw, zodLocale(lang));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(describe(lang, issue, raw, at));
      return;
    }
    const req = parsed.data;
    if (firstIndex.get(req.id) !== i) return;
    const rule = ruleOf(req as Parameters<typeof ruleOf>[0]);
    if (!rule) {
      problems.push(problem(lang, at(['rule']), 'needs-rule', { id: req.id }));
      return;
    }
    items.push({ ...req, rule } as CatalogueRequirement);
  });
  return problems.length ? failure(problems) : success(items);
}

/** As safeParseRequirementList, but returns the list or throws an IssuesError with every issue (zod's `parse`). */
export function parseRequirementList(json: unknown, lang: Lang = 'zh-CN'): CatalogueRequirement[] {
  const r = safeParseRequirementList(json, lang);
  if (!r.success) throw new IssuesError(r.issues);
  return r.data;
}

/** Turn a zod issue into a pointed message: unknown flag, empty aliases and missing fields get their own words. */
function describe(
  lang: Lang,
  issue: z.core.$ZodIssue,
  raw: unknown,
  at: (segs: readonly PropertyKey[]) => string,
): RequirementListIssue {
  const path = at(issue.path);
  const last = issue.path[issue.path.length - 1];
  const value = valueAt(raw, issue.path);
  if (last === 'flag' && value !== undefined) {
    return problem(lang, path, 'unknown-flag', { value: String(value), allowed: REQUIREMENT_FLAGS.join(', ') });
  }
  if (last === 'aliases' && Array.isArray(value) && value.length === 0) return problem(lang, path, 'empty-aliases');
  if (value === undefined && typeof last === 'string') return problem(lang, path, 'missing-field', { field: last });
  if (last === 'id') return problem(lang, path, 'bad-id', { value: String(value) });
  if (issue.path.includes('aliases') && typeof value === 'string') return problem(lang, path, 'short-alias', { value });
  const custom = issue.code === 'custom' ? (issue.params as Params | undefined) : undefined;
  if (custom?.kind === 'profile-value')
    return problem(lang, path, 'bad-profile-value', { key: custom.key, value: custom.value, allowed: custom.allowed });
  return problem(lang, path, 'shape', { detail: issue.message });
}
