/**
 * axe in full, `color-contrast` included, on every built page at desktop width
 * (`npm run test:a11y-all`; `npm test` runs it in full on one page of every
 * kind and the data-dependent rules on the rest: test/browser/pages.test.ts).
 */
import { describe, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { gotoReady, useSite } from '../helpers/browser.ts';
import { dist, htmlPages } from '../helpers/pages.ts';

const site = useSite();

describe.concurrent('axe in full on every page', () => {
  for (const path of htmlPages(dist))
    it(path, async ({ expect }) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await gotoReady(page, site.origin + path);
      const axe = await axeViolations(page, 'full');
      await context.close();
      expect(axe).toEqual([]);
    });
});
