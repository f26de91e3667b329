import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELD_RULES } from '../../../core/documents/index';
import { evaluate, formatFigures, questionVerdict, readCorpus, verdictText } from './corpus-figures';

/*
 * test/fixtures/documents/condition-corpus.tsv: wordings of the profile questions (三证合一, 多场所,
 * 服务方式, 申请类型, 行政许可, 组织性质) and of data fields that are not questions (`none`), each with
 * the question a person would say it asks, written by hand. Same goals as the label corpus: no wrong
 * match, ≥ 95 % recognised. An unrecognised question leaves the condition unknown (the check then asks
 * it), so it is counted as a miss, never as wrong.
 */
const corpus = readCorpus(join(__dirname, '../../fixtures/documents/condition-corpus.tsv'));

describe('condition question corpus', () => {
  const figures = evaluate(corpus, questionVerdict);

  it('has at least 100 wordings, every question among them, with sources', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const keys = new Set(PROFILE_FIELD_RULES.map((r) => r.key));
    const named = new Set(corpus.flatMap((r) => r.expected));
    expect([...named].sort()).toEqual([...keys].sort());
    for (const r of corpus) expect(r.source, `line ${r.line}`).toMatch(/^(https?:\/\/\S+|common wording)$/);
    expect(corpus.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('prints precision and recall per question', () => {
    console.log(formatFigures('condition corpus', figures).join('\n'));
    expect(figures.perAnswer.map((a) => a.id).sort()).toEqual(
      [...new Set(PROFILE_FIELD_RULES.map((r) => r.key))].sort(),
    );
  });

  it('never takes a label for the wrong question, nor a data field for a question', () => {
    const wrong = figures.rows.filter((r) => r.outcome === 'wrong' || r.outcome === 'review-misleading');
    expect(wrong.map((r) => `line ${r.line}: ${r.label} → ${verdictText(r.verdict)}`)).toEqual([]);
    expect(figures.precision).toBe(1);
  });

  it('recognises at least 95 % of the question wordings', () => {
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
  });
});
