import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One rule axe-core found broken, with the elements that break it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts a test fails on. */
export const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** Runs axe-core (its default rules) on the whole page as it is now and returns every violation. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    interface Result {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; html: string; failureSummary?: string }[];
    }
    const axe = (window as unknown as { axe: { run: (c: Node) => Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html,
        summary: n.failureSummary ?? '',
      })),
    }));
  });
}

/** The violations as a developer reads them: id, impact, help, then each offending element. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${v.impact ?? 'unknown'}: ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map(
          (n) => `    ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
