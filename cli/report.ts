/*
 * Human output: a table (one row per file), the problems of each file, a summary; and the detailed
 * report of one audit (demo, or score with a single file). Rendered from the records/result only.
 */
import { formatPoints, formatScore, t, type AuditResult, type Lang, type Scheme } from './core-api';
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

export function renderTable(records: readonly FileRecord[], lang: Lang): string {
  const head = ['table.file', 'table.score', 'table.level', 'table.unscored', 'table.problems'].map((k) => m(lang, k));
  const rows = records.map((r) => [
    r.file,
    r.read ? fmt(r.score) : m(lang, 'table.unread'),
    r.score === null
      ? m(lang, 'table.no-score')
      : levelName(lang, r.level) + (r.provisional ? paren(lang, m(lang, 'table.provisional')) : ''),
    r.unscored === null ? '—' : String(r.unscored),
    String(r.issues.length),
  ]);
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]!))));
  const line = (cells: string[]) =>
    cells
      .map((s, c) => pad(s, widths[c]!, c === 1 || c === 3 || c === 4))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderIssues(records: readonly FileRecord[], lang: Lang, perFile = 5): string {
  const out: string[] = [];
  for (const r of records) {
    if (!r.issues.length) continue;
    out.push(m(lang, 'report.issues-of', { file: r.file }));
    for (const i of r.issues.slice(0, perFile)) out.push(`  - ${i.message}`);
    if (r.issues.length > perFile) out.push(`  ${m(lang, 'report.more-issues', { count: r.issues.length - perFile })}`);
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
    m(lang, 'summary.counts', { total: records.length, scored: scored.length, failed: records.length - scored.length }),
    m(lang, 'summary.levels', { dist: dist || m(lang, 'summary.none') }),
  ];
  const copies = records.filter((r) => r.scoredCopy).length;
  if (extra.outDir) out.push(m(lang, 'summary.copies', { count: copies, dir: extra.outDir }));
  if (extra.reportDir)
    out.push(m(lang, 'summary.reports', { count: records.filter((r) => r.report).length, dir: extra.reportDir }));
  if (extra.seconds !== undefined)
    out.push(m(lang, 'summary.time', { seconds: extra.seconds.toFixed(1), jobs: extra.jobs ?? 1 }));
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
  const out = [m(lang, 'detail.scheme', { name: name(scheme.name), id: scheme.id, version: scheme.version })];
  if (organisation) out.push(m(lang, 'detail.organisation', { name: organisation }));
  out.push(
    m(lang, 'detail.score', {
      score: score(result.score),
      level: levelName(lang, result.level),
      provisional: result.provisional ? m(lang, 'detail.provisional', { count: result.unscored }) : '',
    }),
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
  for (const c of result.categories)
    out.push(
      m(lang, 'detail.category', {
        id: c.id,
        name: name(c.name),
        earned: points(c.earned),
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
  if (result.unscoredIds.length)
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
