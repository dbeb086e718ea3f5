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

/** How Chromium is launched here; throws, saying what to install, when there is none at CHROMIUM_PATH. */
function launchOptions() {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROME_PATH.`);
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Chromium as a server that other processes attach to with `chromium.connect(wsEndpoint)` (one browser for a whole test run). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}
