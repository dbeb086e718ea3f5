/**
 * The second engine: Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (`npm run test:firefox`,
 * test/firefox/). The Playwright helpers (test/helpers/browser.ts) are Chromium's; these are their counterparts for a
 * puppeteer page. No browser is downloaded: the system's Firefox is launched, or the run stops saying what to install.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR, headless, over WebDriver BiDi, without time limits of its own (a busy machine makes the run slower,
 * not failed; vitest's limits stop a hang). Throws, saying what to install, when there is no Firefox at FIREFOX_PATH.
 */
export function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's package (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, protocol: 'webDriverBiDi', headless: true, timeout: 0, protocolTimeout: 0 });
}

/**
 * Records what goes wrong on a page, as Chromium's watchProblems does: console errors and warnings, page errors,
 * failed requests, responses of 400 or more (but the document's own), requests to another origin, and the page's
 * Content-Security-Policy violations (read with `cspViolations`). Call before the first navigation.
 */
export async function watchProblems(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) problems.push(`other origin: ${url}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.request().isNavigationRequest()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
  return problems;
}

/** The CSP violations the page has met since it loaded (see watchProblems). */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['no CSP recorder on this page']);

/**
 * Goes to `url` and waits until the page is as its scripts make it (see gotoReady in test/helpers/browser.ts): the
 * `load` event, then no `<html data-starting>`. Returns the document's HTTP status.
 */
export async function gotoReady(page: Page, url: string): Promise<number | undefined> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: 0 });
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-starting'), { timeout: 0, polling: 'mutation' });
  return response?.status();
}
