import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScoreRecordSchema, scoreRecordJsonSchema } from '../../core/score-record';
import { SCORE_RECORD_SCHEMA_FILE } from '../../schema/generate';

const BIN = new URL('../../cli/bin.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/workbooks/', import.meta.url).pathname;

describe('schema/score-record.schema.json, the JSON Schema of `score --json`', () => {
  it('is the one generated from core’s zod schema (run `npm run schema` after changing the record)', () => {
    expect(JSON.parse(readFileSync(SCORE_RECORD_SCHEMA_FILE, 'utf8'))).toEqual(scoreRecordJsonSchema());
  });

  it('documents both meanings of `applicable`', () => {
    const props = (scoreRecordJsonSchema() as { properties: Record<string, { description?: string }> }).properties;
    expect(props.applicable!.description).toMatch(/SCORED so far/);
    expect(JSON.stringify(props.categories)).toMatch(/APPLY, scored or not/);
  });

  it('accepts every line the CLI prints for real workbooks, a broken file included, and nothing it leaves out', () => {
    const files = ['cb-column-order.xlsx', 'errors.xlsx'].map((f) => FIXTURES + f);
    const run = spawnSync(process.execPath, [BIN, 'score', ...files, BIN, '--json'], { encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const parsed = ScoreRecordSchema.safeParse(JSON.parse(line));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const broken = JSON.parse(lines.find((l) => l.includes('bin.mjs'))!);
    expect(broken).toMatchObject({ read: false, score: null, applicable: null });
    const { applicable: _dropped, ...withoutApplicable } = JSON.parse(lines[0]!);
    expect(ScoreRecordSchema.safeParse(withoutApplicable).success).toBe(false);
  });
});
