/*
 * What the Chrome Web Store and Firefox AMO check before a listing, run on the real builds:
 * Mozilla's own linter (addons-linter) on the Firefox build with no error and no warning, minimum
 * browser versions that admit every API and manifest key the build uses, an add-on id that is not a
 * placeholder, no Function constructor (eval) in any shipped script, a localised popup title, and
 * store-style icons (transparent padding; 96 px artwork on the 128 px canvas).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const OUT = path.resolve('dist/extension');
const wxt = (...args: string[]) => execFileSync(path.resolve('node_modules/.bin/wxt'), args, { stdio: 'pipe' });

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}
interface LinterReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
}

const manifestOf = (build: string) => JSON.parse(readFileSync(path.join(OUT, build, 'manifest.json'), 'utf8'));
const scriptsOf = (build: string): { file: string; code: string }[] =>
  (readdirSync(path.join(OUT, build), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, code: readFileSync(path.join(OUT, build, f), 'utf8') }));

/** Decodes an 8-bit RGBA PNG (all five row filters) into its alpha channel. */
function pngAlpha(file: string): { width: number; height: number; alpha: (x: number, y: number) => number } {
  const buf = readFileSync(file);
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]); // 8-bit RGBA
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? px[y * stride + i - 4]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? px[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter]!;
      px[y * stride + i] = (x + pred) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => px[y * stride + x * 4 + 3]! };
}

/** The bounding box of the pixels that are not fully transparent. */
function artworkBox(file: string) {
  const { width, height, alpha } = pngAlpha(file);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (alpha(x, y) > 0) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return { width, height, left: x0, top: y0, artWidth: x1 - x0 + 1, artHeight: y1 - y0 + 1 };
}

beforeAll(() => {
  wxt('build');
  wxt('build', '-b', 'firefox');
}, 120_000);

describe('store checks on the real builds', () => {
  it('addons-linter (Mozilla AMO) finds no error and no warning in the Firefox build', () => {
    let out: string;
    try {
      out = execFileSync(
        path.resolve('node_modules/.bin/addons-linter'),
        [path.join(OUT, 'firefox-mv2'), '--output', 'json'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (e) {
      out = (e as { stdout: string }).stdout; // it exits 1 on errors; the report is still on stdout
    }
    const report = JSON.parse(out) as LinterReport;
    const list = (ms: LinterMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect({ errors: list(report.errors), warnings: list(report.warnings) }).toEqual({ errors: [], warnings: [] });
  }, 120_000);

  it('minimum versions admit every API and key used: Chrome 96 for scripting.registerContentScripts, Firefox 140 for data_collection_permissions', () => {
    const chrome = manifestOf('chrome-mv3');
    const usesRegister = scriptsOf('chrome-mv3').some((s) => s.code.includes('registerContentScripts'));
    expect(usesRegister).toBe(true);
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(96);

    const gecko = manifestOf('firefox-mv2').browser_specific_settings;
    expect(gecko.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(parseFloat(gecko.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(parseFloat(gecko.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(manifestOf('firefox-mv2').minimum_chrome_version).toBeUndefined();
  });

  it('the add-on id is in email form on a real domain, not a placeholder', () => {
    const id: string = manifestOf('firefox-mv2').browser_specific_settings.gecko.id;
    expect(id).toMatch(/^[a-z0-9-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(id).not.toMatch(/@(example|test|invalid|localhost)\b|\.(example|test|invalid|local)$/);
  });

  it('no shipped script holds the Function constructor (zod compiled without its eval probe)', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const withEval = scriptsOf(build).filter((s) => /new Function\b|[=(,]\s*Function\s*[;,)]/.test(s.code));
      expect(withEval.map((s) => `${build}/${s.file}`)).toEqual([]);
    }
  });

  it('the popup has a real title, not an unexpanded __MSG_ placeholder', () => {
    for (const page of ['popup.html', 'options.html']) {
      const html = readFileSync(path.join(OUT, 'chrome-mv3', page), 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title).not.toBe('');
      expect(title).not.toContain('__MSG_');
    }
  });

  it('icons: 128 px canvas with 96 px artwork centred (16 px transparent padding); all declared sizes exist', () => {
    const icons = manifestOf('chrome-mv3').icons as Record<string, string>;
    expect(Object.keys(icons).sort((a, b) => +a - +b)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(icons)) {
      const box = artworkBox(path.join(OUT, 'chrome-mv3', file));
      expect([box.width, box.height]).toEqual([+size, +size]);
    }
    expect(artworkBox(path.join(OUT, 'chrome-mv3', icons['128']!))).toEqual({
      width: 128,
      height: 128,
      left: 16,
      top: 16,
      artWidth: 96,
      artHeight: 96,
    });
  });
});
