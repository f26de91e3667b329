import { t, type Lang } from '../i18n/index';
import type { LevelId, Scheme, SchemeNode } from '../scheme/schema';
import { evaluateItem, type ItemEvaluation, type ScoringCode } from './evaluate-item';
import { countedBonuses, finalScore } from './final-score';
import { isVetoed, levelByScore, levelOf } from './rules';
import { nextLevelOf } from './next-level';
import type {
  AuditInput,
  AuditResult,
  GroupResult,
  IndicatorResponse,
  ItemResult,
  ItemStatus,
  ScoringIssue,
  ScoreOptions,
} from './types';

export const ENGINE = { name: 'gbt27922-core', version: '0.1.0' } as const;

/**
 * Score one audit against a scheme. Pure and synchronous; never throws on bad answers: each becomes an
 * issue with its place, and the score is null when it cannot be computed honestly.
 */
export function score(scheme: Scheme, input: AuditInput, options: ScoreOptions = {}): AuditResult {
  const lang: Lang = options.lang ?? 'zh-CN';
  const issues: ScoringIssue[] = [];
  const issue = (
    code: ScoringCode,
    severity: ScoringIssue['severity'],
    where: string,
    params: ScoringIssue['params'],
    indicatorId?: string,
  ) =>
    issues.push({
      code,
      severity,
      where,
      params,
      message: t(lang, `scoring.${code}`, { where, ...params }),
      ...(indicatorId ? { indicatorId } : {}),
      ...(indicatorId && scheme.itemById.has(indicatorId)
        ? { indicatorName: scheme.itemById.get(indicatorId)!.name }
        : {}),
    });

  // Responses by id; duplicates and unknown ids are reported, never merged silently.
  const byId = new Map<string, { r: IndicatorResponse; i: number }>();
  const duplicated = new Set<string>();
  input.responses.forEach((r, i) => {
    const where = r.where?.id ?? r.where?.value ?? `responses[${i}]`;
    if (!scheme.itemById.has(r.id)) {
      issue('unknown-indicator', 'error', where, { id: r.id, scheme: scheme.id }, r.id);
      return;
    }
    const prev = byId.get(r.id);
    if (prev) {
      duplicated.add(r.id);
      issue(
        'duplicate-response',
        'error',
        where,
        { id: r.id, first: prev.r.where?.id ?? prev.r.where?.value ?? `responses[${prev.i}]` },
        r.id,
      );
      return;
    }
    byId.set(r.id, { r, i });
  });

  const invalidIds: string[] = [];
  let earned = 0;
  let scoredMax = 0;
  let applicableMax = 0;
  const unscoredIds: string[] = [];
  const items: ItemResult[] = scheme.items.map((item) => {
    const hit = byId.get(item.id);
    const ev: ItemEvaluation = duplicated.has(item.id)
      ? { applies: true, earned: null, status: 'invalid', invalid: true, issues: [] }
      : evaluateItem(item, hit?.r, { foreignSheet: input.foreignSheet === true });
    for (const raw of ev.issues) {
      const where = hit?.r.where?.[raw.field] ?? `responses[${hit?.i}].${raw.field}`;
      issue(raw.code, raw.severity, where, { ...raw.params, max: item.max, id: item.id }, item.id);
    }
    if (ev.invalid) invalidIds.push(item.id);
    if (ev.applies) {
      applicableMax += item.max;
      if (ev.earned !== null) {
        earned += ev.earned;
        scoredMax += item.max;
      } else if (!ev.invalid) unscoredIds.push(item.id);
    }
    return {
      id: item.id,
      categoryId: item.categoryId,
      indicatorId: item.indicatorId,
      name: item.name,
      kind: item.kind,
      max: item.max,
      applies: ev.applies,
      applicable: ev.applies,
      earned: ev.earned,
      lost: ev.earned !== null ? item.max - ev.earned : 0,
      status: ev.status,
      ...(ev.samples !== undefined ? { samples: ev.samples, nonconforming: ev.nonconforming } : {}),
      ...(hit?.r.where ? { where: hit.r.where } : {}),
    };
  });

  const rules = scheme.rules;
  const deductions = input.specialDeductions?.length ?? 0;
  const bonusOffered = input.bonuses?.length ?? 0;
  const bonus = countedBonuses(bonusOffered, rules);
  const vetoed = isVetoed(deductions, rules);
  const vetoReason = vetoed
    ? {
        code: 'veto',
        message: t(lang, 'scoring.veto', { count: deductions, limit: rules.veto.specialDeductionsAtOrAbove }),
      }
    : null;

  const computable = invalidIds.length === 0;
  if (!computable) issue('invalid-inputs', 'error', '', { count: invalidIds.length });
  if (applicableMax === 0) issue('nothing-applicable', 'error', '', {});
  else if (scoredMax === 0 && computable) issue('nothing-scored', 'warning', '', {});
  if (unscoredIds.length && scoredMax > 0) issue('provisional', 'warning', '', { count: unscoredIds.length });

  const now = computable ? finalScore(earned, scoredMax, deductions, bonus, rules) : null;
  const best = computable
    ? finalScore(earned + (applicableMax - scoredMax), applicableMax, deductions, bonus, rules)
    : null;

  const audit = { specialDeductions: deductions, monthsAtCompliantLevel: input.monthsAtCompliantLevel };
  const levelAt = (s: number | null): LevelId | null => (s === null ? null : levelOf(s, audit, rules));
  const level = levelAt(now?.final ?? null);
  if (now && !vetoed && level !== levelByScore(now.final, rules))
    issue('star-wait', 'warning', '', { months: input.monthsAtCompliantLevel ?? 0 });

  return {
    engine: { ...ENGINE },
    scheme: { id: scheme.id, version: scheme.version },
    score: now?.final ?? null,
    provisional: unscoredIds.length > 0,
    scoreIfRemainingConform: best?.final ?? null,
    normalised: now?.normalised ?? null,
    level,
    levelIfRemainingConform: levelAt(best?.final ?? null),
    vetoed,
    vetoReason,
    earned,
    applicableMax,
    scoredMax,
    applicable: scoredMax,
    applicableTotal: applicableMax,
    specialDeductions: deductions,
    bonus,
    bonusOffered,
    unscored: unscoredIds.length,
    unscoredIds,
    invalid: invalidIds.length,
    invalidIds,
    categories: groups(scheme.categories, items, 'categoryId', computable),
    indicators: groups(scheme.indicators, items, 'indicatorId', computable),
    items,
    nextLevel:
      now && level !== null
        ? nextLevelOf(scheme, items, {
            earned,
            scoredMax,
            deductions,
            bonus,
            score: now.final,
            level,
            vetoed,
            monthsAtCompliantLevel: input.monthsAtCompliantLevel,
          })
        : null,
    issues,
  };
}

/** Subtotals per category or indicator, in one pass over the items (audits may have hundreds of rows). */
function groups(
  nodes: readonly SchemeNode[],
  items: readonly ItemResult[],
  key: 'categoryId' | 'indicatorId',
  computed: boolean,
): GroupResult[] {
  type Acc = {
    earned: number;
    applicableMax: number;
    scoredMax: number;
    unscored: number;
    invalid: number;
    any: number;
    statuses: Set<ItemStatus>;
  };
  const acc = new Map<string, Acc>(
    nodes.map((n) => [
      n.id,
      { earned: 0, applicableMax: 0, scoredMax: 0, unscored: 0, invalid: 0, any: 0, statuses: new Set() },
    ]),
  );
  for (const it of items) {
    const g = acc.get(it[key]);
    if (!g) continue;
    g.any++;
    g.statuses.add(it.status);
    if (it.status === 'invalid') g.invalid++;
    if (!it.applies) continue;
    g.applicableMax += it.max;
    if (it.earned !== null) {
      g.earned += it.earned;
      g.scoredMax += it.max;
    } else if (it.status !== 'invalid') g.unscored++;
  }
  return nodes.map((node) => {
    const { earned, applicableMax, scoredMax, unscored, invalid, any, statuses } = acc.get(node.id)!;
    const status: ItemStatus =
      !any || (statuses.size === 1 && statuses.has('not-applicable'))
        ? 'not-applicable'
        : statuses.has('invalid')
          ? 'invalid'
          : statuses.has('nonconform')
            ? 'nonconform'
            : statuses.has('review')
              ? 'review'
              : statuses.has('unscored')
                ? 'unscored'
                : 'conform';
    return {
      id: node.id,
      name: node.name,
      max: node.max,
      earned,
      applicableMax,
      scoredMax,
      applicable: applicableMax,
      applicableScored: scoredMax,
      lost: scoredMax - earned,
      unscored,
      invalid,
      computed,
      percent: scoredMax > 0 ? Math.round((1000 * earned) / scoredMax) / 10 : null,
      status,
    };
  });
}
