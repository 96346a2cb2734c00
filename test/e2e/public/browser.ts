import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core downloads no browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots of the main pages, kept as test artefacts (git-ignored). */
export const SCREENSHOTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'artifacts',
  'screenshots',
);

/**
 * Under CI the browser tests always run (a missing browser fails them); elsewhere they are skipped,
 * loudly, when Chromium is not installed.
 */
export const browserTestsSkipped = (): boolean => {
  if (process.env.CI === 'true' || existsSync(CHROMIUM)) return false;
  console.warn(
    `SKIPPED the public-pages browser tests: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`,
  );
  return true;
};

// The network is closed: nothing in the background may try to reach out.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });

export const screenshot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
};
