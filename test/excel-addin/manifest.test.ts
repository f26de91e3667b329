/*
 * Offline consistency test of the XML manifest: the official validator calls a Microsoft service (it needs the
 * network) and the public XSDs are stale. On a connected machine run
 * `npx office-addin-manifest validate excel-addin/manifest.xml`
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/troubleshoot-manifest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { manifestText } from '../../excel-addin/vite-plugin-manifest';
import { buildCustomFunctions } from '../../excel-addin/vite-plugin-custom-functions';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../excel-addin');
const xml = readFileSync(join(dir, 'manifest.xml'), 'utf8');

const columnIndex = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
/**
 * Would Excel read `name` as a cell (or column) reference? A1: a column up to XFD (16,384) and a row up to
 * 1,048,576, with optional $; a bare column of up to 3 letters; R1C1: R, C, RC, R2, C3, R2C3, R[-1]C[2].
 */
function isCellReference(name: string): boolean {
  const a1 = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(name);
  if (a1 && columnIndex(a1[1]!) <= 16384 && +a1[2]! >= 1 && +a1[2]! <= 1048576) return true;
  if (/^[A-Z]{1,3}$/i.test(name) && columnIndex(name) <= 16384) return true;
  return /^(R(\d+|\[-?\d+\])?)?(C(\d+|\[-?\d+\])?)?$/i.test(name) && name !== '';
}

describe('excel-addin/manifest.xml', async () => {
  const doc = await parseStringPromise(xml);
  const app = doc.OfficeApp;

  it('is a well-formed TaskPaneApp with a GUID id, version, support URL and icons', () => {
    expect(app.$['xsi:type']).toBe('TaskPaneApp');
    expect(app.Id[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.SupportUrl[0].$.DefaultValue).toMatch(/^https:\/\//);
    expect(app.IconUrl[0].$.DefaultValue).toMatch(/icon-32\.png$/);
    expect(app.HighResolutionIconUrl[0].$.DefaultValue).toMatch(/icon-64\.png$/);
    expect(app.DefaultLocale[0]).toBe('zh-CN');
  });

  it('asks for no more than the features need: ExcelApi 1.7 and SharedRuntime 1.1', () => {
    const sets = app.Requirements[0].Sets[0].Set.map(
      (s: { $: { Name: string; MinVersion: string } }) => `${s.$.Name} ${s.$.MinVersion}`,
    );
    expect(sets.sort()).toEqual(['ExcelApi 1.7', 'SharedRuntime 1.1']);
  });

  it('declares every resid it uses, once, and all URLs share one origin', () => {
    const declared = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const r of used) expect(declared, r).toContain(r);
    const origins = new Set([...xml.matchAll(/"(https:\/\/[^"/]+)\//g)].map((m) => m[1]));
    expect([...origins]).toEqual(['https://localhost:3000']);
  });

  it('runs task pane and custom functions in one long-lived runtime, without a TaskpaneId', () => {
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).not.toMatch(/TaskpaneId/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/xsi:type="CustomFunctions"[\s\S]*<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).not.toMatch(/<AppDomains\s*\/>/);
  });

  it('points at files the build serves: icons exist in public/, URLs match the build outputs', () => {
    for (const s of [16, 32, 64, 80]) expect(existsSync(join(dir, `public/assets/icon-${s}.png`))).toBe(true);
    expect(existsSync(join(dir, 'public/support.html'))).toBe(true);
    expect(xml).toContain('https://localhost:3000/taskpane/taskpane.html');
    expect(xml).toContain('https://localhost:3000/functions.js');
    expect(xml).toContain('https://localhost:3000/functions.json');
  });

  it('the custom-functions namespace is not a cell reference in A1 or R1C1 form (the naming rules)', () => {
    // The rule itself, on known forms first.
    for (const ref of ['GBT27922', 'A1', '$B$2', 'XFD1048576', 'gbt1', 'R1C1', 'RC', 'R[-1]C[2]', 'R5', 'C3', 'GBT'])
      expect(isCellReference(ref), ref).toBe(true);
    for (const name of ['XFE1', 'A0', 'A1048577', 'GBTSCORE', 'GBT_27922', 'LEVEL', 'TONEXT'])
      expect(isCellReference(name), name).toBe(false);
    const namespace = /id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
    expect(namespace).toMatch(/^[A-Z][A-Z0-9]*$/);
    expect(isCellReference(namespace)).toBe(false);
  });

  it('with ADDIN_BASE_URL every URL (manifest and functions.json helpUrl) moves to the production origin', async () => {
    const base = 'https://addins.example.cn/gbt27922';
    const prod = manifestText(join(dir, 'manifest.xml'), base);
    expect(prod).not.toContain('localhost');
    // Every URL the manifest gives Office (attribute values; xmlns schema names are not fetched).
    const urls = [...prod.matchAll(/Value="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(`${base}/`), u).toBe(true);

    process.env.ADDIN_BASE_URL = base;
    try {
      const { json } = await buildCustomFunctions(join(dir, 'src/functions/functions.ts'));
      const functions = JSON.parse(json).functions as { id: string; description: string; helpUrl: string }[];
      for (const f of functions) {
        expect(f.helpUrl, f.id).toBe(`${base}/support.html#functions`);
        expect(f.description, f.id).not.toMatch(/[\r\n]/);
      }
    } finally {
      delete process.env.ADDIN_BASE_URL;
    }
  });

  it('the support page says how to get help: the functions by their namespace, how to report a problem, the README', async () => {
    const html = readFileSync(join(dir, 'public/support.html'), 'utf8');
    const namespace = /id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(xml)![1]!;
    const { ids } = await buildCustomFunctions(join(dir, 'src/functions/functions.ts'));
    for (const id of ids) expect(html).toContain(`=${namespace}.${id}(`);
    for (const anchor of ['functions', 'report', 'troubleshooting', 'hosts']) expect(html).toContain(`id="${anchor}"`);
    expect(html).toMatch(/文件 → 帐户 → 关于 Excel/);
    expect(html).toMatch(/href="https:\/\/www\.npmjs\.com\/package\/gbt27922"/);
  });
});
