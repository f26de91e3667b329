/*
 * Prints one plain closing line, "N passed, N failed, N skipped", that CI reads whatever the runner.
 * (vitest's own summary is coloured and split over several lines.)
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    const n = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      for (const test of m.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') n.passed++;
        else if (state === 'failed') n.failed++;
        else n.skipped++;
      }
      if (m.state() === 'failed' && ![...m.children.allTests()].some((t) => t.result().state === 'failed')) n.failed++; // a file that failed to load
    }
    n.failed += errors.length;
    process.stdout.write(`\nTests: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped\n`);
  }
}
