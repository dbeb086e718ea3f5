/**
 * The browser side of the tests: every test file attaches to the one Chromium
 * and the one static server of dist/ that the global setup starts for the run
 * (test/setup/site.ts), and opens pages that record what goes wrong.
 */
import { chromium, type Browser, type BrowserContextOptions, type Download, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export interface Site {
  origin: string;
  browser: Browser;
  /**
   * A fresh context and page at `path`, ready (see gotoReady); `problems` collects console errors and warnings,
   * page errors, failed requests, responses of 400 or more (but the document's own) and requests to other origins.
   */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }>;
}

/** The run's Chromium (test/setup/site.ts), attached from this test file, without time limits (see withoutTimeLimits). */
export async function connectTestBrowser(): Promise<Browser> {
  return withoutTimeLimits(await chromium.connect(inject('browserEndpoint')));
}

/**
 * The browser, whose every new context has no time limit of its own on navigations, actions and waits
 * (Playwright's default is 30 s), so that a busy machine makes a test slower, not failed; vitest's testTimeout
 * (vitest.config.ts) is the one limit, for a test that hangs.
 */
export function withoutTimeLimits(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    context.setDefaultNavigationTimeout(0);
    return context;
  };
  return browser;
}

/**
 * Goes to `url` and waits until the page is as its scripts make it: the `load` event (module scripts have run by
 * then), then no start-up work under way (`<html data-starting>`, src/client/page-ready.ts). Never waits for the
 * network to fall idle, nor for a fixed time. With JavaScript off, `load` alone.
 */
export async function gotoReady(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.locator('html[data-starting]').waitFor({ state: 'detached' });
  return response;
}

/** A download's bytes. The run's Chromium is reached over a connection, where `download.path()` is not available. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Chromium's own note on software WebGL (SwiftShader, here for want of a GPU) when MapLibre reads pixels back,
 * e.g. «[.WebGL-0x…]GL Driver Message (OpenGL, Performance, …): GPU stall due to ReadPixels»: about the driver, not
 * the page.
 */
const GL_DRIVER_NOTE = /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance,/;

/** Records what goes wrong on a page: see Site.open. */
export function watchProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !GL_DRIVER_NOTE.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`other origin: ${url}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** The run's site and browser for this test file. */
export function useSite(): Site {
  const origin = inject('siteOrigin');
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    origin,
    get browser() {
      return browser;
    },
    async open(path, options = {}) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const problems = watchProblems(page, origin);
      await gotoReady(page, origin + path);
      return { page, problems, close: () => context.close() };
    },
  };
}
