/*
 * An exception nobody foresaw (a bug, or a library tripping over a strange file) reaches the user as
 * "内部错误" with a short id and a request to report it, never as the library's own text. The id is a
 * hash of the error's message and first stack frame, so the same bug gives the same id on every
 * machine; --debug adds the text itself.
 */
import { createRequire } from 'node:module';
import type { Lang } from './core-api';
import { m } from './messages';
import type { RecordIssue } from './record';

// node:crypto is loaded when an internal error happens, not at every start (a few ms of a one-file run).
const requireBuiltin = createRequire(import.meta.url);

export function internalErrorId(e: unknown): string {
  const { createHash } = requireBuiltin('node:crypto') as typeof import('node:crypto');
  const err = e instanceof Error ? e : new Error(String(e));
  const frame = (err.stack ?? '').split('\n').find((l) => l.trim().startsWith('at ')) ?? '';
  // The frame without its line/column: a rebuilt file keeps the id of the same bug.
  const where = frame.replace(/:\d+:\d+\)?\s*$/, '').trim();
  return createHash('sha256')
    .update(`${err.name}|${err.message.split('\n')[0]}|${where}`)
    .digest('hex')
    .slice(0, 8);
}

/** The first line of the error, for --debug only. */
export function errorText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return (s.split('\n')[0] ?? '').slice(0, 300);
}

export function internalIssue(where: string, lang: Lang, e: unknown, debug: boolean, code = 'internal'): RecordIssue {
  const id = internalErrorId(e);
  const text = m(lang, `read.${code}`, { id });
  return {
    code: `read.${code}`,
    severity: 'error',
    where,
    message: debug ? `${text} ${m(lang, 'debug.detail', { detail: errorText(e) })}` : text,
  };
}
