/*
 * --scheme ID|FILE → a spec that can cross into worker threads (a bundled id, or the file's JSON),
 * and the parsed Scheme. A bad scheme is a usage error (exit 2), with core's pointed problems.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  BUNDLED_SCHEMES,
  DEFAULT_SCHEME_ID,
  bundledScheme,
  parseScheme,
  safeParseScheme,
  type Lang,
  type Scheme,
} from './core-api';
import { m } from './messages';
import { UsageError } from './usage-error';

export type SchemeSpec = { kind: 'bundled'; id: string } | { kind: 'file'; file: string; json: string };

export function schemeIds(): string {
  return BUNDLED_SCHEMES.map((s) => s.id).join(', ');
}

export function resolveSchemeSpec(arg: string | undefined, lang: Lang): SchemeSpec {
  const id = arg ?? DEFAULT_SCHEME_ID;
  if (BUNDLED_SCHEMES.some((s) => s.id === id)) return { kind: 'bundled', id };
  let isFile = false;
  try {
    isFile = statSync(id).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw new UsageError(m(lang, 'usage.scheme-not-found', { scheme: id, ids: schemeIds() }));
  const json = readFileSync(id, 'utf8');
  const parsed = safeParseScheme(json, lang);
  if (!parsed.success) {
    throw new UsageError(
      [m(lang, 'usage.scheme-invalid', { file: id }), ...parsed.issues.map((p) => `  ${p.where}: ${p.message}`)].join(
        '\n',
      ),
    );
  }
  return { kind: 'file', file: id, json };
}

const cache = new Map<string, Scheme>();

export function schemeFromSpec(spec: SchemeSpec, lang: Lang): Scheme {
  const key = spec.kind === 'bundled' ? `b:${spec.id}` : `f:${spec.file}:${spec.json.length}`;
  let s = cache.get(key);
  if (!s) {
    s = spec.kind === 'bundled' ? bundledScheme(spec.id, lang) : parseScheme(spec.json, lang);
    cache.set(key, s);
  }
  return s;
}
