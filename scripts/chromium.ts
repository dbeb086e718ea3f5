/** Launches Debian's system Chromium through playwright-core (no browser download here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's headless shell (Debian's package `chromium-headless-shell`), for the browser tests: the same Blink and
 * V8 without the full browser's shell around them, which is Playwright's own default for headless runs. On this
 * 2-core machine it loads, runs axe and draws MapLibre in about two thirds of the full browser's time.
 */
export const HEADLESS_SHELL_PATH = process.env.CHROME_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL 2 through SwiftShader, for MapLibre, where there is no GPU. Forcing every page's compositing through it as
  // well (--use-angle=swiftshader) made page loads about a quarter slower and gave MapLibre nothing more.
  '--enable-unsafe-swiftshader',
];

/** How a Chromium binary is launched here; throws, saying what to install, when there is none at `path`. */
function launchOptions(path: string, pkg: string, variable: string) {
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: install Debian's package (apt-get install ${pkg}) or set ${variable}.`);
  return { executablePath: path, args: CHROMIUM_ARGS, headless: true };
}

/** The full Chromium, as a visitor's: screenshots and the scale benchmark. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions(CHROMIUM_PATH, 'chromium', 'CHROME_PATH'));
}

/**
 * The tests' Chromium (the headless shell) as a server that other processes attach to with
 * `chromium.connect(wsEndpoint)`: one browser for a whole test run.
 */
export function launchTestChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions(HEADLESS_SHELL_PATH, 'chromium-headless-shell', 'CHROME_HEADLESS_SHELL_PATH'));
}
