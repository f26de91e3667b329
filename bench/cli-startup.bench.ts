/*
 * CLI start-up bench (npm run bench -- cli-startup): what a consultant waits for when scoring ONE workbook.
 *  - the published command: lib/gbt27922.mjs, compiled here by the same script `npm pack` runs
 *    (scripts/build-cli.mjs), `score one.xlsx`, wall time of the whole process;
 *  - baseline 1: `node -e 0` on the same machine, interleaved run by run with the command (goal ≤ 2×);
 *  - baseline 2: LibreOffice opening the same file headless (`soffice --convert-to csv`, profile warmed once);
 *  - for information: the development launcher cli/bin.mjs (tsx compiles TypeScript on start).
 * Medians of interleaved runs, so a busy neighbour slows every contender alike; CPU time (user + system,
 * all threads, summed over the runs) beside it, which a loaded machine disturbs far less than wall time.
 * Printed, never asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const REPO = join(import.meta.dirname, '..');
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const RUNS = Number(process.env.GBT27922_BENCH_STARTUP_RUNS ?? 15);
const LO_RUNS = 3;

/** CPU time (ms) of this process's waited-for children so far: cutime + cstime of /proc/self/stat. */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After "pid (comm) ", cutime and cstime are fields 13 and 14 (0-based; fields 16 and 17 of proc(5)), in 10 ms ticks.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const cpu = new Map<string, number>();

function wall(cmd: string, args: string[], cwd: string, label = ''): number {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: 'ignore', timeout: 120_000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  if (label) cpu.set(label, (cpu.get(label) ?? 0) + childrenCpuMs() - c0);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<void> {
  const tmp = mkdtempSync(join(os.tmpdir(), 'gbt-bench-startup-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'scripts/build-cli.mjs')], { stdio: 'ignore' });
    const bin = join(REPO, 'lib/gbt27922.mjs');
    // The demo's filled sample audit is the "one.xlsx" (written by the compiled CLI itself).
    execFileSync(process.execPath, [bin, 'demo'], { cwd: tmp, stdio: 'ignore' });
    const demoDir = join(tmp, 'gbt27922-demo');
    const file = join(demoDir, readdirSync(demoDir)[0]!, 'sample-audit.xlsx');

    const node: number[] = [];
    const cli: number[] = [];
    const dev: number[] = [];
    wall(process.execPath, [bin, 'score', file], tmp); // warm the file cache once
    for (let i = 0; i < RUNS; i++) {
      node.push(wall(process.execPath, ['-e', '0'], tmp, 'node'));
      cli.push(wall(process.execPath, [bin, 'score', file], tmp, 'cli'));
      if (i < 5) dev.push(wall(process.execPath, [join(REPO, 'cli/bin.mjs'), 'score', file], tmp));
    }
    const n = median(node);
    const c = median(cli);
    console.log(`  baseline node -e 0: median ${n.toFixed(0)} ms over ${RUNS} runs`);
    console.log(
      `  gbt27922 score one.xlsx (compiled lib/, the published bin): median ${c.toFixed(0)} ms = ${(c / n).toFixed(2)}× node -e 0 (goal ≤ 2×: ${c / n <= 2 ? 'met' : 'NOT met'})`,
    );
    const nodeCpu = cpu.get('node')! / RUNS;
    const cliCpu = cpu.get('cli')! / RUNS;
    console.log(
      `  CPU time (user + system, all threads, mean): node -e 0 ${nodeCpu.toFixed(0)} ms, gbt27922 score ${cliCpu.toFixed(0)} ms = ${(cliCpu / nodeCpu).toFixed(2)}×`,
    );
    console.log(
      `  same through the development launcher cli/bin.mjs (tsx): median ${median(dev).toFixed(0)} ms (5 runs)`,
    );

    if (!existsSync(SOFFICE)) {
      console.log(`  baseline LibreOffice: skipped, ${SOFFICE} is missing (apt-get install -y libreoffice-calc-nogui)`);
      return;
    }
    const profile = pathToFileURL(join(tmp, 'lo-profile')).href;
    const lo = (): number =>
      wall(
        SOFFICE,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'csv',
          '--outdir',
          join(tmp, 'lo'),
          file,
        ],
        tmp,
      );
    const first = lo(); // creates the profile: a one-time cost, reported apart
    const loRuns = Array.from({ length: LO_RUNS }, lo);
    const l = median(loRuns);
    console.log(
      `  baseline LibreOffice headless opening the same file (--convert-to csv, warm profile): median ${l.toFixed(0)} ms over ${LO_RUNS} runs (first run with a new profile ${first.toFixed(0)} ms)`,
    );
    console.log(`  ratio: gbt27922 score answers ${(l / c).toFixed(1)}× sooner than LibreOffice opens the file`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
