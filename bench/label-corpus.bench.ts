/*
 * Label matching on the labelled corpora (test/fixtures/documents/label-corpus.tsv and
 * condition-corpus.tsv): precision and recall per requirement / question, as the corpus tests print
 * them, plus matching speed. Named baseline, same run, same corpus: "plain substring" = the label
 * contains an alias after normaliseLabel, the longest alias wins, a tie is not guessed (no head noun,
 * no wrapper words). Timings are printed, never asserted.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_CATALOGUE, matchRequirement, normaliseLabel } from '../core/documents/index';
import {
  evaluate,
  formatFigures,
  labelVerdict,
  questionVerdict,
  readCorpus,
  type Verdict,
} from '../test/core/documents/corpus-figures';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../test/fixtures/documents');

const PLAIN = DOCUMENT_CATALOGUE.flatMap((r) =>
  [...r.aliases, r.name.zh, r.name.en].map((a) => ({ id: r.id as string, key: normaliseLabel(a) })),
).filter((a) => a.key.length >= 2);

function plainSubstring(label: string): Verdict {
  const key = normaliseLabel(label);
  const hits = PLAIN.filter((a) => key.includes(a.key));
  if (hits.length === 0) return { kind: 'none' };
  const longest = Math.max(...hits.map((h) => h.key.length));
  const ids = [...new Set(hits.filter((h) => h.key.length === longest).map((h) => h.id))];
  return ids.length === 1 ? { kind: 'match', id: ids[0]! } : { kind: 'review', candidates: ids };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** µs per label over `rounds` passes; labels made distinct per pass by list numbering ("12、"), which
 * normalisation strips, so every call misses the caches the way a new page does. */
function timeIt(labels: string[], match: (l: string) => unknown, rounds: number): { cold: number; warm: number } {
  for (const l of labels) match(l); // JIT warm-up
  let n = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++)
    for (const l of labels) {
      match(`${(r % 900) + 1}、${l}${r >= 900 ? r : ''}`);
      n++;
    }
  const cold = Number(process.hrtime.bigint() - t0) / n / 1000;
  const t1 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const l of labels) match(l);
  const warm = Number(process.hrtime.bigint() - t1) / (rounds * labels.length) / 1000;
  return { cold, warm };
}

export async function run(): Promise<void> {
  const labels = readCorpus(path.join(fixtures, 'label-corpus.tsv'));
  const questions = readCorpus(path.join(fixtures, 'condition-corpus.tsv'));

  const ours = evaluate(labels, labelVerdict);
  for (const line of formatFigures('label corpus (matchRequirement)', ours)) console.log(line);
  const plain = evaluate(labels, plainSubstring);
  console.log(
    `  baseline plain substring: precision ${pct(plain.precision)}, recall ${pct(plain.recall)} — wrong ${plain.wrong}, review ${plain.review}, unmatched ${plain.unmatched}`,
  );

  const q = evaluate(questions, questionVerdict);
  for (const line of formatFigures('condition corpus (matchQuestion)', q)) console.log(line);

  const text = labels.map((r) => r.label);
  const ROUNDS = 200;
  const m = timeIt(text, (l) => matchRequirement(l), ROUNDS);
  const b = timeIt(text, plainSubstring, ROUNDS);
  console.log(
    `  speed, ${text.length} labels × ${ROUNDS}: matchRequirement ${m.cold.toFixed(2)} µs/label new, ${m.warm.toFixed(2)} µs/label repeated; plain substring ${b.cold.toFixed(2)} µs/label (ratio ${(m.cold / b.cold).toFixed(2)})`,
  );
}
