// ESLint 9 flat config. `npm run lint` checks the whole tree; Prettier does the formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';

// The Office rules alone (the plugin's recommended config also switches on Prettier through ESLint,
// which `npm run format:check` already covers).
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

// Globals of plain .js / .mjs files (TypeScript files get theirs from tsc, so no-undef is off there).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'globalThis', 'structuredClone'].map((g) => [
    g,
    'readonly',
  ]),
);

/*
 * zod classic carries its whole chained API and loads every locale (~250 kB minified); every schema is written
 * with zod/mini (core/zod-locale.ts gives it zod's en and zh-CN words). 'zod/v4' is classic too.
 */
const classicZod = ['zod', 'zod/v4'].map((name) => ({ name, message: "Use 'zod/mini' (and core/zod-locale.ts)." }));

/**
 * Faces reach core only through its public entries (core/index.ts, core/writers.ts, core/light.ts);
 * anything deeper is core's to move. The pattern matches a relative path into core that names
 * any other module.
 */
const throughCoreEntries = {
  'no-restricted-imports': [
    'error',
    {
      paths: classicZod,
      patterns: [
        {
          regex: '^(\\.\\./)+core/(?!(index|writers|light)$)',
          message: 'Import core through core/index.ts (or core/writers.ts, core/light.ts), never a module inside it.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.output/',
      '.wxt/',
      'out/',
      'lib/',
      'gbt27922-demo/',
      'excel-addin/dist/',
      'test/fixtures/',
      'demo/forms/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      // `_name` says "deliberately unused" (a destructured field left out, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: classicZod }] },
  },
  {
    files: ['cli/**/*.{ts,mts,js,mjs}', 'extension/**/*.{ts,tsx}', 'excel-addin/**/*.{ts,tsx}'],
    rules: throughCoreEntries,
  },
  {
    files: ['excel-addin/src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    files: ['excel-addin/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
);
