import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { customFunctions } from './vite-plugin-custom-functions.ts';
import { manifest } from './vite-plugin-manifest.ts';

const here = dirname(fileURLToPath(import.meta.url));
const certDir = join(homedir(), '.office-addin-dev-certs');
// `npx office-addin-dev-certs install` writes these; Office only loads add-ins over trusted HTTPS.
const https = existsSync(join(certDir, 'localhost.crt'))
  ? { cert: readFileSync(join(certDir, 'localhost.crt')), key: readFileSync(join(certDir, 'localhost.key')) }
  : undefined;

export default defineConfig({
  root: resolve(here, 'src'),
  base: './',
  publicDir: resolve(here, 'public'),
  plugins: [customFunctions(resolve(here, 'src/functions/functions.ts')), manifest(resolve(here, 'manifest.xml'))],
  build: {
    outDir: resolve(here, '../dist/excel-addin'),
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { taskpane: resolve(here, 'src/taskpane/taskpane.html') },
      // core/ is pure (data and functions; importing a module changes nothing else): the modules of it the
      // pane does not use are dropped whole, even those that build tables at module level.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]core[\\/]/.test(id) },
    },
  },
  server: { port: 3000, strictPort: true, https },
  preview: { port: 3000, strictPort: true, https },
});
