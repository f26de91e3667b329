import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_CATALOGUE } from '../../../core/documents/index';
import { evaluate, formatFigures, labelVerdict, readCorpus, verdictText } from './corpus-figures';

/*
 * test/fixtures/documents/label-corpus.tsv: real-world upload labels (certification bodies' published
 * document lists, by URL, and common form wording), each with the requirement a person would pick,
 * written by hand. Goal: no wrong match at all (a wrong match tells the applicant a document is there
 * when it is not), ≥ 95 % matched, the rest `review` naming the right candidate.
 */
const corpus = readCorpus(join(__dirname, '../../fixtures/documents/label-corpus.tsv'));

describe('label corpus', () => {
  const figures = evaluate(corpus, labelVerdict);

  it('has at least 300 labels, every requirement D1–D27 among them, with sources', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const named = new Set(corpus.flatMap((r) => r.expected));
    for (const r of DOCUMENT_CATALOGUE) expect(named.has(r.id), r.id).toBe(true);
    for (const r of corpus) expect(r.source, `line ${r.line}`).toMatch(/^(https?:\/\/\S+|common wording)$/);
    for (const id of named)
      expect(
        DOCUMENT_CATALOGUE.some((r) => r.id === id),
        id,
      ).toBe(true);
    expect(corpus.some((r) => r.expected.length === 0)).toBe(true);
  });

  it('prints precision and recall per requirement', () => {
    console.log(formatFigures('label corpus', figures).join('\n'));
    expect(figures.perAnswer.length).toBeGreaterThanOrEqual(27);
  });

  it('makes no wrong match', () => {
    const wrong = figures.rows.filter((r) => r.outcome === 'wrong');
    expect(wrong.map((r) => `line ${r.line}: ${r.label} → ${verdictText(r.verdict)}`)).toEqual([]);
    expect(figures.precision).toBe(1);
  });

  it('matches at least 95 % of the labels that name a document', () => {
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('names the right candidate whenever it does not match (never silent, never misleading)', () => {
    const rest = figures.rows.filter((r) => r.expected.length > 0 && r.outcome !== 'correct');
    expect(rest.filter((r) => r.outcome !== 'review').map((r) => `line ${r.line}: ${r.label}`)).toEqual([]);
  });
});
