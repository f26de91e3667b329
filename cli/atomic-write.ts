/*
 * Every file the CLI writes goes to a temp file in the destination folder, then takes its name in one
 * step, so a crash never leaves half a workbook. Without --force an existing file is never replaced:
 * link() fails with EEXIST atomically where the file system supports hard links.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

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
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
