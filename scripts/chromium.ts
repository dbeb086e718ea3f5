/** Launches Debian's system Chromium through playwright-core (no browser download here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL 2 through SwiftShader, for MapLibre, where there is no GPU. Forcing every page's compositing through it as
  // well (--use-angle=swiftshader) made page loads about a quarter slower and gave MapLibre nothing more.
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROME_PATH.`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Chromium as a server that other processes attach to with `chromium.connect(wsEndpoint)` (one browser for a whole test run). */
export function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROME_PATH.`);
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
