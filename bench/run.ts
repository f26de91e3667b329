/*
 * `npm run bench`: runs every bench/*.bench.ts in turn (or only those named: `npm run bench -- scoring`).
 * Each module exports `run(): Promise<void>` and prints its own figures with a named baseline and ratio.
 * Timings are printed, never asserted.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

console.log(
  `# gbt27922 bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`,
);
for (const f of files) {
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<void> };
  try {
    await mod.run();
  } catch (e) {
    console.log(`  (failed: ${(e as Error).message})`);
    process.exitCode = 1;
  }
}
