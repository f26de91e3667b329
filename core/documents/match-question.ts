import { DATA_FIELD_HEADS, PROFILE_FIELD_RULES, QUESTION_WORDS, type ProfileFieldRule } from './field-synonyms';
import { matchKey } from './match-key';
import { matchPhrases, phraseAliases } from './phrase-match';
import type { ProfileKey } from './types';

/*
 * Form label → the profile question it asks (三证合一, 多场所, 服务方式, 申请类型, 行政许可, 组织性质),
 * by the same head-noun rules as document labels (phrase-match.ts) over PROFILE_FIELD_RULES' wordings.
 * A label whose end names a piece of data (分公司名称, 经营场所地址) is a data field, not a question.
 */

export type QuestionMatch =
  /** alias: the wording that matched; empty when matched by concept words. */
  | { ambiguous: false; key: ProfileKey; rule: ProfileFieldRule; alias: string }
  | { ambiguous: true; candidates: ProfileKey[] };

const ALIASES = phraseAliases(
  PROFILE_FIELD_RULES.flatMap((r, i) => r.labels.map((l): [string, string] => [`${i}`, l])),
);
const HEADS = DATA_FIELD_HEADS.map(matchKey);
const QUESTIONS = QUESTION_WORDS.map(matchKey);
const CONCEPTS = PROFILE_FIELD_RULES.map((r, i) => ({
  rule: i,
  groups: (r.concepts ?? []).map((g) => g.map(matchKey)),
})).filter((c) => c.groups.length > 0);

/** A label that ends in a data word (名称, 地址…) and asks nothing is a data field. */
const isDataField = (key: string, rest: string) =>
  HEADS.some((h) => rest.endsWith(h)) && !QUESTIONS.some((q) => key.includes(q));

/** Rules whose every concept group has a word in the label, with where their last word ends (the head). */
function byConcepts(key: string): QuestionMatch | null {
  const found: { rule: number; end: number }[] = [];
  for (const c of CONCEPTS) {
    let end = -1;
    const all = c.groups.every((g) => {
      let at = -1;
      for (const w of g) {
        const i = key.lastIndexOf(w);
        if (i >= 0) at = Math.max(at, i + w.length);
      }
      end = Math.max(end, at);
      return at >= 0;
    });
    if (all) found.push({ rule: c.rule, end });
  }
  if (found.length === 0) return null;
  const last = Math.max(...found.map((f) => f.end));
  const heads = found.filter((f) => f.end === last);
  const keys = [...new Set(heads.map((f) => PROFILE_FIELD_RULES[f.rule]!.key))];
  if (keys.length > 1)
    return { ambiguous: true, candidates: [...new Set(found.map((f) => PROFILE_FIELD_RULES[f.rule]!.key))] };
  if (isDataField(key, key.slice(last))) return null;
  const rule = PROFILE_FIELD_RULES[heads[0]!.rule]!;
  return { ambiguous: false, key: rule.key, rule, alias: '' };
}

const CACHE = new Map<string, QuestionMatch | null>();
const CACHE_MAX = 20_000;

function compute(label: string): QuestionMatch | null {
  const key = matchKey(label);
  const r = matchPhrases(key, ALIASES);
  if (!r) return byConcepts(key);
  if (r.kind === 'ambiguous') {
    return { ambiguous: true, candidates: [...new Set(r.candidates.map((c) => PROFILE_FIELD_RULES[+c.id]!.key))] };
  }
  if (isDataField(key, key.slice(r.end))) return null;
  const rule = PROFILE_FIELD_RULES[+r.id]!;
  return { ambiguous: false, key: rule.key, rule, alias: r.alias };
}

/** Which profile question a form label asks, if any (ambiguous: several, never guessed). */
export function matchQuestion(label: string): QuestionMatch | null {
  const hit = CACHE.get(label);
  if (hit !== undefined) return hit;
  const m = compute(label);
  if (label.length <= 200) {
    if (CACHE.size >= CACHE_MAX) CACHE.clear();
    CACHE.set(label, m);
  }
  return m;
}
