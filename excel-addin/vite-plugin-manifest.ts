/*
 * Serves and emits manifest.xml at the site root (office-addin-debugging's web sideload fetches
 * https://localhost:3000/manifest.xml). ADDIN_BASE_URL=https://host/path rewrites https://localhost:3000.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const DEV_ORIGIN = 'https://localhost:3000';

/** Rewrites the development origin to the production one (ADDIN_BASE_URL), in the manifest and functions.json alike. */
export function withBaseUrl(text: string, base = process.env.ADDIN_BASE_URL): string {
  return base ? text.split(DEV_ORIGIN).join(base.replace(/\/$/, '')) : text;
}

export function manifestText(file: string, base = process.env.ADDIN_BASE_URL): string {
  return withBaseUrl(readFileSync(file, 'utf8'), base);
}

export function manifest(file: string): Plugin {
  return {
    name: 'gbt27922-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: manifestText(file) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/manifest.xml') return next();
        res.setHeader('Content-Type', 'application/xml');
        res.end(manifestText(file));
      });
    },
  };
}
