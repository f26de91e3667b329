/*
 * Human output: a table (one row per file), the problems of each file, a summary; and the detailed
 * report of one audit (demo, or score with a single file). Rendered from the records/result only.
 */
import {
  auditState,
  BUNDLED_SCHEMES,
  formatPoints,
  formatScore,
  isStateIssue,
  t,
  type AuditResult,
  type Lang,
  type Scheme,
} from './core-api';
import { m } from './messages';
import { isScored, type FileRecord } from './record';

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        (c >= 0x20000 && c <= 0x3fffd))
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

export function levelName(lang: Lang, level: string | null): string {
  return level ? t(lang, `level.${level}`) : m(lang, 'table.no-score');
}

const paren = (lang: Lang, s: string) => (lang === 'zh-CN' ? `（${s}）` : ` (${s})`);

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100));

/**
 * The score as the detail and the workbooks show it (core's formatScore with the scheme's decimals, carried
 * by the record as scoreText, for a scheme file too), so a report shows one figure.
 */
function shownScore(r: FileRecord): string {
  if (r.score === null) return '—';
  if (r.scoreText !== undefined) return r.scoreText;
  const decimals = BUNDLED_SCHEMES.find((x) => x.id === r.scheme.id)?.rules.rounding.decimals;
  return decimals === undefined ? fmt(r.score) : formatScore(r.score, decimals);
}

/** The problems of a record: its issues without the lines that only restate the audit state (core's isStateIssue) and without notes. */
export const problemsOf = (r: FileRecord) => r.issues.filter((i) => !isStateIssue(i.code) && i.severity !== 'note');

/** Notes (for information only): listed after the problems, never counted as problems. */
const notesOf = (r: FileRecord) => r.issues.filter((i) => i.severity === 'note');

export function renderTable(records: readonly FileRecord[], lang: Lang): string {
  const head = ['table.file', 'table.score', 'table.level', 'table.state', 'table.unscored', 'table.problems'].map(
    (k) => m(lang, k),
  );
  const rows = records.map((r) => [
    r.file,
    r.read ? shownScore(r) : m(lang, 'table.unread'),
    r.score === null ? m(lang, 'table.no-score') : levelName(lang, r.level),
    // Core's audit state in words: 未开始 / 评分中（暂定）/ 输入有误 / 已完成 (a blank workbook is not an error).
    r.state ? t(lang, `state.${r.state}`) : '—',
    r.unscored === null ? '—' : String(r.unscored),
    String(problemsOf(r).length),
  ]);
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]!))));
  const line = (cells: string[]) =>
    cells
      .map((s, c) => pad(s, widths[c]!, c === 1 || c === 4 || c === 5))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderIssues(records: readonly FileRecord[], lang: Lang, perFile = 5): string {
  const out: string[] = [];
  for (const r of records) {
    const problems = problemsOf(r);
    const notes = notesOf(r);
    const excluded = r.exclusions ?? [];
    if (!problems.length && !notes.length && !excluded.length) continue;
    out.push(m(lang, 'report.issues-of', { file: r.file }));
    // The items the sheet takes out, with the cells of their marks: a reader checks them against the sheet.
    if (excluded.length)
      out.push(
        `  ${m(lang, 'report.exclusions', {
          list: excluded
            .map((x) => m(lang, 'report.exclusion', { id: x.id, where: x.where }))
            .join(m(lang, 'list.sep')),
        })}`,
      );
    // Each problem names its indicator (id and name) before the cell and what is wrong.
    const item = (id: string | undefined) =>
      id ? BUNDLED_SCHEMES.find((x) => x.id === r.scheme.id)?.items.find((it) => it.id === id) : undefined;
    for (const i of problems.slice(0, perFile)) {
      const it = item(i.indicatorId);
      const named = it
        ? `${it.id} ${lang === 'zh-CN' ? it.name.zh : it.name.en}${lang === 'zh-CN' ? ' · ' : ' · '}`
        : '';
      out.push(`  - ${named}${i.message}`);
    }
    if (problems.length > perFile) out.push(`  ${m(lang, 'report.more-issues', { count: problems.length - perFile })}`);
    for (const i of notes.slice(0, perFile)) out.push(`  ${m(lang, 'report.note', { message: i.message })}`);
    if (notes.length > perFile) out.push(`  ${m(lang, 'report.more-issues', { count: notes.length - perFile })}`);
  }
  return out.join('\n');
}

export function renderSummary(
  records: readonly FileRecord[],
  lang: Lang,
  extra: { outDir?: string; reportDir?: string; seconds?: number; jobs?: number } = {},
): string {
  const scored = records.filter(isScored);
  const byLevel = new Map<string, number>();
  for (const r of scored) byLevel.set(r.level ?? 'fail', (byLevel.get(r.level ?? 'fail') ?? 0) + 1);
  const order = ['5-star', '4-star', '3-star', 'compliant', 'fail'];
  const dist = order
    .filter((l) => byLevel.has(l))
    .map((l) => `${levelName(lang, l)} ${byLevel.get(l)}`)
    .join(lang === 'en' ? ', ' : '，');
  const out = [
    `${m(lang, 'summary.title')}`,
    m(lang, 'summary.counts', {
      count: records.length,
      total: records.length,
      scored: scored.length,
      failed: records.length - scored.length,
    }),
    m(lang, 'summary.levels', { dist: dist || m(lang, 'summary.none') }),
  ];
  const copies = records.filter((r) => r.scoredCopy).length;
  if (extra.outDir) out.push(m(lang, 'summary.copies', { count: copies, dir: extra.outDir }));
  if (extra.reportDir)
    out.push(m(lang, 'summary.reports', { count: records.filter((r) => r.report).length, dir: extra.reportDir }));
  if (extra.seconds !== undefined)
    out.push(
      m(lang, 'summary.time', { count: extra.jobs ?? 1, seconds: extra.seconds.toFixed(1), jobs: extra.jobs ?? 1 }),
    );
  return out.join('\n');
}

/** Everything one audit says: categories, points to the next level, what is unscored, veto. */
export function renderDetail(result: AuditResult, scheme: Scheme, lang: Lang, organisation?: string): string {
  const zh = lang === 'zh-CN';
  const name = (x: { zh: string; en: string }) => (zh ? x.zh : x.en);
  // Shown numbers follow core's rounding policy (core/scoring/display-number.ts), as 汇总 and 结果 do.
  const d = scheme.rules.rounding.decimals;
  const score = (x: number | null) => (x === null ? '—' : formatScore(x, d));
  const points = (x: number | null) => (x === null ? '—' : formatPoints(x));
  const state = auditState(result, lang, result.score === null ? undefined : score(result.score));
  const out = [m(lang, 'detail.scheme', { name: name(scheme.name), id: scheme.id, version: scheme.version })];
  if (organisation) out.push(m(lang, 'detail.organisation', { name: organisation }));
  out.push(
    m(lang, 'detail.score', {
      score: score(result.score),
      level: levelName(lang, result.level),
      provisional: state.state === 'in-progress' ? m(lang, 'detail.provisional', { count: result.unscored }) : '',
    }),
    // The state's own sentence only when it has no score in it: the score is shown once, formatted, above.
    m(lang, 'detail.state', {
      state: state.label,
      summary: result.score === null ? state.summary : '',
    }).trimEnd(),
  );
  // Nothing scored yet: no sums to show (0 of 0 says nothing).
  if (state.state !== 'not-started')
    out.push(
      m(lang, 'detail.raw', {
        earned: points(result.earned),
        applicable: points(result.applicable),
        normalised: score(result.normalised),
        deductions: result.specialDeductions,
        bonus: result.bonus,
      }),
    );
  if (result.vetoed && result.vetoReason) out.push(m(lang, 'detail.veto', { reason: result.vetoReason.message }));
  out.push(m(lang, 'detail.categories'));
  // While any input is invalid core does not compute subtotals: the line says so instead of a figure.
  for (const c of result.categories)
    out.push(
      m(lang, 'detail.category', {
        id: c.id,
        name: name(c.name),
        earned: !c.computed ? state.notComputed : c.percent === null ? '—' : points(c.earned),
        applicable: points(c.applicable),
      }),
    );
  const next = result.nextLevel;
  if (!next) {
    if (result.score !== null) out.push(m(lang, 'detail.top-level'));
  } else if (next.reachable && next.improvements.length) {
    const items = next.improvements
      .map((i) => `${i.id} ${name(i.name)}${paren(lang, `+${points(i.gain)}`)}`)
      .join(zh ? '、' : ', ');
    out.push(
      m(lang, 'detail.next-level', {
        level: levelName(lang, next.level),
        threshold: score(next.threshold),
        points: score(next.pointsNeeded),
        items,
      }),
    );
  } else {
    out.push(m(lang, 'detail.next-blocked', { level: levelName(lang, next.level), threshold: next.threshold }));
  }
  if (result.unscoredIds.length && state.state !== 'not-started')
    out.push(m(lang, 'detail.unscored', { ids: result.unscoredIds.join(zh ? '、' : ', ') }));
  return out.join('\n');
}

/** The 自查 verdict of each file whose self-check sheet has answers (gbt27922 readiness FILE for the details). */
export function renderEligibility(records: readonly FileRecord[], lang: Lang): string {
  const withCheck = records.filter((r) => r.eligibility);
  if (!withCheck.length) return '';
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const out = [m(lang, 'eligibility.title')];
  for (const r of withCheck) {
    const e = r.eligibility!;
    const gaps = [
      e.unmet.length ? m(lang, 'eligibility.unmet', { ids: e.unmet.join(sep) }) : '',
      e.unknown.length ? m(lang, 'eligibility.unknown', { ids: e.unknown.join(sep) }) : '',
    ].filter(Boolean);
    out.push(
      m(lang, 'eligibility.line', {
        file: r.file,
        verdict: t(lang, `eligibility.verdict.${e.verdict}`),
        asOf: e.asOf,
        gaps: gaps.length ? paren(lang, gaps.join(lang === 'zh-CN' ? '；' : '; ')) : '',
      }),
    );
  }
  out.push(m(lang, 'eligibility.hint'));
  return out.join('\n');
}
