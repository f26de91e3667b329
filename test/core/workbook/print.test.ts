/*
 * The template printed: LibreOffice converts it to PDF, poppler reads the pages back. Checked: every page
 * A4, pages per sheet within a budget, 参数 never printed, 评分表 and 自查 one page wide (their last
 * printed column on every page), the helper columns nowhere, each 评价要求 whole within its own row, and
 * the print scale in the file keeping text at 8 pt or more (also measured on the page).
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011, t, type IndicatorResponse, type Lang } from '../../../core/index';
import { writeTemplate } from '../../../core/workbook/index';
import { SHEET_NAMES } from '../../../core/workbook/sheet-names';
import { hasPdfinfo, PDFINFO_PATH, PDFTOTEXT_PATH, SOFFICE_PATH } from '../../support/external-programs';
import { freshProfile, hasSoffice } from './libreoffice';

const CARLITO = '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf';

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
  /** The sheet named in the footer ("评分表 第 2 页，共 6 页"). */
  sheet: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** pdftotext -bbox: every word with its box, page by page. */
function readPages(pdf: string, sheetNames: string[]): Page[] {
  const html = execFileSync(PDFTOTEXT_PATH, ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => {
    const words = [
      ...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g),
    ].map((w) => ({ x0: +w[1]!, y0: +w[2]!, x1: +w[3]!, y1: +w[4]!, text: unescape(w[5]!) }));
    const height = +p[2]!;
    // The footer is the lowest line of the page.
    const lowest = Math.max(...words.map((w) => w.y0));
    const footer = words
      .filter((w) => w.y0 > lowest - 3)
      .sort((a, b) => a.x0 - b.x0)
      .map((w) => w.text)
      .join(' ');
    // Longest name first: "Special items" before "Scoring"-like prefixes.
    const sheet =
      [...sheetNames].sort((a, b) => b.length - a.length).find((n) => footer.startsWith(n)) ?? `? ${footer}`;
    return { width: +p[1]!, height, words, sheet };
  });
}

const A4 = { w: 595.3, h: 841.9 };
const isA4 = (p: Page) =>
  (Math.abs(p.width - A4.w) < 1 && Math.abs(p.height - A4.h) < 1) ||
  (Math.abs(p.width - A4.h) < 1 && Math.abs(p.height - A4.w) < 1);

// Pages each sheet may take: 21 indicators on 评分表, the eligibility conditions on 自查.
const BUDGET: Record<Lang, Record<string, number>> = {
  'zh-CN': { cover: 1, items: 3, special: 1, summary: 1, params: 0, selfCheck: 3 },
  en: { cover: 1, items: 3, special: 1, summary: 1, params: 0, selfCheck: 4 },
};

const responses: IndicatorResponse[] = gbt27922_2011.items.map((it, i) =>
  it.kind === 'sampled'
    ? { id: it.id, samples: 10, nonconforming: i % 4, note: '抽查 10 份服务记录，其中 1 份未签字确认' }
    : it.kind === 'binary'
      ? { id: it.id, value: i % 3 ? '符合' : '不符合' }
      : { id: it.id, value: Math.max(0, it.max - (i % 3) * 0.5), ...(i % 2 ? { note: '现场查看制度文件' } : {}) },
);

const cjk = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(
  !hasSoffice('workbook print (PDF)') || !hasPdfinfo('workbook print (PDF)') || !hasCarlito('workbook print (PDF)'),
)('the template prints on A4', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gbt-print-'));
  const files: Record<Lang, { xlsx: string; pdf: string; wb: ExcelJS.Workbook }> = {} as never;

  beforeAll(async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const xlsx = join(dir, `template-${lang}.xlsx`);
      const bytes = await writeTemplate(gbt27922_2011, {
        lang,
        responses,
        facts: { organisation: '深圳某某科技有限公司', date: '2025-06-30', auditor: '李四' },
        specialDeductions: [{ clause: '4.2', description: '未公示服务承诺', rectified: false }],
      });
      writeFileSync(xlsx, bytes);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      files[lang] = { xlsx, pdf: join(dir, `template-${lang}.pdf`), wb };
    }
    // One soffice process for both files.
    execFileSync(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=file://${freshProfile()}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        files['zh-CN'].xlsx,
        files.en.xlsx,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  }, 200_000);

  for (const lang of ['zh-CN', 'en'] as const) {
    const name = (k: keyof typeof SHEET_NAMES) => SHEET_NAMES[k][lang];
    const selfCheckName = lang === 'en' ? 'Self-check' : '自查';
    const keyOf = (sheet: string) =>
      sheet === selfCheckName
        ? 'selfCheck'
        : (Object.keys(SHEET_NAMES) as (keyof typeof SHEET_NAMES)[]).find((k) => SHEET_NAMES[k][lang] === sheet);
    const pages = () => readPages(files[lang].pdf, [...Object.values(SHEET_NAMES).map((n) => n[lang]), selfCheckName]);

    describe(lang, () => {
      it('every page is A4; pages per sheet within the budget; 参数 never printed', () => {
        const info = execFileSync(PDFINFO_PATH, [files[lang].pdf], { encoding: 'utf8' });
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        const ps = pages();
        expect(ps.filter((p) => !isA4(p)).map((p) => `${p.sheet} ${p.width}x${p.height}`)).toEqual([]);
        const count: Record<string, number> = {};
        for (const p of ps) count[keyOf(p.sheet) ?? p.sheet] = (count[keyOf(p.sheet) ?? p.sheet] ?? 0) + 1;
        console.log(`${lang} pages per sheet: ${JSON.stringify(count)}`);
        for (const [k, max] of Object.entries(BUDGET[lang])) {
          expect(count[k] ?? 0, `${k} pages`).toBeLessThanOrEqual(max);
          if (max > 0) expect(count[k] ?? 0, `${k} printed`).toBeGreaterThan(0);
        }
        expect(Object.keys(count).filter((k) => !(k in BUDGET[lang]))).toEqual([]);
        // The 参数 sheet's title is on no page either.
        const paramsTitle = t(lang, 'workbook.tpl.params.title');
        expect(
          ps.some((p) =>
            p.words
              .map((w) => w.text)
              .join(' ')
              .includes(paramsTitle),
          ),
        ).toBe(false);
      });

      it('评分表 and 自查 are one page wide: the first and the last printed header on every page; no helper column', () => {
        const ps = pages();
        const items = ps.filter((p) => p.sheet === name('items'));
        const first = t(lang, 'workbook.tpl.col.id'),
          last = t(lang, 'workbook.tpl.col.status');
        for (const p of items) {
          const text = p.words.map((w) => w.text).join(' ');
          expect(text, 'first column').toContain(first);
          expect(text, 'last printed column').toContain(last);
          for (const helper of ['countedMax', 'applicableMax', 'error', 'scoreNumber'])
            expect(text).not.toContain(t(lang, `workbook.tpl.col.${helper}`));
        }
        const sc = ps.filter((p) => p.sheet === selfCheckName);
        for (const p of sc) {
          const text = p.words.map((w) => w.text).join(' ');
          expect(text).toContain(t(lang, 'eligibility.sheet.col.condition'));
          expect(text).toContain(t(lang, 'eligibility.sheet.col.source'));
        }
      });

      it('each 评价要求 is printed whole inside its own row', () => {
        const items = pages().filter((p) => p.sheet === name('items'));
        const seen = new Set<string>();
        for (const p of items) {
          // Rows start at their id in column A; the criteria column starts where the first criterion does.
          const ids = p.words
            .filter((w) => gbt27922_2011.itemById.has(w.text) && w.x0 < 60)
            .sort((a, b) => a.y0 - b.y0);
          for (const [i, idWord] of ids.entries()) {
            const item = gbt27922_2011.itemById.get(idWord.text)!;
            const want = item.criteria![lang === 'en' ? 'en' : 'zh'];
            const top = idWord.y0 - 3,
              bottom = ids[i + 1] ? ids[i + 1]!.y0 - 3 : p.height - 60;
            const inRow = p.words.filter((w) => w.y0 >= top && w.y0 < bottom);
            // The criteria column ends where 评分方式 (its word in this row) begins, and starts at the rightmost
            // word that begins the criterion (评价指标, left of it, may begin with the same words).
            const kindWord = t(lang, `kind.${item.kind}`).split(' ')[0]!;
            const right = Math.min(...inRow.filter((w) => w.text === kindWord && w.x0 > 100).map((w) => w.x0));
            expect(right, `${item.id}: 评分方式 column`).toBeLessThan(Infinity);
            const start = inRow
              .filter((w) => w.x0 < right && cjk(want).startsWith(cjk(w.text)))
              .sort((a, b) => b.x0 - a.x0)[0];
            expect(start, `${item.id}: start of 评价要求`).toBeDefined();
            const text = inRow
              .filter((w) => w.x0 >= start!.x0 - 1 && w.x0 < right - 1)
              .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
              .map((w) => w.text)
              .join('');
            expect(cjk(text), item.id).toBe(cjk(want));
            seen.add(item.id);
          }
        }
        expect(seen.size).toBe(gbt27922_2011.items.length);
      });

      it('the print scale in the file keeps text at 8 pt or more, as measured on the pages', () => {
        const wb = files[lang].wb;
        const figures: string[] = [];
        const ps = pages();
        wb.eachSheet((ws) => {
          if (ws.state !== 'visible') return;
          const setup = ws.pageSetup;
          expect(setup.paperSize, ws.name).toBe(9);
          expect(setup.fitToPage, `${ws.name}: the scale, not fit-to-page, decides the size`).toBeFalsy();
          // Smallest font in the printed cells (hidden columns and helper fonts do not print).
          let min = Infinity;
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              if (ws.getColumn(cell.col).hidden) return;
              if (cell.value === null || cell.value === undefined || cell.value === '') return;
              min = Math.min(min, cell.font?.size ?? 11);
            }),
          );
          const effective = ((setup.scale ?? 100) * min) / 100;
          // Measured: a word's box is about 1.3 em high in both Carlito and Noto Sans CJK.
          const boxes = ps
            .filter((p) => p.sheet === ws.name)
            .flatMap((p) => p.words.filter((w) => w.y0 < p.height - 60));
          const measured = Math.min(...boxes.map((w) => (w.y1 - w.y0) / 1.3));
          figures.push(
            `${ws.name}: scale ${setup.scale}% × ${min} pt = ${effective.toFixed(2)} pt (measured ${measured.toFixed(2)})`,
          );
          expect(effective, ws.name).toBeGreaterThanOrEqual(8);
          expect(measured, ws.name).toBeGreaterThanOrEqual(7.9);
        });
        console.log(`${lang}: ${figures.join('; ')}`);
      });
    });
  }
});

function hasCarlito(suite: string): boolean {
  // Calibri's metric twin: without it LibreOffice lays the columns out wider than Excel does.
  try {
    readFileSync(CARLITO);
    return true;
  } catch {
    const msg = `\n*** SKIPPED: ${suite} needs the Carlito font (${CARLITO}): apt-get install -y fonts-crosextra-carlito\n`;
    if (process.env.GBT27922_REQUIRE_ALL_SUITES) throw new Error(msg);
    console.warn(msg);
    return false;
  }
}
