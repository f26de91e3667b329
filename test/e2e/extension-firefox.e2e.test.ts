import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';

// Builds are real (wxt build / wxt zip, about 2 s each); e2e project because they write dist/ and must not overlap.
const OUT = path.resolve('dist/extension');
const wxt = (...args: string[]) => execFileSync(path.resolve('node_modules/.bin/wxt'), args, { stdio: 'pipe' });

describe('extension packaging', () => {
  it('the Firefox build (MV2) has the same least-privilege permissions and a gecko id', () => {
    wxt('build', '-b', 'firefox');
    const manifest = JSON.parse(readFileSync(path.join(OUT, 'firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.id).toBe('gbt27922@gbt27922.org');
    expect(manifest.browser_action.default_popup).toBe('popup.html');
    expect(manifest.default_locale).toBe('zh_CN');
    expect(existsSync(path.join(OUT, 'firefox-mv2/content-scripts/content.js'))).toBe(true);
    expect(existsSync(path.join(OUT, 'firefox-mv2/_locales/zh_CN/messages.json'))).toBe(true);
  }, 60_000);

  it('`npm run zip` zips the Chrome and Firefox builds (plus the sources Firefox reviewers ask for)', () => {
    const started = Date.now();
    execFileSync('npm', ['run', 'zip', '--silent'], { stdio: 'pipe' });
    const zips = readdirSync(OUT).filter(
      (f) => f.endsWith('.zip') && statSync(path.join(OUT, f)).mtimeMs >= started - 1000,
    );
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(zips.sort()).toEqual([
      `gbt27922-${version}-chrome.zip`,
      `gbt27922-${version}-firefox.zip`,
      `gbt27922-${version}-sources.zip`,
    ]);
    const chrome = unzipSync(readFileSync(path.join(OUT, `gbt27922-${version}-chrome.zip`)));
    const manifest = JSON.parse(new TextDecoder().decode(chrome['manifest.json']));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined(); // the localhost permissions exist only in `--mode e2e` builds
    const sources = Object.keys(unzipSync(readFileSync(path.join(OUT, `gbt27922-${version}-sources.zip`))));
    expect(sources.some((f) => f.startsWith('extension/entrypoints/'))).toBe(true);
    expect(sources.some((f) => f.startsWith('test/') || f.startsWith('excel-addin/') || f.startsWith('dist/'))).toBe(
      false,
    );
  }, 120_000);
});
