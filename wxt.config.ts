import { defineConfig } from 'wxt';

// Web pages the user may allow, one origin at a time, for "always check on this site". Nothing at install.
const SITE_PATTERNS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: 'dist/extension',
  zip: { excludeSources: ['excel-addin/**', 'test/**', 'cli/**', 'bench/**', 'dist/**', '.tmp/**', 'demo/**'] },
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    // MV3: optional_host_permissions; Firefox MV2 has no such key and takes host patterns in optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: SITE_PATTERNS } : { optional_permissions: SITE_PATTERNS }),
    // `wxt build --mode e2e` only: activeTab cannot be granted in a headless test (no toolbar click).
    ...(mode === 'e2e' ? { host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gbt27922@example.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
