/*
 * Core scoring: µs per audit over 100,000 generated audits of the default scheme (goal < 20 µs),
 * against a named baseline in the same run: "parse-per-audit" = validating and resolving the scheme
 * with zod before every score() call, which is what a face would pay if it did not keep the parsed scheme.
 */
import { gbt27922_2011, parseScheme, score } from '../core/index';
import { gbt27922_2011_data } from '../core/scheme/data/gbt27922-2011';
import { rng } from '../test/support/seeded-random';
import { randomAudit } from './random-audits';

const N = 100_000;
const DISTINCT = 5_000;

export async function run(): Promise<void> {
  const rnd = rng(27922);
  const audits = Array.from({ length: DISTINCT }, () => randomAudit(gbt27922_2011, rnd));

  // warm-up
  for (let i = 0; i < 20_000; i++) score(gbt27922_2011, audits[i % DISTINCT]!);

  const heapBefore = process.memoryUsage().heapUsed;
  const levels: Record<string, number> = {};
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const level = score(gbt27922_2011, audits[i % DISTINCT]!).level ?? 'null';
    levels[level] = (levels[level] ?? 0) + 1;
  }
  const ns = Number(process.hrtime.bigint() - t0);
  const heapAfter = process.memoryUsage().heapUsed;
  const usPerAudit = ns / N / 1000;

  const M = 10_000;
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < M; i++) score(parseScheme(gbt27922_2011_data), audits[i % DISTINCT]!);
  const usBaseline = Number(process.hrtime.bigint() - t1) / M / 1000;

  console.log(
    `  score(): ${N.toLocaleString()} audits (${DISTINCT.toLocaleString()} distinct, seeded), ${(ns / 1e6).toFixed(0)} ms`,
  );
  console.log(
    `  µs per audit:            ${usPerAudit.toFixed(2)} µs   (goal < 20 µs: ${usPerAudit < 20 ? 'met' : 'NOT met'})`,
  );
  console.log(`  baseline parse-per-audit: ${usBaseline.toFixed(2)} µs   (parseScheme + score each time)`);
  console.log(`  ratio baseline / score(): ${(usBaseline / usPerAudit).toFixed(1)}×`);
  console.log(
    `  heap growth over the run: ${((heapAfter - heapBefore) / 1048576).toFixed(1)} MiB; rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`,
  );
  console.log(
    `  levels in the sample: ${Object.entries(levels)
      .map(([l, n]) => `${l} ${((100 * n) / N).toFixed(0)}%`)
      .join(', ')}`,
  );
}
