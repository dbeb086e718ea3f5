/** One Chromium and one static server of dist/ per test file, and pages that record what goes wrong. */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { repoRoot } from './dataset.ts';

export const dist = join(repoRoot, 'dist');

export interface Site {
  origin: string;
  browser: Browser;
  /** A fresh context and page; `problems` collects console errors, failed and cross-origin requests. */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }>;
}

/**
 * Chromium for the tests: every context it opens has no time limit of its own on navigations, actions and
 * waits (Playwright's default is 30 s), so that a busy machine makes a test slower, not failed; vitest's
 * testTimeout (vitest.config.ts) is the one limit, for a test that hangs.
 */
export async function launchTestBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    context.setDefaultNavigationTimeout(0);
    return context;
  };
  return browser;
}

export function useSite(): Site {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(dist);
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
    async open(path, options = {}) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`other origin: ${url}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      return { page, problems, close: () => context.close() };
    },
  };
}
