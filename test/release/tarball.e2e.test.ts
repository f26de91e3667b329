/*
 * The package as a consultant gets it: `npm pack`, then `npm i -g <tarball>` into a fresh prefix, then
 * `gbt27922 demo` and `gbt27922 score` from an empty folder, using only what the tarball installed.
 * Dependencies come from the local npm cache when it has them (CI's `npm ci` fills it), else the registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
};
const npm = (args: string[], cwd = ROOT) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

/** What may ship: the compiled CLI, its licence notices, and the package's own metadata. */
const SHIPPABLE = /^(package\.json|README\.md|LICENSE|lib\/[\w.-]+\.mjs|lib\/THIRD-PARTY-LICENSES\.txt)$/;

let tmp: string;
let tarball: string;
let prefix: string;

beforeAll(() => {
  tmp = mkdtempSync(join(os.tmpdir(), 'gbt-tarball-'));
  // `npm pack` runs prepack (the CLI build) first; --ignore-scripts here only skips `prepare` (wxt
  // prepare, a development step that would rewrite .wxt/ under the other suites), so prepack is run by name.
  npm(['run', 'prepack']);
  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp])) as {
    filename: string;
  }[];
  tarball = join(tmp, packed[0]!.filename);
  prefix = join(tmp, 'prefix');
  npm(['install', '--global', tarball, '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund'], tmp);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the published package', () => {
  it('`npm pack --dry-run` lists only the compiled CLI, licences and metadata (no tests, bench, fixtures, CI, sources)', () => {
    const [dry] = JSON.parse(npm(['pack', '--dry-run', '--ignore-scripts', '--json'])) as {
      files: { path: string }[];
    }[];
    const paths = dry!.files.map((f) => f.path);
    expect(paths.filter((p) => !SHIPPABLE.test(p))).toEqual([]);
    expect(paths.filter((p) => /test|bench|fixture|\.ci|demo\/|\.ts$/.test(p))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining(['LICENSE', 'package.json', 'lib/gbt27922.mjs', 'lib/score-worker.mjs']),
    );
  });

  it('installs without dev-only steps: no postinstall, nothing but exceljs and fflate at run time', () => {
    expect(pkg.scripts.postinstall).toBeUndefined();
    expect(pkg.scripts.prepack).toBe('node scripts/build-cli.mjs');
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['exceljs', 'fflate']);
    const installed = join(prefix, 'lib/node_modules', pkg.name);
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'lib', 'node_modules', 'package.json']);
    const deps = readdirSync(join(installed, 'node_modules'));
    expect(deps).toEqual(expect.arrayContaining(['exceljs', 'fflate']));
    for (const devOnly of ['tsx', 'wxt', 'typescript', 'vite', 'esbuild', '.wxt']) expect(deps).not.toContain(devOnly);
    expect(existsSync(join(installed, '.wxt'))).toBe(false);
  });

  it('`gbt27922 demo` then `gbt27922 score` work from an empty folder', () => {
    const bin = join(prefix, 'bin', Object.keys(pkg.bin)[0]!);
    const work = join(tmp, 'empty folder');
    mkdirSync(work);
    const env = { ...process.env, LANG: 'zh_CN.UTF-8', PATH: `${join(prefix, 'bin')}:/usr/bin:/bin` };
    const demo = spawnSync(bin, ['demo'], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    const [stamp] = readdirSync(join(work, 'gbt27922-demo'));
    const out = join(work, 'gbt27922-demo', stamp!);
    expect(readdirSync(out).sort()).toEqual(['blank-workbook.xlsx', 'sample-audit.scored.xlsx', 'sample-audit.xlsx']);
    const total = /总分：([\d.]+)/.exec(demo.stdout)?.[1];
    expect(total).toBeDefined();

    // The sample the demo wrote, scored by the installed command: the same total as the demo's report.
    const scored = spawnSync(bin, ['score', join(out, 'sample-audit.xlsx'), '--json'], {
      cwd: work,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(scored.status).toBe(0);
    const record = JSON.parse(scored.stdout.trim()) as { score: number; scheme: { id: string } };
    expect(record.scheme.id).toBe('gbt27922-2011');
    expect(record.score).toBe(Number(total));

    // Two files: scored by the compiled worker threads (lib/score-worker.mjs), not on the main thread as one file is.
    const both = spawnSync(
      bin,
      ['score', join(out, 'sample-audit.xlsx'), join(out, 'sample-audit.scored.xlsx'), '--json', '--jobs', '2'],
      { cwd: work, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(both.status).toBe(0);
    const records = both.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { score: number });
    expect(records.map((r) => r.score)).toEqual([Number(total), Number(total)]);

    const version = spawnSync(bin, ['--version'], { cwd: work, env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
  });
});
