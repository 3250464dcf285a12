import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's serious and critical violations on the page, every <details> opened first (the timeline
 * tables, "Why the figures differ") so that their content is checked too; as "rule: target" lines.
 */
export async function axeSerious(page: Page): Promise<string[]> {
  // The extension's CSP (script-src 'self') refuses page.addScriptTag's inline script; evaluating the
  // source through the DevTools protocol is not subject to it.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = {
      violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }>;
    };
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResult> } }).axe;
    const closed = Array.from(document.querySelectorAll('details')).filter((d) => !d.open);
    for (const d of closed) d.open = true;
    const result = await axe.run();
    for (const d of closed) d.open = false;
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`));
  });
}
