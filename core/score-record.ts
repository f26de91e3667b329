/*
 * The JSON Lines record `gbt27922 score --json` prints for each file, as a zod schema: the contract
 * (DESIGN.md "CLI score --json") plus the extras the CLI adds. schema/score-record.schema.json is
 * generated from it (npm run schema) so that programs reading the CLI's output can validate it.
 *
 * Two numbers are both called `applicable` in the contract and mean different things; the
 * descriptions below say which (core names them scoredMax and applicableMax).
 */
import { AUDIT_STATES } from './scoring/audit-state';
import * as z from 'zod/mini';
import { CONDITION_IDS } from './eligibility/types';
import { LEVEL_IDS } from './scheme/schema';

const points = z.number().check(z.minimum(0));
const count = z.number().check(z.int(), z.minimum(0));

export const ScoreRecordIssueSchema = z
  .strictObject({
    code: z.string().check(z.describe('Stable code of the problem, e.g. not-a-number, no-header, invalid-inputs.')),
    severity: z
      .optional(z.enum(['error', 'warning', 'note']))
      .check(
        z.describe(
          "error: the score cannot be trusted; warning: check it; note: for information only (the sheet's own way, read as it is), not a problem.",
        ),
      ),
    where: z
      .string()
      .check(z.describe("Where: sheet!cell (评分表!J5), sheet name or file; '' when it is about the whole file.")),
    message: z.string().check(z.describe("What is wrong and what to do, in the report's language (zh-CN or en).")),
    indicatorId: z
      .optional(z.string())
      .check(z.describe('The indicator (scheme item id, e.g. 5.1.1.2) the problem is about, when it is about one.')),
  })
  .check(z.describe('One problem with the file.'));

export const ScoreRecordSchema = z
  .strictObject({
    file: z.string().check(z.describe('The path as given on the command line (or found in a folder).')),
    scheme: z
      .strictObject({ id: z.string(), version: z.string() })
      .check(z.describe('The scoring scheme used (bundled id, or the id in the scheme file).')),
    score: z
      .nullable(z.number().check(z.minimum(0), z.maximum(100)))
      .check(
        z.describe(
          'Final score 0–100 over the scored applicable items, after special deductions and bonuses; provisional while items are unscored; null when it cannot be computed (invalid inputs, nothing scored, file unreadable).',
        ),
      ),
    scoreText: z
      .optional(z.string())
      .check(
        z.describe(
          'The score as every face shows it: fixed to the scheme’s rounding decimals ("86.3", "100.0"), the figure of the table, 结果, 汇总, the task pane and the HTML report. Absent when score is null. score and the other numbers keep full precision (sums to six decimals).',
        ),
      ),
    level: z
      .nullable(z.enum(LEVEL_IDS))
      .check(
        z.describe(
          'fail, compliant (达标), 3-star, 4-star or 5-star, with the veto and any one-year wait applied; null with score.',
        ),
      ),
    vetoed: z
      .boolean()
      .check(z.describe('True when the special deductions reach the scheme’s veto count: the level is fail.')),
    earned: z
      .nullable(points)
      .check(z.describe('Points earned on the scored applicable items. null when the file was not read.')),
    applicable: z
      .nullable(points)
      .check(
        z.describe(
          'Max points of the applicable items SCORED so far (core: scoredMax, 已评分满分): the denominator of score. Items not scored yet are not in it. null when the file was not read.',
        ),
      ),
    specialDeductions: z.nullable(count).check(z.describe('Number of special deductions (特别扣分项) listed.')),
    bonus: z
      .nullable(count)
      .check(z.describe('Number of special bonus items (特别加分项) that count, after the scheme’s cap.')),
    unscored: z.nullable(count).check(z.describe('Applicable items without an answer yet.')),
    categories: z
      .array(
        z.strictObject({
          id: z.string().check(z.describe('Category id: 5.1, 5.2, 5.3.')),
          earned: points.check(z.describe('Points earned on the scored applicable items of the category.')),
          applicable: points.check(
            z.describe(
              'Max points of the items of the category that APPLY, scored or not (core: applicableMax, 适用满分). Unlike the top-level applicable, unscored items are included.',
            ),
          ),
        }),
      )
      .check(z.describe('Subtotals per first-level category; empty when the file was not read.')),
    issues: z.array(ScoreRecordIssueSchema).check(z.describe('Reading and scoring problems, in sheet order.')),
    provisional: z.boolean().check(z.describe('True while applicable items are unscored: the score may still change.')),
    state: z
      .optional(z.enum(AUDIT_STATES))
      .check(
        z.describe(
          'The audit state every face shows (core/scoring/audit-state.ts): nothing scored yet, some scored (provisional), an input cannot be read, every applicable item scored. Absent when the file could not be read.',
        ),
      ),
    read: z
      .boolean()
      .check(z.describe('Could the file be read at all? false: the reason is in issues, the counts are null.')),
    reader: z.optional(z.enum(['direct', 'exceljs'])).check(z.describe('Which reader read the workbook.')),
    engine: z
      .optional(z.strictObject({ name: z.string(), version: z.string() }))
      .check(z.describe('The scoring engine.')),
    organisation: z
      .optional(z.string())
      .check(z.describe('The organisation named on the 封面 sheet, when there is one.')),
    exclusions: z
      .optional(
        z.array(
          z.strictObject({
            id: z.string().check(z.describe("The item's id (the sheet's own id on a sheet of its own numbering).")),
            where: z.string().check(z.describe('sheet!cell of the mark.')),
            text: z.string().check(z.describe('The mark as written: "/", "—", "不适用", "N/A", "删减"….')),
          }),
        ),
      )
      .check(
        z.describe(
          'Items the sheet takes out with a mark in their score or deduction cell: not applicable, out of both sums. Absent when there are none.',
        ),
      ),
    scoredCopy: z.optional(z.string()).check(z.describe('Path of the scored copy written (--write).')),
    copyFailed: z
      .optional(z.boolean())
      .check(z.describe('True when a scored copy was asked for and could not be written.')),
    elapsedMs: z
      .optional(count)
      .check(
        z.describe(
          'With --debug only: milliseconds this file took in its worker thread (to find the slow one in a batch).',
        ),
      ),
    eligibility: z
      .optional(
        z.strictObject({
          verdict: z.enum(['ready', 'not-yet', 'not-sure']),
          unmet: z.array(z.enum(CONDITION_IDS)),
          unknown: z.array(z.enum(CONDITION_IDS)),
          asOf: z.string().check(z.describe('The day the conditions were checked for, YYYY-MM-DD.')),
        }),
      )
      .check(z.describe('Only when the workbook’s 自查 sheet has answers: the self-check verdict.')),
  })
  .check(z.describe('One line of `gbt27922 score --json`: the result for one file.'));

export type ScoreRecord = z.infer<typeof ScoreRecordSchema>;

/** The JSON Schema (draft 2020-12) of one record, as shipped in schema/score-record.schema.json. */
export function scoreRecordJsonSchema(): Record<string, unknown> {
  return {
    title: 'gbt27922 score --json record',
    ...z.toJSONSchema(ScoreRecordSchema, { target: 'draft-2020-12' }),
  };
}
