/*
 * axe-core (node_modules/axe-core, the engine the Deque browser extensions use) run inside a real
 * page, for the WCAG 2.1 A and AA rules. The suites assert that no serious or critical violation is
 * left. The script goes in through page.addScriptTag; extension pages forbid inline scripts by their
 * CSP, so there it is evaluated through the DevTools protocol instead (which CSP does not govern).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: string | null = null;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** Selector and a short failure summary of each node, for the assertion message. */
  nodes: string[];
}

async function inject(page: Page | Frame): Promise<void> {
  if (await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object')) return;
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    /* blocked by the page's CSP: fall through */
  }
  if (await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object')) return;
  source ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(`${source}\n;void 0`);
}

/**
 * WCAG 2.1 A/AA violations of `impact` serious or critical. `include` limits the check to our own UI
 * (e.g. the overlay's host element on a third-party page); nested arrays reach into shadow roots.
 */
export async function seriousViolations(page: Page | Frame, include?: string[][]): Promise<AxeFinding[]> {
  await inject(page);
  return page.evaluate(async (inc) => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const res = await axe.run(inc ? { include: inc } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }));
  }, include ?? null);
}

/** Count of violating nodes per rule, e.g. { 'color-contrast': 3 } — the figure the report quotes. */
export function countByRule(findings: AxeFinding[]): Record<string, number> {
  return Object.fromEntries(findings.map((f) => [f.id, f.nodes.length]));
}
