import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The browser extension's content script runs checkApplication on every checked page: the modules it
 * needs must not load zod (a schema library is only for a user's own requirement list). This walks the
 * static imports from check-application.ts and match-requirement.ts, as a bundler would.
 */
const root = resolve(__dirname, '../../../core/documents');

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  // `import type` is erased at build time and loads nothing.
  for (const m of src.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) out.push(m[1]!);
  for (const m of src.matchAll(/^export\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) out.push(m[1]!);
  return out;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      walk(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
    }
  };
  walk(entry);
  return seen;
}

describe('the form-check path loads no zod', () => {
  it('the walk sees zod where it is imported', () => {
    expect(graph(join(root, 'requirement-list.ts')).has('zod/mini')).toBe(true);
  });

  it.each(['check-application.ts', 'match-requirement.ts', 'match-question.ts'])('%s', (entry) => {
    const modules = graph(join(root, entry));
    // The walk follows real imports (else the test below could not fail).
    expect(modules.has(join(root, 'normalise-label.ts'))).toBe(true);
    expect(
      [...modules].filter(
        (m) => m === 'zod' || m.startsWith('zod/') || m.endsWith('catalogue-schema.ts') || m.endsWith('schema.ts'),
      ),
    ).toEqual([]);
  });
});
