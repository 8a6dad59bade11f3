/**
 * Screenshots (npm run screenshots): the production build in headless Chromium, at a desktop width
 * (1280) and a phone width (390), written to screenshots/ (gitignored): the full page, each cell on its
 * own and each chart on its own, taken once every chart has been drawn. Open them and look.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { openNotebook } from '../tests/e2e/harness/notebookPage';
import { buildAndServe } from '../tests/e2e/harness/server';

const OUT = 'screenshots';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await buildAndServe('screenshots');
  const browser = await launchChromium();
  try {
    for (const { name, width, height } of WIDTHS) {
      const notebook = await openNotebook(browser, app.url, { width, height });
      const { page } = notebook;
      // Charts are drawn after the numbers, and only once they are near the screen on some layouts:
      // scroll through the page, then wait for every chart slot that has a chart to hold a Plotly plot.
      const cells = await page
        .locator('[data-cell]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-cell') ?? ''));
      for (const cell of cells) await page.locator(`[data-cell="${cell}"]`).scrollIntoViewIfNeeded();
      const charts = await page.locator('[data-chart]').count();
      await page
        .waitForFunction(
          (n) => document.querySelectorAll('[data-chart] .js-plotly-plot .main-svg').length >= n,
          charts,
          {
            timeout: 20_000,
          },
        )
        .catch(() => console.warn(`${name}: not every chart was drawn within 20 s`));
      await page.evaluate(() => window.scrollTo(0, 0));
      // Cells out of view are not rendered (content-visibility: auto); a full-page capture shows them all.
      const everyCell = await page.addStyleTag({ content: '.cell { content-visibility: visible; }' });
      await page.waitForTimeout(300);
      const full = join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: full, fullPage: true });
      console.log(`wrote ${full}`);
      await everyCell.evaluate((style) => (style as HTMLStyleElement).remove());
      for (const cell of cells) {
        const file = join(OUT, `${name}-${width}-${cell}.png`);
        await page.locator(`[data-cell="${cell}"]`).screenshot({ path: file });
        console.log(`wrote ${file}`);
        const chart = page.locator(`[data-cell="${cell}"] [data-chart]`);
        if ((await chart.count()) === 1) {
          const chartFile = join(OUT, `${name}-${width}-${cell}-chart.png`);
          await chart.screenshot({ path: chartFile });
          console.log(`wrote ${chartFile}`);
        }
      }
      if (notebook.problems.length) console.warn(`${name}: ${notebook.problems.join(' | ')}`);
      await notebook.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
