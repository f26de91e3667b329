/*
 * Every file the CLI writes goes to a temp file in the destination folder, then takes its name in one
 * step, so a crash never leaves half a workbook. Without --force an existing file is never replaced:
 * link() fails with EEXIST atomically where the file system supports hard links.
 * Temp files have one recognisable name, .gbt27922-<pid>-<8 hex>.tmp: hidden, not .xlsx, so what a
 * killed run (SIGKILL cannot be caught) leaves never looks like output; the next run removes them.
 */
import { link, mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** The name of every temp file of ours. */
export const TEMP_NAME = /^\.gbt27922-(\d+)-[0-9a-f]{8}\.tmp$/;

/** n random bytes as hex, from Web Crypto (node:crypto is then loaded on first write, not at start-up). */
function randomHex(n: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

export function tempNameFor(pid = process.pid): string {
  return `.gbt27922-${pid}-${randomHex(4)}.tmp`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists (another user's).
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes our temp files in `dir` left by runs that are gone (their process is not running, or they
 * are older than a day: the pid may have been reused). Returns how many were removed; a folder that
 * does not exist has none.
 */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const path = join(dir, name);
    try {
      const st = await stat(path);
      if (!st.isFile()) continue;
      if (pid !== process.pid && (!isRunning(pid) || now - st.mtimeMs > 86_400_000)) {
        await unlink(path);
        removed++;
      }
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

export class RefusedOverwrite extends Error {
  constructor(readonly path: string) {
    super(`refusing to overwrite ${path}`);
    this.name = 'RefusedOverwrite';
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  opts: { force?: boolean } = {},
): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  if (!opts.force && (await exists(target))) throw new RefusedOverwrite(target);
  const tmp = join(dir, tempNameFor());
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    if (opts.force) {
      await rename(tmp, target);
      return;
    }
    try {
      await link(tmp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new RefusedOverwrite(target);
      // No hard links here (some network and FAT file systems): check, then rename.
      if (await exists(target)) throw new RefusedOverwrite(target);
      await rename(tmp, target);
      return;
    }
    await unlink(tmp);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}
