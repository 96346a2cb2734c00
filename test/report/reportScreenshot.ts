/**
 * Renders a report's HTML in headless Chromium and takes a screenshot of its first page (A4 at
 * 96 dpi): `pnpm report:screenshot report.html report.png`. The browser is Debian's `chromium`
 * (override with CHROMIUM_PATH), with a fresh profile each time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A4 at 96 dpi. */
const FIRST_PAGE = { width: 794, height: 1123 };

export interface RenderedReport {
  title: string;
  headings: string[];
  charts: number;
  /** Requests the page made beyond its own HTML: a self-contained report makes none. */
  requests: string[];
}

/** Loads `html` in Chromium, writes the first page to `png`, and says what the page holds. */
export const screenshotReport = async (html: string, png: string): Promise<RenderedReport> => {
  const profile = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: FIRST_PAGE,
  });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: png, clip: { x: 0, y: 0, ...FIRST_PAGE } });
    return {
      title: await page.title(),
      headings: await page.locator('h2').allTextContents(),
      charts: await page.locator('figure svg').count(),
      requests,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [html, png] = process.argv.slice(2);
  if (html === undefined || png === undefined) {
    process.stderr.write('usage: pnpm report:screenshot <report.html> <first-page.png>\n');
    process.exitCode = 2;
  } else {
    const rendered = await screenshotReport(readFileSync(html, 'utf8'), resolve(png));
    process.stdout.write(`${JSON.stringify({ png: resolve(png), ...rendered })}\n`);
  }
}
