import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// core's folders (scheme, scoring, workbook, eligibility…) may depend on each other in one
// direction only. Type imports count too: a cycle of types is still two folders that cannot be
// understood one without the other.
const CORE = resolve(import.meta.dirname, '../../core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The folder a core file belongs to ('scoring'), or the file itself for files at core's root. */
const unitOf = (file: string) => relative(CORE, file).split('/')[0]!.replace(/\.ts$/, '');

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(CORE)) {
    const from = unitOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\b(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (!target.startsWith(CORE)) continue;
      const to = unitOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle, as the list of folders around it (Tarjan would do; the graph has a dozen nodes). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const walk = (start: string, node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) found.push([...path, start]);
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const node of graph.keys()) walk(node, node, [node]);
  return found;
}

describe('core folders import each other in one direction only', () => {
  const graph = folderGraph();

  it('finds the folders and their imports', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['scheme', 'scoring', 'workbook', 'eligibility']));
    expect(graph.get('workbook')).toContain('scoring');
  });

  it('has no cycle between folders', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('would see a cycle if there were one', () => {
    const withCycle = new Map([...graph].map(([k, v]) => [k, new Set(v)]));
    withCycle.get('scheme')!.add('workbook');
    expect(cycles(withCycle).length).toBeGreaterThan(0);
  });
});
