/*
 * The --report page: text is text (a name that is markup stays visible characters), nothing is fetched, and
 * Chromium prints it on one A4 page even for a long audit (every indicator lost points, many problems).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, resultContent, score } from '../../core/index';
import { escapeHtml, renderHtmlReport } from '../../cli/html-report';
import { CHROMIUM_PATH, hasChromium, hasPdfinfo, PDFINFO_PATH } from '../support/external-programs';

const HOSTILE = '<img src=x onerror=alert(1)>星河&"家电\'';

/** Every item loses points (worst case for the page length); some cells hold text, so problems too. */
function longAudit(lang: 'zh-CN' | 'en') {
  const result = score(
    gbt27922_2011,
    {
      responses: gbt27922_2011.items.map((i, n) => ({
        id: i.id,
        value: n % 7 === 3 ? '良好' : i.kind === 'binary' ? '不符合' : i.max / 2,
        where: { value: `评分表!F${n + 5}` },
      })),
    },
    { lang },
  );
  return resultContent(result, {
    lang,
    facts: { organisation: HOSTILE, uscc: '91350100M000100Y43', date: '2025-06-30', auditor: '<b>李明</b>' },
    schemeName: gbt27922_2011.name,
    decimals: 1,
    problems: [{ code: 'x', severity: 'warning', where: '评分表!B9', message: '评分表!B9：<script>alert(2)</script>' }],
  });
}

describe('the HTML report', () => {
  it('draws no category bar while an input is invalid: the subtotals say not computed', () => {
    // longAudit holds 良好 in score cells: invalid input, total null, so no category is a result.
    const html = renderHtmlReport(longAudit('zh-CN'));
    const bars = html.slice(html.indexOf('<svg class="bars"'), html.indexOf('</svg>'));
    expect(bars.match(/未计算（有无效输入） \/ \d/g)).toHaveLength(3);
    expect(bars).not.toMatch(/fill="#1f4e79"\/>[^<]*<text[^>]*>\d/);
    expect(bars.match(/width="0\.0" height="14" fill="#1f4e79"/g)).toHaveLength(3);
  });

  it('escapes every text and loads nothing', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderHtmlReport(longAudit('zh-CN'));
    expect(html).not.toMatch(/<img|<script|<b>|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;星河&amp;&quot;家电&#39;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    // No URL to fetch: no src/href at all, and a policy that forbids loading anything.
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@page { size: A4 portrait;');
  });

  it('shows organisation, score, level, category bars, points lost, next steps and problems', () => {
    const result = score(gbt27922_2011, {
      responses: gbt27922_2011.items.map((i) => ({
        id: i.id,
        value: i.id === '5.3.2' ? 0 : i.kind === 'binary' ? '符合' : i.max,
      })),
    });
    // 5.3.2 (13 points) lost: 87 of 100 → 87.0, 三星; 四星 (90) is 3 points away.
    const html = renderHtmlReport(resultContent(result, { facts: { organisation: '星河家电' }, decimals: 1 }));
    expect(html).toContain('<h1>星河家电 · 售后服务评价评分结果</h1>');
    expect(html).toContain('<span class="value">87.0</span>');
    expect(html).toContain('<span class="value">三星</span>');
    expect(html.match(/<rect [^>]*fill="#1f4e79"/g)).toHaveLength(3); // one bar per category
    expect(html).toMatch(
      /<td>5\.3\.2<\/td><td>投诉处理<\/td><td class="n">13.0<\/td><td class="n">0.0<\/td><td class="n">13.0<\/td>/,
    );
    expect(html).toContain('距四星（90 分）还差 3.0 分');
    expect(html).toContain('没有发现问题。');
  });

  describe.skipIf(!hasChromium('HTML report print') || !hasPdfinfo('HTML report print'))('printed by Chromium', () => {
    it.each(['zh-CN', 'en'] as const)('fits one A4 page (%s)', { timeout: 60_000 }, (lang) => {
      const dir = mkdtempSync(join(tmpdir(), 'report-print-'));
      const page = join(dir, 'report.html');
      writeFileSync(page, renderHtmlReport(longAudit(lang)));
      const pdf = join(dir, 'report.pdf');
      execFileSync(
        CHROMIUM_PATH,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          `file://${page}`,
        ],
        { stdio: 'pipe', timeout: 50_000 },
      );
      const info = execFileSync(PDFINFO_PATH, [pdf], { encoding: 'utf8' });
      expect(/Pages:\s+(\d+)/.exec(info)![1]).toBe('1');
      expect(info).toMatch(/Page size:.*\(A4\)/);
      expect(readFileSync(pdf).length).toBeGreaterThan(1000);
    });
  });
});
