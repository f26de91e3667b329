/*
 * Re-scoring a scored copy reuses the cell formats the last scoring added instead of appending them again,
 * and never changes or renumbers the workbook's own formats.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME_ID, gbt27922_2011, resultSheet, score } from '../../../core/index';
import { writeTemplate } from '../../../cli/core-writers';
import { demoFacts, demoResponses, demoSpecials } from '../../../cli/demo-data';
import { schemeFromSpec } from '../../../cli/resolve-scheme';
import { appendStyles } from '../../../cli/scored-copy/styles-part';
import { childElements } from '../../../cli/scored-copy/xml-entries';
import { convertToXlsx, hasSoffice } from '../../core/workbook/libreoffice';
import { FIXTURES, fixtureNames, gridsOf, scoredCopyOf } from './support';

const LISTS = [
  ['fonts', 'font'],
  ['fills', 'fill'],
  ['numFmts', 'numFmt'],
  ['cellXfs', 'xf'],
] as const;

const stylesOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/styles.xml']!);

/** The direct children of one list of styles.xml, as written (these files use no namespace prefix). */
function entries(styles: string, list: string, child: string): string[] {
  const body = new RegExp(`<${list}(?:\\s[^>]*)?>([\\s\\S]*?)</${list}>`).exec(styles)?.[1] ?? '';
  return childElements(body, '', child);
}

const counts = (styles: string) => Object.fromEntries(LISTS.map(([l, c]) => [l, entries(styles, l, c).length]));

/** Scores `bytes`, then scores the copy again and again: the copies after each scoring. */
async function rescored(bytes: Uint8Array, times: number): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let b = bytes; out.length < times;) out.push((b = (await scoredCopyOf(b)).copy));
  return out;
}

/** Our own template's sample, as `gbt27922 demo` writes it. */
async function demoSample(): Promise<Uint8Array> {
  const scheme = schemeFromSpec({ kind: 'bundled', id: DEFAULT_SCHEME_ID }, 'zh-CN');
  const responses = demoResponses(
    scheme.items.map((i) => i.id),
    'zh-CN',
  );
  const facts = demoFacts('zh-CN', new Date(2026, 10, 30));
  return new Uint8Array(await writeTemplate(scheme, { lang: 'zh-CN', facts, responses, ...demoSpecials('zh-CN') }));
}

describe('cell formats on re-scoring', () => {
  const layout = resultSheet(score(gbt27922_2011, { responses: [] }));
  const BARE =
    '<styleSheet><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

  it('adds nothing to its own output, also after the attributes are reordered and empty tags opened', () => {
    const first = appendStyles(BARE, layout);
    expect(appendStyles(first.xml, layout)).toEqual(first);
    // As another writer might save it: attributes in reverse order, <alignment/> as <alignment></alignment>.
    const rewritten = first.xml
      .replace(/<(xf|alignment|numFmt)((?:\s+\w+="[^"]*")+)(\/?)>/g, (_, tag: string, attrs: string, empty: string) => {
        const reversed = attrs
          .trim()
          .split(/\s+(?=\w+=)/)
          .reverse()
          .join(' ');
        return tag === 'alignment' && empty ? `<${tag} ${reversed}></${tag}>` : `<${tag} ${reversed}${empty}>`;
      })
      .replace(/<b\/>/g, '<b></b>');
    expect(rewritten).not.toBe(first.xml);
    const again = appendStyles(rewritten, layout);
    expect(again.xml).toBe(rewritten);
    expect(again.xf).toEqual(first.xf);
  });

  it('recognises its entries in a stylesheet that uses a prefix for the main namespace', () => {
    const prefixed = BARE.replace(/<(\/?)(\w)/g, '<$1x:$2').replace(
      '<x:styleSheet>',
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    );
    const first = appendStyles(prefixed, layout);
    expect(first.xml).toContain('<x:font><x:b/><x:sz val="14"/>');
    expect(appendStyles(first.xml, layout)).toEqual(first);
  });

  it('reuses a number format already defined with the same code, under its own id', () => {
    // An empty audit's sheet shows its points as 0.0#, already defined here as 170 (171 is another format).
    const styles = BARE.replace(
      '<styleSheet>',
      '<styleSheet><numFmts count="2"><numFmt numFmtId="170" formatCode="0.0#"/><numFmt formatCode="0.000" numFmtId="171"/></numFmts>',
    );
    const { xml } = appendStyles(styles, layout);
    expect(entries(xml, 'numFmts', 'numFmt')).toHaveLength(2);
    expect(xml).not.toContain('numFmtId="172"');
    expect(xml).toContain('<xf numFmtId="170"');
    expect(xml).not.toContain('<xf numFmtId="171"');
  });

  it('keeps styles.xml unchanged when our template’s sample and the foreign packages are re-scored 3 times', async () => {
    const inputs: [string, Uint8Array][] = [
      ['demo sample', await demoSample()],
      ...fixtureNames.map((n): [string, Uint8Array] => [n, new Uint8Array(readFileSync(join(FIXTURES, n)))]),
    ];
    for (const [name, original] of inputs) {
      const copies = await rescored(original, 4);
      const [first, fourth] = [stylesOf(copies[0]!), stylesOf(copies[3]!)];
      const before = counts(stylesOf(original));
      // _why: the 结果 sheet's 12 styles have 1 distinct fill (head and headNumber share DCE6F1); the workbooks
      // have none like it. So the first scoring adds exactly one fill, the next three add nothing at all.
      expect([name, counts(first).fills]).toEqual([name, before.fills! + 1]);
      expect([name, counts(first).cellXfs]).not.toEqual([name, before.cellXfs]);
      expect([name, counts(fourth)]).toEqual([name, counts(first)]);
      expect([name, fourth]).toEqual([name, first]);
      // Every s= the original sheets use still points at the same cell format, written the same.
      const originalXfs = entries(stylesOf(original), 'cellXfs', 'xf');
      const fourthXfs = entries(fourth, 'cellXfs', 'xf');
      const parts = unzipSync(original);
      const used = new Set<number>();
      for (const [path, data] of Object.entries(parts))
        if (/^xl\/worksheets\/[^/]+\.xml$/.test(path))
          for (const m of strFromU8(data).matchAll(/<c\s[^>]*\bs="(\d+)"/g)) used.add(Number(m[1]));
      expect(used.size).toBeGreaterThan(0);
      for (const s of used) expect([name, s, fourthXfs[s]]).toEqual([name, s, originalXfs[s]]);
    }
  });
});

describe.skipIf(!hasSoffice('re-scored copies in LibreOffice'))('re-scored copies in LibreOffice', () => {
  it(
    'opens a copy re-scored 3 times; a copy LibreOffice saved grows once on re-scoring, then no more',
    {
      timeout: 240_000,
    },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scored-styles-'));
      const copies = await rescored(await demoSample(), 4);
      writeFileSync(join(dir, 'once.xlsx'), copies[0]!);
      writeFileSync(join(dir, 'four-times.xlsx'), copies[3]!);
      convertToXlsx([join(dir, 'once.xlsx'), join(dir, 'four-times.xlsx')], join(dir, 'lo'));

      const back = await gridsOf(new Uint8Array(readFileSync(join(dir, 'lo', 'four-times.xlsx'))));
      const ours = back.find((g) => g.name === '结果')!.grid;
      expect(ours.find((r) => r[0] === '得分')?.[1]).toEqual(expect.any(Number));

      // The user saved the scored copy in LibreOffice, which rewrites styles.xml its own way (fonts with
      // <b val="true"/>, <family>, <charset>; xfs with every alignment default written out), so none of our
      // entries match any more and the next scoring appends them once: at most the 结果 sheet's 12 cell formats
      // (46 + 12 = 58 after the first scoring above). The scoring after that finds those and appends nothing.
      const saved = new Uint8Array(readFileSync(join(dir, 'lo', 'once.xlsx')));
      const [r1, r2, r3] = await rescored(saved, 3);
      const [c0, c1] = [counts(stylesOf(saved)), counts(stylesOf(r1!))];
      expect(counts(stylesOf(copies[0]!)).cellXfs).toBe(58);
      expect(c1.cellXfs! - c0.cellXfs!).toBeGreaterThan(0);
      expect(c1.cellXfs! - c0.cellXfs!).toBeLessThanOrEqual(12);
      expect(counts(stylesOf(r2!))).toEqual(c1);
      expect(stylesOf(r3!)).toBe(stylesOf(r2!));
      // Still one 结果 sheet: LibreOffice kept the hidden name that marks it, so it is replaced, not added.
      expect((await gridsOf(r3!)).filter((g) => g.name.startsWith('结果')).map((g) => g.name)).toEqual(['结果']);
    },
  );
});
