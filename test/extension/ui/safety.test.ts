import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Privacy and safety rules of the whole extension, checked on its source (extension/**, scanner included):
// no network APIs, no file-content APIs, no HTML parsing of strings.
const FORBIDDEN: [RegExp, string][] = [
  [/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/, 'HTML parsing of a string'],
  [/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/, 'a network API'],
  [/FileReader|\.arrayBuffer\s*\(|\.text\s*\(\s*\)|\.stream\s*\(\s*\)|createObjectURL/, 'reading file contents'],
  [/\beval\s*\(|new Function\s*\(/, 'code from strings'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|html)$/.test(f) ? [p] : [];
  });
}

describe('extension source safety', () => {
  const sources = files('extension');

  it('covers the entrypoints, the UI and the scanner', () => {
    expect(sources.some((f) => f.includes('entrypoints/content'))).toBe(true);
    expect(sources.some((f) => f.includes(`ui${path.sep}overlay.ts`))).toBe(true);
  });

  for (const [pattern, what] of FORBIDDEN) {
    it(`uses no ${what}`, () => {
      const hits = sources.filter((f) => pattern.test(readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
      expect(hits).toEqual([]);
    });
  }

  it('the manifest config requests only activeTab, scripting and storage', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("permissions: ['activeTab', 'scripting', 'storage']");
    expect(config).not.toMatch(/content_scripts/);
  });
});
