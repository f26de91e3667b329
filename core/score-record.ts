/*
 * The JSON Lines record `gbt27922 score --json` prints for each file, as a zod schema: the contract
 * (DESIGN.md "CLI score --json") plus the extras the CLI adds. schema/score-record.schema.json is
 * generated from it (npm run schema) so that programs reading the CLI's output can validate it.
 *
 * Two numbers are both called `applicable` in the contract and mean different things; the
 * descriptions below say which (core names them scoredMax and applicableMax).
 */
import { AUDIT_STATES } from './scoring/audit-state';
import { z } from 'zod';
import { CONDITION_IDS } from './eligibility/types';
import { LEVEL_IDS } from './scheme/schema';

const points = z.number().min(0);

export const ScoreRecordIssueSchema = z
  .strictObject({
    code: z.string().describe('Stable code of the problem, e.g. not-a-number, no-header, invalid-inputs.'),
    severity: z
      .enum(['error', 'warning', 'note'])
      .optional()
      .describe(
        "error: the score cannot be trusted; warning: check it; note: for information only (the sheet's own way, read as it is), not a problem.",
      ),
    where: z
      .string()
      .describe("Where: sheet!cell (评分表!J5), sheet name or file; '' when it is about the whole file."),
    message: z.string().describe("What is wrong and what to do, in the report's language (zh-CN or en)."),
    indicatorId: z
      .string()
      .optional()
      .describe('The indicator (scheme item id, e.g. 5.1.1.2) the problem is about, when it is about one.'),
  })
  .describe('One problem with the file.');

export const ScoreRecordSchema = z
  .strictObject({
    file: z.string().describe('The path as given on the command line (or found in a folder).'),
    scheme: z
      .strictObject({ id: z.string(), version: z.string() })
      .describe('The scoring scheme used (bundled id, or the id in the scheme file).'),
    score: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .describe(
        'Final score 0–100 over the scored applicable items, after special deductions and bonuses; provisional while items are unscored; null when it cannot be computed (invalid inputs, nothing scored, file unreadable).',
      ),
    scoreText: z
      .string()
      .optional()
      .describe(
        'The score as every face shows it: fixed to the scheme’s rounding decimals ("86.3", "100.0"), the figure of the table, 结果, 汇总, the task pane and the HTML report. Absent when score is null. score and the other numbers keep full precision (sums to six decimals).',
      ),
    level: z
      .enum(LEVEL_IDS)
      .nullable()
      .describe(
        'fail, compliant (达标), 3-star, 4-star or 5-star, with the veto and any one-year wait applied; null with score.',
      ),
    vetoed: z.boolean().describe('True when the special deductions reach the scheme’s veto count: the level is fail.'),
    earned: points
      .nullable()
      .describe('Points earned on the scored applicable items. null when the file was not read.'),
    applicable: points
      .nullable()
      .describe(
        'Max points of the applicable items SCORED so far (core: scoredMax, 已评分满分): the denominator of score. Items not scored yet are not in it. null when the file was not read.',
      ),
    specialDeductions: z.number().int().min(0).nullable().describe('Number of special deductions (特别扣分项) listed.'),
    bonus: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('Number of special bonus items (特别加分项) that count, after the scheme’s cap.'),
    unscored: z.number().int().min(0).nullable().describe('Applicable items without an answer yet.'),
    categories: z
      .array(
        z.strictObject({
          id: z.string().describe('Category id: 5.1, 5.2, 5.3.'),
          earned: points.describe('Points earned on the scored applicable items of the category.'),
          applicable: points.describe(
            'Max points of the items of the category that APPLY, scored or not (core: applicableMax, 适用满分). Unlike the top-level applicable, unscored items are included.',
          ),
        }),
      )
      .describe('Subtotals per first-level category; empty when the file was not read.'),
    issues: z.array(ScoreRecordIssueSchema).describe('Reading and scoring problems, in sheet order.'),
    provisional: z.boolean().describe('True while applicable items are unscored: the score may still change.'),
    state: z
      .enum(AUDIT_STATES)
      .optional()
      .describe(
        'The audit state every face shows (core/scoring/audit-state.ts): nothing scored yet, some scored (provisional), an input cannot be read, every applicable item scored. Absent when the file could not be read.',
      ),
    read: z.boolean().describe('Could the file be read at all? false: the reason is in issues, the counts are null.'),
    reader: z.enum(['direct', 'exceljs']).optional().describe('Which reader read the workbook.'),
    engine: z.strictObject({ name: z.string(), version: z.string() }).optional().describe('The scoring engine.'),
    organisation: z.string().optional().describe('The organisation named on the 封面 sheet, when there is one.'),
    exclusions: z
      .array(
        z.strictObject({
          id: z.string().describe("The item's id (the sheet's own id on a sheet of its own numbering)."),
          where: z.string().describe('sheet!cell of the mark.'),
          text: z.string().describe('The mark as written: "/", "—", "不适用", "N/A", "删减"….'),
        }),
      )
      .optional()
      .describe(
        'Items the sheet takes out with a mark in their score or deduction cell: not applicable, out of both sums. Absent when there are none.',
      ),
    scoredCopy: z.string().optional().describe('Path of the scored copy written (--write).'),
    copyFailed: z.boolean().optional().describe('True when a scored copy was asked for and could not be written.'),
    elapsedMs: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'With --debug only: milliseconds this file took in its worker thread (to find the slow one in a batch).',
      ),
    eligibility: z
      .strictObject({
        verdict: z.enum(['ready', 'not-yet', 'not-sure']),
        unmet: z.array(z.enum(CONDITION_IDS)),
        unknown: z.array(z.enum(CONDITION_IDS)),
        asOf: z.string().describe('The day the conditions were checked for, YYYY-MM-DD.'),
      })
      .optional()
      .describe('Only when the workbook’s 自查 sheet has answers: the self-check verdict.'),
  })
  .describe('One line of `gbt27922 score --json`: the result for one file.');

export type ScoreRecord = z.infer<typeof ScoreRecordSchema>;

/** The JSON Schema (draft 2020-12) of one record, as shipped in schema/score-record.schema.json. */
export function scoreRecordJsonSchema(): Record<string, unknown> {
  return {
    title: 'gbt27922 score --json record',
    ...z.toJSONSchema(ScoreRecordSchema, { target: 'draft-2020-12' }),
  };
}
