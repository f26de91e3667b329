/*
 * FILE | DIR | GLOB arguments → workbook paths, in a stable order. Shells usually expand globs
 * themselves; quoted globs (and Windows, where cmd.exe does not) are expanded here: `*`, `?`, `**`,
 * `{a,b}`. A directory means every .xlsx/.xlsm below it, recursively.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;

export interface ExpandedInputs {
  files: string[];
  /** Arguments that matched nothing (a glob without matches, an empty folder). */
  empty: string[];
}

const isGlob = (s: string) => /[*?{[]/.test(s);

// Names in the order people expect: a2 before a10 (numeric runs compared as numbers), Chinese by pinyin;
// the code-point order breaks ties so the order is stable everywhere.
// Made on the first sort: a first collator loads ICU's collation data (~6 ms), which one named file never needs.
let collator: Intl.Collator | undefined;
export function naturalOrder(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'variant' });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

// Office lock files (~$Book.xlsx) and hidden folders are never workbooks to score.
const skipName = (name: string) => name.startsWith('~$') || name.startsWith('.');

async function walk(dir: string, out: string[]): Promise<void> {
  let list;
  try {
    list = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  list.sort((a, b) => naturalOrder(a.name, b.name));
  for (const d of list) {
    if (skipName(d.name) || d.name === 'node_modules') continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) await walk(p, out);
    // Every other entry with a workbook's name is listed, not only regular files: a link to a workbook is scored,
    // and a FIFO, a socket, a dangling or looping link gets its own one-line reason from the reader (which stats
    // before it opens anything), instead of vanishing from the run. Links to folders are not followed (no cycles).
    else if (WORKBOOK_EXT.test(d.name)) out.push(p);
  }
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^$()|\\\]]/g, '\\$&');
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const norm = pattern.split(sep).join('/');
  // Walk from the longest folder prefix that has no glob characters.
  const parts = norm.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const root = isAbsolute(base) ? base : join(cwd, base);
  const re = globToRegExp(norm);
  const all: string[] = [];
  await walk(root, all);
  return all
    .filter((abs) => {
      const rel = relative(cwd, abs).split(sep).join('/');
      const shown = isAbsolute(norm) ? abs.split(sep).join('/') : rel;
      return re.test(shown) || re.test(`./${shown}`);
    })
    .map((abs) => (isAbsolute(pattern) ? abs : relative(cwd, abs)));
}

export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = isAbsolute(f) ? f : join(cwd, f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const arg of args) {
    let st;
    try {
      st = await stat(isAbsolute(arg) ? arg : join(cwd, arg));
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      await walk(isAbsolute(arg) ? arg : join(cwd, arg), found);
      if (!found.length) empty.push(arg);
      for (const f of found) add(isAbsolute(arg) ? f : relative(cwd, f));
    } else if (!st && isGlob(arg)) {
      const found = await expandGlob(arg, cwd);
      if (!found.length) empty.push(arg);
      found.forEach(add);
    } else {
      // A plain file, a missing one (the scorer reports "not found" for it as a failed file), or `-` (stdin).
      add(arg);
    }
  }
  return { files, empty };
}
