/*
 * Compiles the CLI (cli/*.ts and the parts of core/ it uses) into plain JavaScript in lib/, run by
 * `npm pack` (prepack) so the published package never needs tsx or TypeScript at run time.
 * Runtime dependencies stay external (installed by npm beside the package); exceljs stays a lazy
 * chunk boundary because the sources import it with import() only where a command needs it.
 * lib/ sits one level below the package root like cli/, so the sources' relative URLs
 * (../package.json, ./score-worker.mjs) resolve the same way compiled as from source.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'lib');

rmSync(outdir, { recursive: true, force: true });
/*
 * core/ is pure (data and functions; importing a module changes nothing else), so a module of it that an entry
 * does not use is dropped whole, even when it builds tables at module level (the extension build does the same).
 * The score worker then carries only reading and scoring, and neither thread evaluates what it never calls.
 */
const pureCore = {
  name: 'pure-core',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
      if (args.pluginData?.pureCore) return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { pureCore: true },
      });
      if (r.errors.length || !/[\\/]core[\\/]/.test(r.path) || /node_modules/.test(r.path)) return r;
      return { ...r, sideEffects: false };
    });
  },
};

/*
 * commander requires node:child_process at load time for executable subcommands ("git-style" separate programs),
 * which this CLI does not have; loading that module is ~3 ms of every start. commander gets an empty object
 * instead: its only use of it (spawn, in _executeSubCommand) is never reached.
 */
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process-unused', namespace: 'gbt-empty' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'gbt-empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const result = await build({
  absWorkingDir: root,
  // gbt27922.mjs is the package's bin; score-worker.mjs is the worker-thread entry run-score.ts starts.
  entryPoints: { gbt27922: 'cli/run.ts', 'score-worker': 'cli/score-worker.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  // Shared code and lazily imported modules become chunks beside the entries (same folder, so
  // import.meta.url-relative paths in any chunk still point into lib/).
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Only exceljs and fflate stay runtime dependencies (exceljs is big and loaded lazily). Everything else
  // (commander, cli-progress, zod/mini) is bundled: one parsed file instead of many modules cuts start-up; their licences are copied to lib/THIRD-PARTY-LICENSES.txt below.
  external: ['exceljs', 'fflate'],
  // GBT27922_CLI_MINIFY=0 keeps names and lines readable for a CPU profile (node --cpu-prof).
  minify: process.env.GBT27922_CLI_MINIFY !== '0',
  // No keepNames: its __name() call per function and class costs ~5 ms of every start; errors carry their own
  // `name` (set in their constructors), and an internal error's id needs only a stable frame of one build.
  keepNames: false,
  sourcemap: false,
  // Bundled CommonJS packages (commander, cli-progress) call require() for node: built-ins.
  banner: {
    js: "import { createRequire as __gbtRequire } from 'node:module'; const require = __gbtRequire(import.meta.url);",
  },
  legalComments: 'none',
  metafile: true,
  plugins: [pureCore, commanderWithoutChildProcess],
  logLevel: 'warning',
});

// Licence texts of every bundled package (MIT/ISC require the notice to travel with the code).
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join(root, 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${license} (no licence file in the package)`;
  return `${name}@${version} (${license})\n\n${text}\n`;
});
writeFileSync(
  join(outdir, 'THIRD-PARTY-LICENSES.txt'),
  `Packages bundled into lib/ by scripts/build-cli.mjs:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

// GBT27922_CLI_METAFILE=path: esbuild's metafile there, to see what each chunk holds (for start-up work).
if (process.env.GBT27922_CLI_METAFILE)
  writeFileSync(process.env.GBT27922_CLI_METAFILE, JSON.stringify(result.metafile));

const outputs = Object.entries(result.metafile.outputs).map(([file, o]) => `${file} ${(o.bytes / 1024).toFixed(1)} kB`);
console.log(`build-cli: ${outputs.length} files in lib/\n  ${outputs.join('\n  ')}`);
