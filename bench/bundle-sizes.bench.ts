/*
 * Bundle sizes (npm run bench -- bundle-sizes): what each face makes a user download and parse, from
 * fresh production builds. Minified bytes and gzip (level 9) beside each goal:
 *  - the extension's content script, injected into every checked page (goal ≤ 60 kB minified);
 *  - the add-in's functions.js, loaded with every workbook (goal ≤ 30 kB minified);
 *  - the add-in task pane's first load: every script taskpane.html loads or preloads, functions.js
 *    included (goal ≤ 250 kB gzip); chunks loaded later on demand (exceljs for 新建评分表) listed apart.
 * Printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const REPO = join(import.meta.dirname, '..');
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function sizes(files: string[]): { min: number; gz: number } {
  const bufs = files.map((f) => readFileSync(f));
  return {
    min: bufs.reduce((n, b) => n + b.length, 0),
    gz: bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

const verdict = (value: number, goal: number) => (value <= goal ? 'met' : 'NOT met');

export async function run(): Promise<void> {
  execFileSync(join(REPO, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO, stdio: 'ignore' });
  const ext = join(REPO, 'dist/extension/chrome-mv3');
  const content = sizes([join(ext, 'content-scripts/content.js')]);
  console.log(
    `  extension content script: ${kB(content.min)} minified, ${kB(content.gz)} gzip (goal ≤ 60 kB minified: ${verdict(content.min, 60 * 1024)})`,
  );

  execFileSync(join(REPO, 'node_modules/.bin/vite'), ['build', '--config', 'excel-addin/vite.config.ts'], {
    cwd: REPO,
    stdio: 'ignore',
  });
  const addin = join(REPO, 'dist/excel-addin');
  const functions = sizes([join(addin, 'functions.js')]);
  console.log(
    `  add-in functions.js: ${kB(functions.min)} minified, ${kB(functions.gz)} gzip (goal ≤ 30 kB minified: ${verdict(functions.min, 30 * 1024)})`,
  );

  // First load: the scripts and module preloads taskpane.html names (Office.js from Microsoft's CDN excluded),
  // plus the static imports of those modules, which the browser fetches before running them.
  const page = join(addin, 'taskpane/taskpane.html');
  const html = readFileSync(page, 'utf8');
  const named = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => !/^https?:/.test(u))
    .map((u) => resolve(dirname(page), u));
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file)) return;
    first.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`](\.[^"'`]+)["'`]/g))
      visit(resolve(dirname(file), m[1]!));
  };
  named.forEach(visit);
  const pane = sizes([...first]);
  console.log(
    `  add-in task pane first load (${[...first].map((f) => relative(addin, f)).join(', ')}): ${kB(pane.min)} minified, ${kB(pane.gz)} gzip (goal ≤ 250 kB gzip: ${verdict(pane.gz, 250 * 1024)})`,
  );
  const later = readdirSync(join(addin, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(addin, 'assets', f))
    .filter((f) => !first.has(f));
  for (const f of later) {
    const s = sizes([f]);
    console.log(`    loaded on demand: ${relative(addin, f)} ${kB(s.min)} minified, ${kB(s.gz)} gzip`);
  }
}
