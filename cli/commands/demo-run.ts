/*
 * gbt27922 demo (npm start): the whole consultant job on the bundled default scheme, in a fresh
 * timestamped folder under ./gbt27922-demo (so re-running never fails and never overwrites):
 * blank workbook, sample audit with example scores, scoring, scored copy, report.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import type { CliContext } from '../context';
import { DEFAULT_SCHEME_ID } from '../core-api';
import { demoFacts, demoResponses, demoSpecials } from '../demo-data';
import { m } from '../messages';
import { isComplete } from '../record';
import { displayWidth, renderDetail, renderIssues, renderTable } from '../report';
import { schemeFromSpec, type SchemeSpec } from '../resolve-scheme';
import { scoreFile } from '../score-file';
import { UsageError } from '../usage-error';

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** A new folder that did not exist before (mkdir without recursive fails on EEXIST). */
async function freshFolder(parent: string, name: string, lang: CliContext['lang']): Promise<string> {
  await mkdir(parent, { recursive: true });
  for (let i = 1; i <= 20; i++) {
    const dir = join(parent, i === 1 ? name : `${name}-${i}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new UsageError(m(lang, 'demo.exists', { dir: join(parent, name) }));
}

export async function runDemo(opts: { dir?: string }, ctx: CliContext): Promise<void> {
  const { lang } = ctx;
  const now = new Date();
  const spec: SchemeSpec = { kind: 'bundled', id: DEFAULT_SCHEME_ID };
  const scheme = schemeFromSpec(spec, lang);
  const dir = await freshFolder(opts.dir ?? 'gbt27922-demo', stamp(now), lang);
  const show = (p: string) => relative(process.cwd(), p) || p;

  const { writeTemplate } = await import('../core-writers');
  const blank = join(dir, 'blank-workbook.xlsx');
  const sample = join(dir, 'sample-audit.xlsx');
  const copy = join(dir, 'sample-audit.scored.xlsx');
  await writeFileAtomic(blank, await writeTemplate(scheme, { lang }));
  await writeFileAtomic(
    sample,
    await writeTemplate(scheme, {
      lang,
      facts: demoFacts(lang, now),
      responses: demoResponses(
        scheme.items.map((i) => i.id),
        lang,
      ),
      ...demoSpecials(lang),
    }),
  );
  // Scored exactly like `gbt27922 score sample-audit.xlsx --out <dir>`.
  const outcome = await scoreFile({ file: sample, scheme: spec, lang, copyPath: copy, keepResult: true });

  const listed: [string, string][] = [
    ['demo.template', blank],
    ['demo.sample', sample],
  ];
  if (outcome.record.scoredCopy) listed.push(['demo.copy', copy]);
  const labels = listed.map(([k]) => m(lang, k) + (lang === 'en' ? ': ' : '：'));
  const width = Math.max(...labels.map(displayWidth));
  const out = [
    m(lang, 'demo.title'),
    '',
    ...listed.map(([, f], i) => `${labels[i]}${' '.repeat(width - displayWidth(labels[i]!))}${show(f)}`),
  ];
  out.push('', m(lang, 'demo.report'), renderTable([{ ...outcome.record, file: show(sample) }], lang));
  const issues = renderIssues([outcome.record], lang);
  if (issues) out.push('', issues);
  if (outcome.result) out.push('', renderDetail(outcome.result, scheme, lang, outcome.organisation));
  out.push('', m(lang, 'demo.where', { dir: show(dir) }), m(lang, 'demo.next'));
  ctx.stdout(`${out.join('\n')}\n`);
  ctx.exitCode = isComplete(outcome.record) ? 0 : 1;
}
