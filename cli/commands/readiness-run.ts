/*
 * gbt27922 readiness FILE: can this company apply yet? Reads the 自查 sheet of a filled workbook, or a
 * JSON answers file, and prints how far the questionnaire is answered (已回答 5 / 16 项), the verdict
 * in words right for that (core's questionnaireProgress), then only the real gaps with what to do and
 * which document will be asked for; unanswered conditions on one line. --verbose lists every
 * condition. Exit 0 ready, 1 not yet / not sure (or unreadable), 2 wrong usage.
 */

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CliContext } from '../context';
import {
  type ConditionStatus,
  type EligibilityAnswers,
  type EligibilityResult,
  type EligibilitySettings,
  type InputKey,
  type Lang,
  type Params,
  type Verdict,
  catalogueById,
  checkEligibility,
  eligibilitySettingsSchema,
  questionnaireProgress,
  readAnswersFile,
  readDay,
  readSelfCheck,
  t,
} from '../core-api';
import { loadWorkbookFile } from '../load-workbook';
import { loadNoteMessage, m } from '../messages';
import { today } from '../today';
import { UsageError } from '../usage-error';

export interface ReadinessOpts {
  json?: boolean;
  verbose?: boolean;
  asOf?: string;
  licenceMonths?: string;
  systemMonths?: string;
  managerPercent?: string;
}

const e = (lang: Lang, key: string, params: Params = {}) => t(lang, `eligibility.${key}`, params);

function settingOption(
  value: string | undefined,
  key: keyof EligibilitySettings,
  flag: string,
  lang: Lang,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = eligibilitySettingsSchema().shape[key].safeParse(Number(value));
  if (!parsed.success) throw new UsageError(e(lang, 'cli.bad-setting', { flag, value }));
  return parsed.data;
}

interface Loaded {
  answers: EligibilityAnswers;
  settings: Partial<EligibilitySettings>;
  asOf?: string;
  asOfOrigin?: 'file' | 'cover';
  where?: Partial<Record<InputKey, string>>;
  formulaVerdict?: Verdict | null;
  notes: string[];
}

async function loadAnswers(file: string, ctx: CliContext): Promise<Loaded | { problem: string }> {
  const { lang } = ctx;
  if (extname(file).toLowerCase() === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new UsageError(`${file}: ${m(lang, 'read.not-found')}`);
      return { problem: e(lang, 'cli.bad-json', { file, detail: (err as Error).message.split('\n')[0] ?? '' }) };
    }
    const r = readAnswersFile(json, lang);
    if (!r.ok) return { problem: e(lang, 'cli.bad-json', { file, detail: r.problem }) };
    const notes = r.file.unknownKeys.length
      ? [e(lang, 'cli.unknown-keys', { file, keys: r.file.unknownKeys.join(', ') })]
      : [];
    return {
      answers: r.file.answers,
      settings: r.file.settings,
      ...(r.file.asOf ? { asOf: r.file.asOf, asOfOrigin: 'file' as const } : {}),
      notes,
    };
  }
  const loaded = await loadWorkbookFile(file);
  if (!loaded.ok) {
    if (loaded.failure.code === 'not-found') throw new UsageError(`${file}: ${m(lang, 'read.not-found')}`);
    return { problem: `${file}: ${loadNoteMessage(lang, loaded.failure)}` };
  }
  const r = readSelfCheck(loaded.sheets, { lang });
  if (!r.found) return { problem: `${file}: ${r.issues.map((i) => i.message).join(' ')}` };
  return {
    answers: r.answers,
    settings: r.settings,
    ...(r.asOf ? { asOf: r.asOf, asOfOrigin: r.asOfOrigin === 'cover' ? ('cover' as const) : ('file' as const) } : {}),
    where: r.where,
    formulaVerdict: r.formulaVerdict,
    notes: r.issues.map((i) => i.message),
  };
}

/** The report a person reads: progress and verdict first, then the real gaps; every condition with `verbose`. */
export function renderReadiness(
  result: EligibilityResult,
  lang: Lang,
  asOfOrigin: string,
  answers: EligibilityAnswers = {},
  verbose = false,
): string {
  const docs = catalogueById();
  const docName = (id: string) =>
    `${id} ${lang === 'zh-CN' ? (docs.get(id)?.name.zh ?? '') : (docs.get(id)?.name.en ?? '')}`.trim();
  const mark: Record<ConditionStatus, string> = { met: '✓', unmet: '✗', unknown: '?', 'not-applicable': '–' };
  const p = questionnaireProgress(result, answers, lang);
  const lines = [
    p.verdictLine,
    e(lang, 'progress', { answered: p.answered, total: p.total }),
    e(lang, 'cli.as-of', { asOf: result.asOf, origin: asOfOrigin }),
    '',
  ];
  const condition = (c: EligibilityResult['conditions'][number], full: boolean) => {
    lines.push(
      `${mark[c.status]} ${c.id} ${c.title}${lang === 'zh-CN' ? `（${c.statusText}）` : ` (${c.statusText})`}`,
    );
    lines.push(`    ${c.reason}`);
    if (!full) return;
    if (c.todo) lines.push(`    ${e(lang, 'cli.todo')}${c.todo}`);
    lines.push(`    ${e(lang, 'cli.documents')}${c.documents.map(docName).join(lang === 'zh-CN' ? '、' : ', ')}`);
  };
  for (const c of p.gaps) condition(c, true);
  if (p.unansweredLine) lines.push(`${mark.unknown} ${p.unansweredLine}`);
  const met = result.conditions.filter((x) => x.status === 'met').map((x) => x.id);
  if (met.length) lines.push(`${mark.met} ${e(lang, 'cli.met', { ids: met.join(' ') })}`);
  if (result.notApplicable.length)
    lines.push(`${mark['not-applicable']} ${e(lang, 'cli.not-applicable', { ids: result.notApplicable.join(' ') })}`);
  if (verbose) {
    lines.push('', e(lang, 'cli.all-conditions'));
    for (const c of result.conditions) condition(c, c.status === 'unmet' || c.status === 'unknown');
  } else {
    lines.push('', e(lang, 'cli.verbose-hint'));
  }
  return `${lines.join('\n')}\n`;
}

export async function runReadiness(file: string, opts: ReadinessOpts, ctx: CliContext): Promise<void> {
  const { lang } = ctx;
  if (opts.asOf !== undefined && !readDay(opts.asOf).ok)
    throw new UsageError(e(lang, 'cli.bad-as-of', { value: opts.asOf }));
  const overrides: Partial<EligibilitySettings> = {};
  const lic = settingOption(opts.licenceMonths, 'licenceMinMonths', '--licence-months', lang);
  const sys = settingOption(opts.systemMonths, 'systemMinMonths', '--system-months', lang);
  const pct = settingOption(opts.managerPercent, 'managerRatioPercent', '--manager-percent', lang);
  if (lic !== undefined) overrides.licenceMinMonths = lic;
  if (sys !== undefined) overrides.systemMinMonths = sys;
  if (pct !== undefined) overrides.managerRatioPercent = pct;

  const loaded = await loadAnswers(file, ctx);
  if ('problem' in loaded) {
    if (opts.json) ctx.stdout(`${JSON.stringify({ file, error: loaded.problem })}\n`);
    ctx.stderr(`${loaded.problem}\n`);
    ctx.exitCode = 1;
    return;
  }
  const [asOf, origin] = opts.asOf
    ? [opts.asOf, 'option']
    : loaded.asOf
      ? [loaded.asOf, loaded.asOfOrigin ?? 'file']
      : [today(), 'today'];
  const result = checkEligibility(
    loaded.answers,
    { ...loaded.settings, ...overrides },
    { lang, asOf, ...(loaded.where ? { where: loaded.where } : {}) },
  );
  const notes = [...loaded.notes];
  // A saved workbook carries the verdict its formulas last computed; say so if it disagrees (e.g. not recalculated since).
  if (loaded.formulaVerdict && loaded.formulaVerdict !== result.verdict) {
    notes.push(
      e(lang, 'cli.formula-differs', {
        formula: e(lang, `verdict.${loaded.formulaVerdict}`),
        verdict: e(lang, `verdict.${result.verdict}`),
      }),
    );
  }
  if (opts.json) ctx.stdout(`${JSON.stringify({ file, asOfOrigin: origin, ...result, notes })}\n`);
  else
    ctx.stdout(
      renderReadiness(result, lang, e(lang, `cli.as-of-origin.${origin}`), loaded.answers, opts.verbose === true),
    );
  for (const n of notes) ctx.stderr(`${n}\n`);
  ctx.exitCode = result.verdict === 'ready' ? 0 : 1;
}
