/*
 * Offline consistency test of the XML manifest (recipe §4: the official validator needs the network and the
 * public XSDs are stale). Run `npx office-addin-manifest validate excel-addin/manifest.xml` on a connected machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../excel-addin');
const xml = readFileSync(join(dir, 'manifest.xml'), 'utf8');

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
    expect(xml).toMatch(/id="Functions.Namespace" DefaultValue="GBT27922"/);
  });
});
