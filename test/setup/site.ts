/**
 * Global setup of the browser tests (vitest `globalSetup`): one static server
 * of dist/ and one Chromium for the whole run, handed to every test file by
 * `provide`; test files attach with `useSite()` (test/helpers/browser.ts).
 */
import type { TestProject } from 'vitest/node';
import { launchTestChromiumServer } from '../../scripts/chromium.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { dist } from '../helpers/pages.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The origin serving dist/, e.g. http://127.0.0.1:39123. */
    siteOrigin: string;
    /** Where test files attach to the run's Chromium (`chromium.connect`). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [server, browser] = await Promise.all([startStaticServer(dist), launchTestChromiumServer()]);
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
