import type { Lang } from './core-api';

/**
 * The language is needed before commander parses (help text is built in it), so --lang is read from
 * argv first; then LC_ALL / LC_MESSAGES / LANG (en* → en). Chinese otherwise: our users are Chinese first.
 * Returns the raw value too, so an unsupported --lang can be reported as a usage error.
 */
export function detectLang(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { lang: Lang; invalid?: string } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === undefined) continue;
    const norm = normaliseLang(v);
    return norm ? { lang: norm } : { lang: fromEnv(env), invalid: v };
  }
  return { lang: fromEnv(env) };
}

export function normaliseLang(v: string): Lang | null {
  const s = v.trim().toLowerCase().replace('_', '-');
  if (s === 'en' || s.startsWith('en-')) return 'en';
  if (s === 'zh' || s === 'zh-cn' || s === 'zh-hans' || s === 'cn') return 'zh-CN';
  return null;
}

function fromEnv(env: NodeJS.ProcessEnv): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(v) ? 'en' : 'zh-CN';
}
