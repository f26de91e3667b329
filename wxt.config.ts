import { defineConfig } from 'wxt';

// Web pages the user may allow, one origin at a time, for "always check on this site". Nothing at install.
const SITE_PATTERNS = ['http://*/*', 'https://*/*'];

// Oldest browsers the manifest admits, from the newest API or key it uses:
// Chrome 96: scripting.registerContentScripts / getRegisteredContentScripts (site access "always check").
// Firefox 140 (the 2025 ESR): browser_specific_settings.gecko.data_collection_permissions, which AMO requires
// of new add-ons; Firefox for Android reads that key from 142.
const MIN_CHROME = '96';
const MIN_FIREFOX = '140.0';
const MIN_FIREFOX_ANDROID = '142.0';

// The add-on id AMO signs the Firefox build under. It can never change once submitted; the domain is the project's.
const GECKO_ID = 'gbt27922@gbt27922.org';

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: 'dist/extension',
  vite: () => ({
    build: {
      // Syntax no newer than the oldest browsers the manifest admits.
      target: [`chrome${MIN_CHROME}`, `firefox${parseInt(MIN_FIREFOX, 10)}`],
      rolldownOptions: {
        // core/ is pure (data and functions; importing a module changes nothing else): modules of it that a
        // bundle does not use are dropped whole, even when they build tables at module level.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]core[\\/]/.test(id) },
      },
    },
  }),
  zip: {
    excludeSources: ['excel-addin/**', 'test/**', 'cli/**', 'bench/**', 'dist/**', 'lib/**', '.tmp/**', 'demo/**'],
  },
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
              id: GECKO_ID,
              strict_min_version: MIN_FIREFOX,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: MIN_FIREFOX_ANDROID },
          },
        }
      : { minimum_chrome_version: MIN_CHROME }),
  }),
});
