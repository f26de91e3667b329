import * as z from 'zod/mini';
import { once } from '../once';

export const LEVEL_IDS = ['fail', 'compliant', '3-star', '4-star', '5-star'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

const idPattern = /^\d+(\.\d+)*$/;

/**
 * The scheme's zod schemas, built on first use: scoring our own workbook never validates a scheme (the bundled
 * ones are checked by test/core/scheme), and building them is ~3 ms of every CLI start.
 */
export const schemeSchemas = once(() => {
  /** Where a fact comes from: the standard's text, a certification body's own sheet, or our guess. */
  const SourceSchema = z.enum(['standard', 'certification-body', 'proposed']);

  const TextSchema = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

  /**
   * graded: auditor enters 0..max (half points allowed);
   * binary: conform = full points, nonconform = 0;
   * sampled: n samples checked, k nonconforming → max × (1 − k/n).
   */
  const IndicatorKindSchema = z.enum(['graded', 'binary', 'sampled']);

  const LevelIdSchema = z.enum(LEVEL_IDS);

  // z.number() rejects Infinity and NaN already (zod 4), so no points field needs a finiteness check.
  const nonNegative = z.number().check(z.minimum(0));

  /**
   * One node of the indicator tree, flat with a parent id so that a certification body can write its
   * own sheet as a plain list. Level 1 (category) has `parent: null`; a node without children is a
   * scored item.
   */
  const NodeSchema = z.object({
    id: z.string().check(z.regex(idPattern, '编号格式应为 5.1 或 5.1.1.1 / id must look like 5.1 or 5.1.1.1')),
    parent: z.nullable(z.string()),
    name: TextSchema,
    /** What the auditor looks for; shown in the workbook. */
    criteria: z.optional(TextSchema),
    max: nonNegative,
    /** Required on scored items (leaves); ignored on nodes with children. */
    kind: z.optional(IndicatorKindSchema),
    source: SourceSchema,
    /** Where the fact came from (URL or clause) and any caveat. */
    note: z.optional(z.string()),
  });

  const LevelRuleSchema = z.object({
    id: z.enum(LEVEL_IDS.filter((l): l is Exclude<LevelId, 'fail'> => l !== 'fail')),
    /** Inclusive lower bound on the final score. */
    min: z.number().check(z.minimum(0), z.maximum(100)),
    name: TextSchema,
    source: SourceSchema,
  });

  const RulesSchema = z.object({
    /** Ascending; a score below the first is `fail`. */
    levels: z.array(LevelRuleSchema).check(z.minLength(1)),
    veto: z.object({
      /** This many special deductions or more fail the audit whatever the score. */
      specialDeductionsAtOrAbove: z.number().check(z.int(), z.minimum(1)),
      source: SourceSchema,
    }),
    specialDeduction: z.object({ points: nonNegative, source: SourceSchema }),
    bonus: z.object({
      points: nonNegative,
      /** At most this many bonus items count. */
      maxCounted: z.number().check(z.int(), z.minimum(0)),
      source: SourceSchema,
    }),
    /**
     * When ±1 applies (docs/domain.md#scoring): `final` applies ±points to the normalised 0..100 score (the wording "在评分值之外扣除1分");
     * `raw` applies them to earned points before normalising.
     */
    adjustmentsApplyTo: z.enum(['final', 'raw']),
    /** A bonus never lifts the score above this (docs/domain.md#scoring). */
    cap: nonNegative,
    /** Decimals of the normalised and final score (docs/domain.md#scoring). */
    rounding: z.object({ decimals: z.number().check(z.int(), z.minimum(0), z.maximum(6)), source: SourceSchema }),
    /** Star levels only after a year at 达标 (some bodies; docs/domain.md#levels). The level is capped at `compliant` unless the audit says otherwise. */
    starsRequireYearAtCompliant: z.boolean(),
  });

  const SchemeSchema = z.object({
    id: z.string().check(z.minLength(1)),
    version: z.string().check(z.minLength(1)),
    name: TextSchema,
    description: z.optional(TextSchema),
    /** Points of every scored item under a category must add up to the category (and likewise for indicators). */
    nodes: z.array(NodeSchema).check(z.minLength(1)),
    rules: RulesSchema,
  });

  return {
    SourceSchema,
    TextSchema,
    IndicatorKindSchema,
    LevelIdSchema,
    NodeSchema,
    LevelRuleSchema,
    RulesSchema,
    SchemeSchema,
  };
});

type Schemas = ReturnType<typeof schemeSchemas>;
export type Source = z.infer<Schemas['SourceSchema']>;
export type Text = z.infer<Schemas['TextSchema']>;
export type IndicatorKind = z.infer<Schemas['IndicatorKindSchema']>;
export type SchemeNode = z.infer<Schemas['NodeSchema']>;
export type LevelRule = z.infer<Schemas['LevelRuleSchema']>;
export type Rules = z.infer<Schemas['RulesSchema']>;
export type SchemeInput = z.infer<Schemas['SchemeSchema']>;

/** A validated scheme with the tree resolved once, so scoring never walks parents again. */
export interface Scheme extends SchemeInput {
  /** Scored items (leaves) in sheet order. */
  readonly items: readonly ScoredItem[];
  readonly itemById: ReadonlyMap<string, ScoredItem>;
  readonly categories: readonly SchemeNode[];
  /** Level-2 nodes (二级指标). */
  readonly indicators: readonly SchemeNode[];
  readonly byId: ReadonlyMap<string, SchemeNode>;
  readonly totalMax: number;
}

export interface ScoredItem extends SchemeNode {
  kind: IndicatorKind;
  /** Level-1 ancestor (5.1 / 5.2 / 5.3). */
  categoryId: string;
  /** Level-2 ancestor, or the item itself when it is level 2. */
  indicatorId: string;
  /** Index into Scheme.items. */
  index: number;
}
