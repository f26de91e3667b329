import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// One `vitest run` runs every project. Browser (Chromium) and LibreOffice suites skip loudly
// when those programs are missing; .ci/run installs both.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/excel-addin/**/*.test.ts',
            'test/bench/**/*.test.ts',
          ],
          exclude: ['**/*.e2e.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['test/extension/**/*.test.ts'],
          exclude: ['test/extension/**/*.e2e.test.ts'],
          environment: 'happy-dom',
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A browser waits on pages, workers and the extension's service worker: polls wait up to 15 s (a
          // busy 2-core machine running the rest of the suite beside it), not vitest's default 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
