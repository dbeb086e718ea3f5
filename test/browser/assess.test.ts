/**
 * /assess/ in a real Chromium, and «Clusters like this one» on the profiles: answers restored from the
 * URL, bad parameters named and dropped, a fill-in by keyboard alone, the worksheet without JavaScript,
 * axe with a result on screen, no sideways scroll at 320 and 390 px, print; every profile's kin linking
 * to the compare view.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { focusState } from '../helpers/focus.ts';
import { dist, htmlPages } from '../helpers/pages.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

// A cluster like group 1 (see test/unit/assessment.test.ts): Germany/US/Korea, 100+ members, public
// authorities in its governance, set up on public initiative, biomedical R&D.
const LIKE_GROUP_1 = '?cluster-size=yes&ppp-based-management=yes&home-country=de-us-kr&establishment-initiative=public&biomedical-rd=yes';

const checked = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((i) => `${i.name}=${i.value}`).sort());
const statusText = (page: Page) => page.locator('[role="status"]').textContent();
const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('/assess/', () => {
  it('restores the answers from the URL and shows the comparison', async () => {
    const { page, problems, close } = await site.open(`/assess/${LIKE_GROUP_1}`, DESKTOP);
    expect(await checked(page)).toEqual([
      'biomedical-rd=yes',
      'cluster-size=yes',
      'establishment-initiative=public',
      'home-country=de-us-kr',
      'ppp-based-management=yes',
    ]);
    // All five answers match group 1's profile (hand-worked: home, R&D, initiative, size, public agencies).
    expect(await statusText(page)).toBe('Closest to group 1, Global High-Technology Medicine Clusters: as in its profile on all 5 points of it that your answers reach.');
    await expect(page.locator('[data-points] li').count()).resolves.toBe(5);
    // The worksheet shows the answer and the verdict per group: size — group 1 expects yes, group 3 no.
    const size = page.locator('tr[data-question="cluster-size"]');
    await expect(size.locator('[data-answer-text]').textContent()).resolves.toBe('Yes');
    await expect(size.locator('td[data-group="global-high-technology-medicine-clusters"] [data-verdict]').textContent()).resolves.toBe('✓ as your answer');
    await expect(size.locator('td[data-group="international-medical-tourism-clusters"] [data-verdict]').textContent()).resolves.toBe('✗ unlike your answer');
    await expect(size.locator('td[data-group="world-class-biomedical-research-clusters"] [data-verdict]').textContent()).resolves.toBe('');
    // Read next: group 1 first, marked, its case studies open.
    const first = page.locator('[data-next-group]').first();
    await expect(first.getAttribute('data-next-group')).resolves.toBe('global-high-technology-medicine-clusters');
    await expect(first.locator('[data-closest]').isVisible()).resolves.toBe(true);
    await expect(first.locator('details[data-cases]').getAttribute('open')).resolves.toBe('');
    // The address is rewritten in the questionnaire's order: the indicators of fig. 2.2, then table 2.1's questions.
    await expect(page.evaluate(() => location.search)).resolves.toBe(
      '?cluster-size=yes&ppp-based-management=yes&home-country=de-us-kr&biomedical-rd=yes&establishment-initiative=public',
    );
    expect(await axeViolations(page)).toEqual([]);
    await close();
    expect(problems).toEqual([]);
  }, 150_000);

  it('every answer yes: closest to group 1 on all 8 points of its profile, biomedical R&D not set against group 3', async () => {
    // The yes/no questions are the ones with a «yes» choice: the 15 indicators, biomedical R&D, medical services.
    const { page, problems, close } = await site.open('/assess/', DESKTOP);
    const yes = page.locator('input[type="radio"][value="yes"]');
    await expect(yes.count()).resolves.toBe(17);
    for (const input of await yes.all()) await input.check();
    await expect.poll(() => statusText(page)).toBe(
      'Closest to group 1, Global High-Technology Medicine Clusters: as in its profile on all 8 points of it that your answers reach.',
    );
    // Group 1's profile expects «Yes» on exactly 8 of the questions (see its worksheet column): all of them match.
    const g1 = page.locator('td[data-group="global-high-technology-medicine-clusters"]');
    await expect(g1.locator('[data-verdict]', { hasText: '✓ as your answer' }).count()).resolves.toBe(8);
    await expect(g1.locator('[data-verdict]', { hasText: '✗' }).count()).resolves.toBe(0);
    // Table 2.1 gives group 3 «biomedical R&D (30%)»: the answer is neither like nor unlike it.
    const rd = page.locator('[data-points] li', { hasText: 'biomedical R&D?' });
    await expect(rd.textContent()).resolves.toBe('Do the members carry out biomedical R&D? Yes — as in groups 1 and 2');
    const rdCell = page.locator('tr[data-question="biomedical-rd"] td[data-group="international-medical-tourism-clusters"]');
    await expect(rdCell.locator('[data-verdict]').textContent()).resolves.toBe('');
    await expect(rdCell.textContent()).resolves.toContain('«biomedical R&D (30%)»');
    // Medical services rest on a share of group 1: the line says so.
    await expect(page.locator('[data-points] li', { hasText: 'medical services' }).textContent()).resolves.toBe(
      'Do the members provide medical services: treatment and rehabilitation? Yes — as in most of group 1 (over 55%) and most of group 3 (90%)',
    );
    // The choice of table 2.1 is quoted as printed; the public–private partnership is the atlas's gloss, citing ch. 2.
    const publicChoice = page.locator('label', { has: page.locator('input[name="establishment-initiative"][value="public"]') });
    await expect(publicChoice.textContent()).resolves.toMatch(
      /^\s*«Predominantly public»\s*The atlas counts here: set up by public authorities or through a public–private partnership: ch\. 2 «Group 1»/,
    );
    await close();
    expect(problems).toEqual([]);
  });

  it('names bad, unknown and repeated parameters, drops them from the address and keeps the rest', async () => {
    const { page, problems, close } = await site.open('/assess/?cluster-size=maybe&colour=blue&home-country=asia&home-country=europe', DESKTOP);
    const note = page.locator('[data-dropped]');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toBe(
      'Ignored: “colour” (not a setting of this view); cluster-size “maybe” (no such answer); home-country “europe” (one answer at a time).',
    );
    await expect(page.evaluate(() => location.search)).resolves.toBe('?home-country=asia');
    expect(await checked(page)).toEqual(['home-country=asia']);
    // «Another Asian country» is what group 2's profile expects, and no other group's.
    expect(await statusText(page)).toContain('Closest to group 2');
    await expect(page.locator('[data-next-group]').first().getAttribute('data-next-group')).resolves.toBe('world-class-biomedical-research-clusters');
    await close();
    expect(problems).toEqual([]);
  });

  it('can be filled in by keyboard alone, the address and the result following each answer', async () => {
    const { page, problems, close } = await site.open('/assess/', DESKTOP);
    const visibleFocus = async () => {
      const f = await focusState(page);
      expect(f.lost).toBe(false);
      expect(f.contrast).toBeGreaterThanOrEqual(3);
    };
    /** Tabs, checking the focus at every stop, until the focused element matches `selector`. */
    const tabTo = async (selector: string) => {
      for (let steps = 1; !(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)); steps++) {
        expect(steps, `Tab presses to reach ${selector}`).toBeLessThan(80);
        await page.keyboard.press('Tab');
        if (steps > 3) await visibleFocus(); // past the skip link and the header
      }
    };
    // From the top of the page to the first question's first radio button (the citation links between are stops too).
    await tabTo('input[name="medical-tourism-revenue"]');
    await page.keyboard.press('Space'); // revenue: yes
    await tabTo('input[name="foreign-patients"]');
    await page.keyboard.press('ArrowRight'); // foreign patients: no (arrow keys move and check within a radio group)
    await page.waitForFunction(() => location.search === '?medical-tourism-revenue=yes&foreign-patients=no');
    expect(await checked(page)).toEqual(['foreign-patients=no', 'medical-tourism-revenue=yes']);
    // Revenue «yes» is what group 1 expects; foreign patients «no» is not (group 1 expects more than 200,000).
    expect(await statusText(page)).toBe('Closest to group 1, Global High-Technology Medicine Clusters: as in its profile on 1 of the 2 points of it that your answers reach, unlike it on 1.');
    // On to the submit button and press it: the result heading takes the focus.
    await tabTo('button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'result-heading');
    await expect(page.evaluate(() => location.pathname + location.search)).resolves.toBe('/assess/?medical-tourism-revenue=yes&foreign-patients=no');
    await close();
    expect(problems).toEqual([]);
  });

  it('clears the answers and the address with the reset button', async () => {
    const { page, problems, close } = await site.open(`/assess/${LIKE_GROUP_1}`, DESKTOP);
    await page.getByRole('button', { name: 'Clear the answers' }).click();
    await page.waitForFunction(() => location.search === '');
    expect(await checked(page)).toEqual([]);
    expect(await statusText(page)).toBe('Answer a question to see how your cluster compares with the groups.');
    await close();
    expect(problems).toEqual([]);
  });

  it('reads as a worksheet without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/assess/`, { waitUntil: 'load' });
    const shown = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    // 15 indicators and 6 table 2.1 questions, each a fieldset of radio buttons; the same 21 rows in the worksheet.
    await expect(shown('fieldset.question')).resolves.toBe(21);
    await expect(shown('fieldset.question input[type="radio"]')).resolves.toBe(15 * 2 + 5 + 2 + 2 + 4 + 4 + 2);
    await expect(shown('table.worksheet tr[data-question]')).resolves.toBe(21);
    await expect(shown('.without-script.notice')).resolves.toBe(1);
    // Nothing chosen yet: each row's answer reads «not answered»; test/browser/assess-plan.test.ts chooses answers.
    await expect(shown('[data-static-option=""]')).resolves.toBe(21);
    await expect(shown('[data-static-option]:not([data-static-option=""]), [data-static-verdict]')).resolves.toBe(0);
    // The live result needs the script and stays out of sight; the groups' next reads are all there.
    await expect(shown('[data-result]')).resolves.toBe(0);
    await expect(shown('[data-next-group]')).resolves.toBe(3);
    await context.close();
  });

  for (const width of [320, 390])
    it(`has no sideways scroll at ${width} px with a result on screen`, async () => {
      const { page, problems, close } = await site.open(`/assess/${LIKE_GROUP_1}`, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
      expect(await statusText(page)).toContain('Closest to group 1');
      if (width === 390) expect(await axeViolations(page)).toEqual([]);
      await close();
      expect(problems).toEqual([]);
    }, 150_000);

  it('prints the result, the table with the questions answered, and the plan, without the form or the list the table repeats', async () => {
    // test/browser/assess-plan.test.ts counts the printed pages.
    const { page, problems, close } = await site.open(`/assess/${LIKE_GROUP_1}`, { viewport: { width: 688, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('form').isVisible()).resolves.toBe(false);
    await expect(page.locator('[role="status"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-points] li').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-plan-summary]').isVisible()).resolves.toBe(true);
    await expect(page.locator('tr[data-question="cluster-size"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('tr[data-question="esca-label"]').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(688);
    await close();
    expect(problems).toEqual([]);
  });
});

describe('«Clusters like this one» on the profiles', () => {
  const profiles = htmlPages(dist).filter((p) => /^\/clusters\/[^/]+\/$/.test(p));

  it('is on every profile, each kin linking to the compare view of the two, or says that none is known', () => {
    expect(profiles.length).toBeGreaterThan(60);
    const withKin: string[] = [];
    for (const path of profiles) {
      const id = path.split('/')[2] ?? '';
      const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const section = document.querySelector('section.like');
      expect(section?.querySelector('h2')?.textContent, path).toBe('Clusters like this one');
      expect(section?.textContent, path).toContain('The atlas’s own reading');
      const compare = [...(section?.querySelectorAll('a[href*="/compare/"]') ?? [])].map((a) => a.getAttribute('href') ?? '');
      if (compare.length > 0) {
        withKin.push(id);
        for (const href of compare) expect(href, path).toMatch(new RegExp(`^/compare/\\?clusters=${id},[a-z0-9-]+$`));
      } else {
        const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
        expect(links, path).toEqual([`/map/?cluster=${id}`, '/assess/']);
      }
    }
    // Every cluster of the sample has a group, so it has kin.
    const sample = (JSON.parse(readFileSync(join(dist, '..', 'src', 'generated', 'clusters.json'), 'utf8')) as { id: string; in_sample: boolean }[]).filter(
      (c) => c.in_sample,
    );
    for (const c of sample) expect(withKin).toContain(c.id);
  });

  it('shows the ranked kin of Health Valley Netherlands with their reasons', async () => {
    const { page, problems, close } = await site.open('/clusters/health-valley-netherlands/', DESKTOP);
    const first = page.locator('section.like ol.kin > li').first();
    await expect(first.locator('a.name').textContent()).resolves.toBe('Eurasanté');
    await expect(first.locator('.why').textContent()).resolves.toBe('same group (group 2); both cited for target model 2; both evidence success factors 3, 4 and 6');
    await expect(first.locator('a.compare').getAttribute('href')).resolves.toBe('/compare/?clusters=health-valley-netherlands,eurasante');
    await close();
    expect(problems).toEqual([]);
  });

  it('reflows at 320 px: the section is no wider than the screen', async () => {
    const { page, problems, close } = await site.open('/clusters/health-valley-netherlands/', { viewport: { width: 320, height: 800 }, isMobile: true, hasTouch: true });
    const box = await page.locator('section.like').boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await close();
    expect(problems).toEqual([]);
  });
});
