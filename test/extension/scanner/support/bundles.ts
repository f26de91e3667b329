/*
 * In-memory browser bundles built with vite (no files written): the scanner as an IIFE that sets
 * `window.GbtScanner`, and React 19 + ReactDOM as globals for antd's UMD build (React 19 ships no UMD).
 */
import path from 'node:path';
import { build } from 'vite';
import { REPO } from './fixture-server';

async function iife(entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  // write:false returns the bundle(s) in memory: { output: [chunk, …assets] }
  type Out = { output: { type: string; code?: string }[] };
  const first = (Array.isArray(out) ? out[0] : out) as Out;
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`no chunk built for ${entry}`);
  return chunk.code;
}

let scanner: Promise<string> | undefined;
let scanOnly: Promise<string> | undefined;
let react: Promise<string> | undefined;

/** extension/scanner/index.ts → IIFE exposing `GbtScanner.checkPage`, `.scanPage`, `.resolveRef`, `.createChangeWatcher`. */
export function scannerBundle(): Promise<string> {
  scanner ??= iife(path.join(REPO, 'extension/scanner/index.ts'), 'GbtScanner');
  return scanner;
}

/** scanPage/resolveRef/createChangeWatcher without core's checker (the snapshot half). */
export function scanOnlyBundle(): Promise<string> {
  scanOnly ??= iife(path.join(REPO, 'test/extension/scanner/support/scan-only.ts'), 'GbtScanner');
  return scanOnly;
}

export function reactVendorBundle(): Promise<string> {
  react ??= iife(path.join(REPO, 'test/extension/scanner/support/react-vendor.ts'), 'GbtReactVendor');
  return react;
}
