import { checkUscc } from '../documents/uscc';
import { t, type CodesOf, type Lang, type Params } from '../i18n/index';
import { ELIGIBILITY_CONDITIONS } from './catalogue';
import { addMonths, compareDay, formatDay, readAnswer, readCount, readDay, type Day, type Read } from './read-input';
import { resolveEligibilitySettings } from './settings';
import type {
  Answer,
  ConditionCheck,
  ConditionId,
  ConditionResult,
  ConditionStatus,
  EligibilityAnswers,
  EligibilityCondition,
  EligibilityOptions,
  EligibilityResult,
  EligibilitySettings,
  InputKey,
  Verdict,
} from './types';

export const ELIGIBILITY_ENGINE = { name: 'gbt27922-eligibility', version: '0.1.0' } as const;

/** What a condition rule decides, before it is put into words. */
interface Outcome {
  status: ConditionStatus;
  /** A reason with a message under eligibility.reason.* (the compiler rejects any other). */
  code: CodesOf<'eligibility.reason'>;
  params?: Params;
  /** Todo message key and params; the condition's own todo text is passed as {todo}. Default: the plain todo. */
  todo?: { key: `eligibility.todo.${CodesOf<'eligibility.todo'>}`; params?: Params };
}

interface Ctx {
  lang: Lang;
  asOf: Day;
  settings: EligibilitySettings;
  answers: EligibilityAnswers;
  where: Partial<Record<InputKey, string>>;
}

const label = (ctx: Ctx, c: EligibilityCondition, key: InputKey) => {
  const input = c.inputs.find((i) => i.key === key)!;
  return ctx.lang === 'zh-CN' ? input.label.zh : input.label.en;
};
const whereOf = (ctx: Ctx, c: EligibilityCondition, key: InputKey) => ctx.where[key] ?? label(ctx, c, key);
const shown = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** A yes / no / not-sure answer turned into a status (nothing unanswered counts as met). */
function fromAnswer(ctx: Ctx, c: EligibilityCondition, key: InputKey, read: Read<Answer>): Outcome {
  const question = label(ctx, c, key);
  if (!read.ok) {
    return read.empty
      ? {
          status: 'unknown',
          code: 'unanswered',
          params: { question },
          todo: { key: 'eligibility.todo.unknown', params: { question } },
        }
      : {
          status: 'unknown',
          code: 'unreadable',
          params: { where: whereOf(ctx, c, key), value: shown(ctx.answers[key]) },
          todo: { key: 'eligibility.todo.unknown', params: { question } },
        };
  }
  if (read.value === 'yes') return { status: 'met', code: 'answered-yes' };
  if (read.value === 'no') return { status: 'unmet', code: 'answered-no' };
  return {
    status: 'unknown',
    code: 'answered-not-sure',
    todo: { key: 'eligibility.todo.unknown', params: { question } },
  };
}

type CheckOf<K extends ConditionCheck['kind']> = Extract<ConditionCheck, { kind: K }>;

/** answer: the applicant's yes / no / not sure. */
function checkAnswer(ctx: Ctx, c: EligibilityCondition, k: CheckOf<'answer'>): Outcome {
  return fromAnswer(ctx, c, k.input, readAnswer(ctx.answers[k.input]));
}

/** credit-code: a code that passes its checksum, and a yes to the question beside it. */
function checkCreditCode(ctx: Ctx, c: EligibilityCondition, k: CheckOf<'credit-code'>): Outcome {
  const answer = readAnswer(ctx.answers[k.answer]);
  if (answer.ok && answer.value === 'no') return { status: 'unmet', code: 'answered-no' };
  const raw = ctx.answers[k.code];
  if (raw !== undefined && raw !== null && String(raw).trim() !== '') {
    const r = checkUscc(String(raw), ctx.lang);
    if (!r.valid)
      return {
        status: 'unmet',
        code: 'uscc-invalid',
        params: { value: String(raw), detail: r.message },
        todo: { key: 'eligibility.todo.uscc-fix' },
      };
    const o = fromAnswer(ctx, c, k.answer, answer);
    return o.status === 'met' ? { status: 'met', code: 'uscc-valid', params: { code: r.uscc } } : o;
  }
  const o = fromAnswer(ctx, c, k.answer, answer);
  if (o.status !== 'met') return o;
  const what = label(ctx, c, k.code);
  return { status: 'unknown', code: 'uscc-missing', todo: { key: 'eligibility.todo.fill', params: { what } } };
}

/** elapsed-months: a date at least N months before the as-of day (N months later ≤ as-of, month ends clamped). */
function checkElapsedMonths(ctx: Ctx, c: EligibilityCondition, k: CheckOf<'elapsed-months'>): Outcome {
  const key = k.date;
  const months = ctx.settings[k.months];
  const what = label(ctx, c, key);
  const read = readDay(ctx.answers[key]);
  if (!read.ok) {
    return read.empty
      ? {
          status: 'unknown',
          code: 'date-missing',
          params: { what },
          todo: { key: 'eligibility.todo.fill', params: { what } },
        }
      : {
          status: 'unknown',
          code: 'date-unreadable',
          params: { where: whereOf(ctx, c, key), value: shown(ctx.answers[key]) },
          todo: { key: 'eligibility.todo.fill', params: { what } },
        };
  }
  const date = formatDay(read.value);
  const asOf = formatDay(ctx.asOf);
  if (compareDay(read.value, ctx.asOf) > 0) {
    return {
      status: 'unknown',
      code: 'date-future',
      params: { what, date, asOf },
      todo: { key: 'eligibility.todo.fill', params: { what } },
    };
  }
  const due = formatDay(addMonths(read.value, months));
  const params = { date, asOf, months, due };
  if (compareDay(addMonths(read.value, months), ctx.asOf) <= 0) return { status: 'met', code: k.reasons.met, params };
  return {
    status: 'unmet',
    code: k.reasons.unmet,
    params,
    todo: { key: 'eligibility.todo.wait-until', params: { due, months } },
  };
}

/** ratio: part × 100 ≥ whole × percent, in whole numbers so 10 of 100 is exactly 10%. */
function checkRatio(ctx: Ctx, c: EligibilityCondition, k: CheckOf<'ratio'>): Outcome {
  const required = ctx.settings[k.atLeastPercent];
  const counts: number[] = [];
  for (const key of [k.part, k.whole]) {
    const what = label(ctx, c, key);
    const read = readCount(ctx.answers[key]);
    if (!read.ok) {
      return read.empty
        ? {
            status: 'unknown',
            code: 'count-missing',
            params: { what },
            todo: { key: 'eligibility.todo.fill', params: { what } },
          }
        : {
            status: 'unknown',
            code: 'count-unreadable',
            params: { where: whereOf(ctx, c, key), value: shown(ctx.answers[key]) },
            todo: { key: 'eligibility.todo.fill', params: { what } },
          };
    }
    counts.push(read.value);
  }
  const [managers, staff] = counts as [number, number];
  if (managers > staff)
    return {
      status: 'unknown',
      code: 'managers-above-staff',
      params: { managers, staff },
      todo: { key: 'eligibility.todo.fill', params: { what: label(ctx, c, k.whole) } },
    };
  if (staff === 0) return { status: 'unmet', code: 'no-staff' };
  const percent = Math.round((managers / staff) * 1000) / 10;
  if (managers * 100 >= staff * required)
    return { status: 'met', code: 'ratio-met', params: { managers, staff, percent, required } };
  const needed = Math.ceil((staff * required) / 100);
  const missing = needed - managers;
  return {
    status: 'unmet',
    code: 'ratio-short',
    params: { managers, staff, percent, required, missing },
    todo: { key: 'eligibility.todo.more-managers', params: { count: missing, missing, staff, required, needed } },
  };
}

/**
 * conditional: applies only when `when` is yes (E15: only when some service is contracted out).
 * A met `then` is met whatever `when` says; `when` unreadable is reported as such.
 */
function checkConditional(ctx: Ctx, c: EligibilityCondition, k: CheckOf<'conditional'>): Outcome {
  const when = readAnswer(ctx.answers[k.when]);
  if (when.ok && when.value === 'no') return { status: 'not-applicable', code: k.notApplicable };
  const then = evaluate(ctx, c, k.then);
  if (then.status === 'met') return then;
  if (when.ok && when.value === 'yes') return then;
  if (!when.ok && !when.empty) return fromAnswer(ctx, c, k.when, when);
  const question = label(ctx, c, k.when);
  return {
    status: 'unknown',
    code: k.unknown,
    params: { question },
    todo: { key: 'eligibility.todo.unknown', params: { question } },
  };
}

/** Each kind of check the catalogue names, by name: a condition says which it needs, never its id. */
const CHECKS: { [K in ConditionCheck['kind']]: (ctx: Ctx, c: EligibilityCondition, check: CheckOf<K>) => Outcome } = {
  answer: checkAnswer,
  'credit-code': checkCreditCode,
  'elapsed-months': checkElapsedMonths,
  ratio: checkRatio,
  conditional: checkConditional,
};

function evaluate(ctx: Ctx, c: EligibilityCondition, check: ConditionCheck = c.check): Outcome {
  const run = CHECKS[check.kind] as (ctx: Ctx, c: EligibilityCondition, check: ConditionCheck) => Outcome;
  return run(ctx, c, check);
}

function parseAsOf(asOf: EligibilityOptions['asOf']): Day {
  const read = readDay(asOf);
  if (!read.ok)
    throw new Error(
      `checkEligibility: asOf must be a date like 2024-03-15 (got ${String(asOf)}); core never reads the clock, the caller passes the day.`,
    );
  return read.value;
}

/**
 * Can this company apply yet, and what is missing? Pure: the as-of day comes from the caller.
 * Verdict: any condition unmet → not-yet; else any unknown (unanswered, not sure, unreadable) → not-sure; else ready.
 */
export function checkEligibility(
  answers: EligibilityAnswers,
  settings: Partial<EligibilitySettings> = {},
  options: EligibilityOptions,
): EligibilityResult {
  const lang: Lang = options.lang ?? 'zh-CN';
  const ctx: Ctx = {
    lang,
    asOf: parseAsOf(options.asOf),
    settings: resolveEligibilitySettings(settings),
    answers: answers ?? {},
    where: options.where ?? {},
  };
  const conditions: ConditionResult[] = ELIGIBILITY_CONDITIONS.map((c) => {
    const o = evaluate(ctx, c);
    const todoText = lang === 'zh-CN' ? c.todo.zh : c.todo.en;
    const todo =
      o.status === 'met' || o.status === 'not-applicable'
        ? null
        : o.todo
          ? t(lang, o.todo.key, { ...o.todo.params, todo: todoText })
          : todoText;
    const params = o.params ?? {};
    return {
      id: c.id,
      title: lang === 'zh-CN' ? c.title.zh : c.title.en,
      status: o.status,
      statusText: t(lang, `eligibility.status.${o.status}`),
      reason: t(lang, `eligibility.reason.${o.code}`, params),
      reasonCode: o.code,
      params,
      todo,
      documents: [...c.documents],
      indicators: [...c.indicators],
      source: c.source,
    };
  });
  const ids = (s: ConditionStatus) => conditions.filter((r) => r.status === s).map((r) => r.id as ConditionId);
  const unmet = ids('unmet');
  const unknown = ids('unknown');
  const met = ids('met');
  const verdict: Verdict = unmet.length > 0 ? 'not-yet' : unknown.length > 0 ? 'not-sure' : 'ready';
  const summaryKey = verdict === 'not-yet' && unknown.length > 0 ? 'not-yet-unknown' : verdict;
  return {
    engine: { ...ELIGIBILITY_ENGINE },
    asOf: formatDay(ctx.asOf),
    settings: ctx.settings,
    verdict,
    summary: t(lang, `eligibility.summary.${summaryKey}`, {
      // count picks the plural form: the number the sentence starts with.
      count: verdict === 'ready' ? met.length : verdict === 'not-sure' ? unknown.length : unmet.length,
      met: met.length,
      unmet: unmet.length,
      unknown: unknown.length,
    }),
    conditions,
    gaps: conditions.filter((c) => c.status === 'unmet' || c.status === 'unknown'),
    unmet,
    unknown,
    notApplicable: ids('not-applicable'),
  };
}
