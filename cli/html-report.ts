/*
 * `gbt27922 score --report DIR`: one self-contained HTML page per workbook, from core's result content (the
 * same wording as the 结果 sheet): organisation, score, level, category bars as inline SVG, points lost, next
 * steps, problems. Prints on one A4 page from any browser (long lists are cut to fit, with a count of the
 * rest). No script, no external resource (a Content-Security-Policy forbids any), every text escaped.
 */
import { formatPoints, t, type ResultContent } from './core-api';

// Rows that still fit one A4 page under the header, the bars and the other sections.
const MAX_LOST = 10;
const MAX_NEXT = 6;
const MAX_PROBLEMS = 5;

/** Text as text: the five characters that could start markup or end an attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = escapeHtml;
const num = (n: number) => e(formatPoints(n));

/** `kinds[i]`: 'n' a number (right-aligned, like its header), 'w' a cell address (kept on one line), '' text. */
function table(head: string[], rows: string[][], kinds: ('n' | 'w' | '')[]): string {
  const cls = (i: number) => (kinds[i] ? ` class="${kinds[i]}"` : '');
  return (
    `<table><thead><tr>${head.map((h, i) => `<th${cls(i)}>${e(h)}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('') +
    '</tbody></table>'
  );
}

function more(c: ResultContent, all: number, shown: number): string {
  return all > shown ? `<p class="more">${e(t(c.lang, 'result-sheet.more', { count: all - shown }))}</p>` : '';
}

/** Category bars: name, a bar of earned over applicable, and the figures. */
function bars(c: ResultContent): string {
  const rows = c.categories.rows;
  const h = 22;
  const width = 640;
  const x0 = 190;
  const barW = 300;
  const body = rows
    .map((r, i) => {
      const y = i * h;
      const ratio = r.computed && r.applicable > 0 ? Math.max(0, Math.min(1, r.earned / r.applicable)) : 0;
      const pct = r.percent === null ? '' : ` · ${r.percent}%`;
      const figures = r.computed
        ? `${formatPoints(r.earned)} / ${formatPoints(r.applicable)}${pct}`
        : `${c.categories.notComputed} / ${formatPoints(r.applicable)}`;
      return (
        `<text x="0" y="${y + 15}">${e(`${r.id} ${r.name}`)}</text>` +
        `<rect x="${x0}" y="${y + 4}" width="${barW}" height="14" fill="#e8eef6"/>` +
        `<rect x="${x0}" y="${y + 4}" width="${(barW * ratio).toFixed(1)}" height="14" fill="#1f4e79"/>` +
        `<text x="${x0 + barW + 10}" y="${y + 15}">${e(figures)}</text>`
      );
    })
    .join('');
  return (
    `<svg class="bars" role="img" aria-label="${e(c.categories.title)}" viewBox="0 0 ${width} ${rows.length * h}" ` +
    `width="100%" xmlns="http://www.w3.org/2000/svg">${body}</svg>`
  );
}

export function renderHtmlReport(c: ResultContent): string {
  const facts = c.facts
    .filter((f) => f.value)
    .map((f) => `<div><dt>${e(f.label)}</dt><dd>${e(f.value)}</dd></div>`)
    .join('');
  const notes = c.notes.map((n) => `<p class="note${n.error ? ' error' : ''}">${e(n.text)}</p>`).join('');
  const totals = c.totals
    .map(
      (x) =>
        `<span><span class="k">${e(x.label)}</span> ${typeof x.value === 'number' ? num(x.value) : e(x.value)}</span>`,
    )
    .join('');
  const lostRows = c.lost.rows
    .slice(0, MAX_LOST)
    .map((r) => [e(r.id), e(r.name), num(r.max), num(r.earned), num(r.lost), e(r.note)]);
  const nextRows = c.next.rows.slice(0, MAX_NEXT).map((r) => [e(r.id), e(r.name), num(r.gain)]);
  const problemRows = c.problems.rows
    .slice(0, MAX_PROBLEMS)
    .map((p) => [e(p.where), e(p.indicator), p.error ? `<span class="error">${e(p.message)}</span>` : e(p.message)]);
  const eligibility = c.eligibility
    ? `<section><h2>${e(c.eligibility.title)}</h2><p>${e(c.eligibility.summary)}</p></section>`
    : '';
  return `<!doctype html>
<html lang="${c.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(c.title)}</title>
<style>
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 186mm; font: 9.5pt/1.35 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 9pt 0 3pt; border-bottom: 1px solid #c9d6e6; }
dl { display: grid; grid-template-columns: repeat(2, 1fr); gap: 1pt 12pt; margin: 0; }
dl div { display: flex; gap: 6pt; } dt { color: #595959; font-weight: bold; min-width: 7em; } dd { margin: 0; }
.headline { display: flex; gap: 24pt; align-items: baseline; margin: 8pt 0 2pt; }
.headline .value { font-size: 26pt; font-weight: bold; color: #1f4e79; }
.headline .label { color: #595959; font-weight: bold; margin-right: 6pt; }
.totals { display: flex; flex-wrap: wrap; gap: 2pt 16pt; color: #333; } .totals .k { font-weight: bold; color: #595959; }
.note { margin: 2pt 0; } .error { color: #c00000; } .more { color: #595959; margin: 2pt 0; }
.bars { display: block; max-height: 60mm; font-size: 12px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 1.5pt 4pt; vertical-align: top; border-bottom: 1px solid #e3e3e3; }
th { background: #dce6f1; } .n { text-align: right; white-space: nowrap; } .w { white-space: nowrap; }
section { break-inside: avoid; }
footer { margin-top: 10pt; font-size: 7.5pt; color: #808080; }
</style>
</head>
<body>
<header><h1>${e(c.title)}</h1><dl>${facts}</dl></header>
<div class="headline"><div><span class="label">${e(c.scoreLabel)}</span><span class="value">${e(c.scoreText)}</span></div>${
    c.level ? `<div><span class="label">${e(c.levelLabel)}</span><span class="value">${e(c.level)}</span></div>` : ''
  }</div>
${notes}<div class="totals">${totals}</div>
<section><h2>${e(c.categories.title)}</h2>${bars(c)}</section>
<section><h2>${e(c.lost.title)}</h2>${
    lostRows.length ? table(c.lost.head, lostRows, ['', '', 'n', 'n', 'n', '']) : `<p>${e(c.lost.empty)}</p>`
  }${more(c, c.lost.rows.length, lostRows.length)}</section>
${
  c.exclusions.rows.length
    ? `<section><h2>${e(c.exclusions.title)}</h2>${table(
        c.exclusions.head,
        c.exclusions.rows.map((x) => [e(x.id), e(x.name), e(x.where), e(x.mark)]),
        ['', '', 'w', ''],
      )}</section>`
    : ''
}
<section><h2>${e(c.next.title)}</h2><p>${e(c.next.line)}</p>${
    nextRows.length ? table(c.next.head, nextRows, ['', '', 'n']) : ''
  }${more(c, c.next.rows.length, nextRows.length)}</section>
<section><h2>${e(c.problems.title)}</h2>${
    problemRows.length ? table(c.problems.head, problemRows, ['w', '', '']) : `<p>${e(c.problems.empty)}</p>`
  }${more(c, c.problems.rows.length, problemRows.length)}</section>
${eligibility}
<footer>${e(c.stamp)}</footer>
</body>
</html>
`;
}
