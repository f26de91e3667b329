/*
 * Custom functions for a shared runtime (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime ,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration): functions.json from the JSDoc tags
 * (custom-functions-metadata, offline), and /functions.js as ONE self-contained classic script that already
 * calls CustomFunctions.associate(): the manifest needs a fixed URL and the task pane loads it with a plain
 * <script> tag, exactly once.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { withBaseUrl } from './vite-plugin-manifest.ts';

export async function buildCustomFunctions(source: string): Promise<{ json: string; js: string; ids: string[] }> {
  const meta = await generateCustomFunctionsMetadata(source);
  if (meta.errors.length) throw new Error(`custom-functions-metadata: ${meta.errors.join('; ')}`);
  const entry = [
    `import * as f from ${JSON.stringify(source)};`,
    `if (typeof CustomFunctions !== 'undefined') {`,
    ...meta.associate.map(
      (a) => `  CustomFunctions.associate(${JSON.stringify(a.id)}, f[${JSON.stringify(a.functionName)}]);`,
    ),
    `}`,
  ].join('\n');
  // A real file as the entry: rolldown's lib mode does not take virtual entries.
  const dir = mkdtempSync(join(tmpdir(), 'gbt27922-cf-'));
  const entryFile = join(dir, 'entry.ts');
  writeFileSync(entryFile, entry);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: entryFile, formats: ['iife'], name: 'GBT27922Functions', fileName: () => 'functions.js' },
    },
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs[0]!.output.find((o) => o.type === 'chunk');
  // helpUrl points at the support page, on the same origin as every other URL of the add-in.
  return { json: withBaseUrl(meta.metadataJson), js: chunk!.code!, ids: meta.associate.map((a) => a.id) };
}

export function customFunctions(source: string): Plugin {
  return {
    name: 'gbt27922-custom-functions',
    async generateBundle() {
      const { json, js } = await buildCustomFunctions(source);
      this.emitFile({ type: 'asset', fileName: 'functions.json', source: json });
      this.emitFile({ type: 'asset', fileName: 'functions.js', source: js });
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== '/functions.js' && path !== '/functions.json') return next();
        try {
          const { json, js } = await buildCustomFunctions(source);
          res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/json');
          res.end(path.endsWith('.js') ? js : json);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
