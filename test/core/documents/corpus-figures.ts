import { readFileSync } from 'node:fs';
import { matchQuestion, matchRequirement } from '../../../core/documents/index';

/*
 * Labelled corpora (label → what a person would pick) and the figures a matcher reaches on them:
 * precision and recall per expected answer and overall. Shared by the corpus tests and
 * bench/label-corpus.bench.ts. Rows: `label <TAB> expected <TAB> source`; expected is an answer id,
 * several joined by `+` (a label naming several documents), or `none`.
 */

export interface CorpusRow {
  line: number;
  label: string;
  /** Empty for `none`. */
  expected: string[];
  source: string;
}

/** What a matcher said about one label. */
export type Verdict = { kind: 'match'; id: string } | { kind: 'review'; candidates: string[] } | { kind: 'none' };

export type Outcome =
  | 'correct' // the answer a person picks (or nothing, for `none`)
  | 'wrong' // a different answer, or one document for a label naming several
  | 'review' // candidates named, the right one among them (not a match, not wrong)
  | 'review-misleading' // candidates named without the right one
  | 'unmatched'; // nothing said about a label that names something

export interface RowResult extends CorpusRow {
  verdict: Verdict;
  outcome: Outcome;
}

export interface Figures {
  rows: RowResult[];
  /** Rows whose expected answer is not `none`. */
  named: number;
  correct: number;
  wrong: number;
  review: number;
  reviewMisleading: number;
  unmatched: number;
  /** Matches made (single answers, or an exact set for a several-document label). */
  matched: number;
  precision: number;
  recall: number;
  perAnswer: { id: string; expected: number; tp: number; fp: number; precision: number; recall: number }[];
}

export function readCorpus(path: string): CorpusRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0]!.split('\t');
  if (header.join('|') !== 'label|expected|source') throw new Error(`${path}: header must be label, expected, source`);
  const rows: CorpusRow[] = [];
  lines.slice(1).forEach((text, i) => {
    if (!text.trim()) return;
    const cols = text.split('\t');
    if (cols.length !== 3 || !cols[0] || !cols[1] || !cols[2])
      throw new Error(`${path}:${i + 2}: needs three tab-separated columns`);
    rows.push({
      line: i + 2,
      label: cols[0],
      expected: cols[1] === 'none' ? [] : cols[1].split('+'),
      source: cols[2],
    });
  });
  return rows;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function outcomeOf(row: CorpusRow, v: Verdict): Outcome {
  const e = row.expected;
  if (e.length === 0) return v.kind === 'none' ? 'correct' : v.kind === 'match' ? 'wrong' : 'review';
  if (v.kind === 'none') return 'unmatched';
  if (v.kind === 'match') return e.length === 1 && v.id === e[0] ? 'correct' : 'wrong';
  if (e.length > 1 && sameSet(e, v.candidates)) return 'correct';
  return e.some((id) => v.candidates.includes(id)) ? 'review' : 'review-misleading';
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(rows: CorpusRow[], match: (label: string) => Verdict): Figures {
  const results = rows.map((r) => {
    const verdict = match(r.label);
    return { ...r, verdict, outcome: outcomeOf(r, verdict) };
  });
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const named = results.filter((r) => r.expected.length > 0);
  const correctNamed = named.filter((r) => r.outcome === 'correct').length;
  // A match is a single answer, or the exact set for a several-document label (counted once).
  const matched = results.filter(
    (r) => r.verdict.kind === 'match' || (r.outcome === 'correct' && r.expected.length > 1),
  ).length;

  const ids = [
    ...new Set(results.flatMap((r) => [...r.expected, ...(r.verdict.kind === 'match' ? [r.verdict.id] : [])])),
  ];
  const perAnswer = ids
    .map((id) => {
      const expected = results.filter((r) => r.expected.includes(id)).length;
      const tp = results.filter((r) => r.outcome === 'correct' && r.expected.includes(id)).length;
      const fp = results.filter(
        (r) => r.verdict.kind === 'match' && r.verdict.id === id && r.outcome === 'wrong',
      ).length;
      return { id, expected, tp, fp, precision: ratio(tp, tp + fp), recall: ratio(tp, expected) };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  return {
    rows: results,
    named: named.length,
    correct: count('correct'),
    wrong: count('wrong'),
    review: count('review'),
    reviewMisleading: count('review-misleading'),
    unmatched: count('unmatched'),
    matched,
    precision: ratio(correctNamed, matched),
    recall: ratio(correctNamed, named.length),
    perAnswer,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The figures as printed lines (test output and bench). */
export function formatFigures(title: string, f: Figures): string[] {
  const lines = [
    `${title}: ${f.rows.length} labels (${f.named} naming something, ${f.rows.length - f.named} none)`,
    `  overall precision ${pct(f.precision)}, recall ${pct(f.recall)} — correct ${f.correct}, wrong ${f.wrong}, review ${f.review}, review without the right candidate ${f.reviewMisleading}, unmatched ${f.unmatched}`,
    `  ${'id'.padEnd(16)} ${'labels'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`,
  ];
  for (const a of f.perAnswer)
    lines.push(
      `  ${a.id.padEnd(16)} ${String(a.expected).padStart(6)} ${String(a.tp).padStart(4)} ${String(a.fp).padStart(4)} ${pct(a.precision).padStart(10)} ${pct(a.recall).padStart(8)}`,
    );
  for (const r of f.rows.filter((x) => x.outcome !== 'correct'))
    lines.push(
      `  ${r.outcome.padEnd(17)} line ${r.line}: ${r.label} → ${verdictText(r.verdict)} (expected ${r.expected.join('+') || 'none'})`,
    );
  return lines;
}

export function verdictText(v: Verdict): string {
  return v.kind === 'match' ? v.id : v.kind === 'review' ? `review ${v.candidates.join('/')}` : 'none';
}

/** matchRequirement as a corpus verdict. */
export function labelVerdict(label: string): Verdict {
  const m = matchRequirement(label);
  if (!m) return { kind: 'none' };
  return m.ambiguous ? { kind: 'review', candidates: m.candidates.map((c) => c.id) } : { kind: 'match', id: m.id };
}

/** matchQuestion as a corpus verdict (answer ids are profile keys). */
export function questionVerdict(label: string): Verdict {
  const m = matchQuestion(label);
  if (!m) return { kind: 'none' };
  return m.ambiguous ? { kind: 'review', candidates: m.candidates } : { kind: 'match', id: m.key };
}
