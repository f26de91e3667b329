import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Privacy and safety rules of the whole repository's shipped code, checked on its source: nothing
// leaves the machine (no network APIs, no remote code) and no string is parsed as HTML. The extension
// (extension/**, scanner included) is held to more: no file contents read, no code from strings.
const HTML_SINKS: [RegExp, string] = [
  /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/,
  'an HTML sink',
];
const NETWORK: [RegExp, string] = [
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/,
  'a network API',
];
const REMOTE_CODE: [RegExp, string] = [
  /\bimport\s*\(\s*['"`](https?:)?\/\/|\bfrom\s+['"](https?:)?\/\/|<script\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i,
  'code loaded from the network',
];
const EXTENSION_ONLY: [RegExp, string][] = [
  [/DOMParser|createContextualFragment/, 'HTML parsing of a string'],
  [/FileReader|\.arrayBuffer\s*\(|\.text\s*\(\s*\)|\.stream\s*\(\s*\)|createObjectURL/, 'reading file contents'],
  [/\beval\s*\(|new Function\s*\(/, 'code from strings'],
];

/** The one network load the product makes: Office.js from Microsoft's CDN, which an Office add-in must use. */
const OFFICE_JS_TAG = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const ALLOWED: Record<string, string[]> = {
  [path.join('excel-addin', 'src', 'taskpane', 'taskpane.html')]: [OFFICE_JS_TAG],
};

const FOLDERS = ['extension', path.join('excel-addin', 'src'), 'cli', 'core', 'demo'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' || f === 'dist' ? [] : files(p);
    return /\.(ts|tsx|mts|js|mjs|cjs|html|vue)$/.test(f) ? [p] : [];
  });
}

/** Source without comment lines and without the allow-listed snippets of that file. */
function code(file: string): string {
  let text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
  for (const ok of ALLOWED[file] ?? []) text = text.split(ok).join('');
  return text;
}

const offenders = (sources: string[], pattern: RegExp) => sources.filter((f) => pattern.test(code(f)));

describe('source safety (extension, excel-addin/src, cli, core, demo)', () => {
  const all = FOLDERS.flatMap((d) => files(d));
  const extension = all.filter((f) => f.startsWith(`extension${path.sep}`));

  it('covers every folder of shipped code', () => {
    expect(extension.some((f) => f.includes('entrypoints/content'))).toBe(true);
    expect(extension.some((f) => f.includes(`ui${path.sep}overlay.ts`))).toBe(true);
    for (const d of FOLDERS) expect(all.filter((f) => f.startsWith(d + path.sep)).length, d).toBeGreaterThan(0);
    expect(all).toContain(path.join('excel-addin', 'src', 'taskpane', 'taskpane.html'));
  });

  for (const [pattern, what] of [HTML_SINKS, NETWORK, REMOTE_CODE]) {
    it(`uses no ${what} anywhere`, () => {
      expect(offenders(all, pattern)).toEqual([]);
    });
  }

  // One exception, narrow and named: the options page reads the requirement-list file the user picks
  // in its own file dialog ("导入文件…") and offers the list back as a download. Page uploads are never read.
  const OPTIONS_PAGE = path.join('extension', 'ui', 'options', 'render-options.ts');
  for (const [pattern, what] of EXTENSION_ONLY) {
    it(`the extension uses no ${what}`, () => {
      const checked = what === 'reading file contents' ? extension.filter((f) => f !== OPTIONS_PAGE) : extension;
      expect(offenders(checked, pattern)).toEqual([]);
    });
  }

  it('the options page reads only the file picked in its own import dialog', () => {
    const text = readFileSync(OPTIONS_PAGE, 'utf8');
    const uses = [
      ...text.matchAll(/FileReader|\.arrayBuffer\s*\(|\w+\.text\s*\(\s*\)|\.stream\s*\(|createObjectURL/g),
    ].map((x) => x[0]);
    expect(uses).toEqual(['file.text()', 'createObjectURL']);
    expect(text).toMatch(/const file = fileInput\.files\?\.\[0\]/);
  });

  it('allows exactly the Office.js CDN tag, and only where it is', () => {
    const taskpane = path.join('excel-addin', 'src', 'taskpane', 'taskpane.html');
    const raw = readFileSync(taskpane, 'utf8');
    expect(raw.split(OFFICE_JS_TAG)).toHaveLength(2); // present once: the allow-list is not stale
    expect(REMOTE_CODE[0].test(raw)).toBe(true); // and it is what the rule would otherwise catch
    expect(REMOTE_CODE[0].test(code(taskpane))).toBe(false);
  });

  it('the rules catch what they are meant to', () => {
    expect(REMOTE_CODE[0].test('<script src="https://cdn.example.com/x.js"></script>')).toBe(true);
    expect(REMOTE_CODE[0].test("<SCRIPT type=module src='//cdn.example.com/x.js'>")).toBe(true);
    expect(REMOTE_CODE[0].test("await import('https://esm.sh/lodash')")).toBe(true);
    expect(REMOTE_CODE[0].test("import x from 'https://esm.sh/lodash';")).toBe(true);
    expect(REMOTE_CODE[0].test('<script src="../functions.js"></script>')).toBe(false);
    expect(REMOTE_CODE[0].test("await import('./local')")).toBe(false);
    expect(HTML_SINKS[0].test('<div dangerouslySetInnerHTML={{ __html: s }} />')).toBe(true);
    expect(NETWORK[0].test('navigator.sendBeacon(url, data)')).toBe(true);
  });

  it('the manifest config requests only activeTab, scripting and storage', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("permissions: ['activeTab', 'scripting', 'storage']");
    expect(config).not.toMatch(/content_scripts/);
  });
});
