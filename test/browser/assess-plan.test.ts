/**
 * /assess/ ends in a plan, and «compare my answers»: in a real Chromium, the path assessment → plan →
 * compare with my answers; the group aimed at in the address; the plan without JavaScript; the answered
 * page on paper (two A4 pages at most); phone widths and 320 px. Expected counts are worked out by hand
 * from data/group-profile-points.csv and data/assessment-links.csv.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const G1 = 'global-high-technology-medicine-clusters';
const G2 = 'world-class-biomedical-research-clusters';

// Unlike group 1 on all five points it expects something on among these answers (group-profile-points.csv):
// a cluster in Asia, under 100 members, no public authorities in its governance, set up privately, no R&D.
const UNLIKE_G1 = '?cluster-size=no&ppp-based-management=no&home-country=asia&establishment-initiative=private&biomedical-rd=no';

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => (e as HTMLElement).dataset['planPoint'] ?? (e as HTMLElement).dataset['planGroup'] ?? ''));

describe('the plan', () => {
  it('aims at the chosen group and keeps in view only the points where the answers differ, each with its links and reasons', async () => {
    const { page, problems, close } = await site.open(`/assess/${UNLIKE_G1}&aim=${G1}`, DESKTOP);
    await expect(page.locator('select[name="aim"]').inputValue()).resolves.toBe(G1);
    await expect(page.locator('[data-plan-summary]').textContent()).resolves.toBe(
      'Toward group 1, Global High-Technology Medicine Clusters: your answers differ on 5 points; the atlas links 3 of them to what bears on them.',
    );
    expect(await shown(page, '[data-plan-group]')).toEqual([G1]);
    // Questionnaire order: the members' and management indicators, then table 2.1's questions.
    expect(await shown(page, `[data-plan-group="${G1}"] [data-plan-point]`)).toEqual([
      'cluster-size',
      'ppp-based-management',
      'home-country',
      'biomedical-rd',
      'establishment-initiative',
    ]);
    const size = page.locator(`[data-plan-group="${G1}"] [data-plan-point="cluster-size"]`);
    await expect(size.locator('.expected').textContent()).resolves.toBe('Group 1’s profile: «Yes». You answered «No».');
    // assessment-links.csv: four links toward 100 or more members, each labelled as the atlas's matching, with a citation.
    await expect(size.locator('[data-plan-link]').count()).resolves.toBe(4);
    await expect(size.locator('[data-plan-link] .own-tag').allTextContents()).resolves.toEqual(Array(4).fill('Atlas’s matching:'));
    await expect(size.locator('[data-plan-link] .reason .cite').count()).resolves.toBe(4);
    await expect(size.locator('blockquote').count()).resolves.toBe(1);
    await expect(page.locator(`[data-plan-group="${G1}"] [data-plan-point="home-country"] .unlinked`).textContent()).resolves.toContain(
      'describes the home country',
    );
    expect(await axeViolations(page)).toEqual([]);
    // One click from the result to the plan, and one from a checkpoint to its step of the guide.
    await page.locator('[data-plan-go]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#plan');
    await size.locator('a', { hasText: 'Identification of regional scientific stakeholders' }).click();
    await expect.poll(() => page.evaluate(() => `${location.pathname}${location.hash}`)).toBe('/guide/#step-2');
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('keeps the aim in the address, falls back to the closest group, and names an unknown group', async () => {
    const { page, problems, close } = await site.open(`/assess/${UNLIKE_G1}&aim=no-such-group`, DESKTOP);
    await expect(page.locator('[data-dropped]').textContent()).resolves.toContain('aim “no-such-group” (no such group)');
    // Groups 2 and 3 tie on these answers: the choice is left open and every group's plan stays in view.
    await expect(page.locator('[data-plan-summary]').textContent()).resolves.toBe('Your answers are equally close to several groups: choose the group to aim for.');
    await expect(shown(page, '[data-plan-group]')).resolves.toHaveLength(3);
    await page.locator('select[name="aim"]').selectOption(G2);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('aim'))).toBe(G2);
    // Group 2 expects R&D (yes): the one point of the four it describes where the answers differ.
    await expect.poll(() => shown(page, '[data-plan-point]')).toEqual(['biomedical-rd']);
    await page.locator('select[name="aim"]').selectOption('');
    await expect.poll(() => page.evaluate(() => location.search.includes('aim='))).toBe(false);
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('all answers as the group expects: says there is nothing to plan and shows no point', async () => {
    const like = '?cluster-size=yes&ppp-based-management=yes&home-country=de-us-kr&establishment-initiative=public&biomedical-rd=yes';
    const { page, problems, close } = await site.open(`/assess/${like}`, DESKTOP);
    await expect(page.locator('[data-plan-summary]').textContent()).resolves.toBe(
      'Your answers are as the profile of group 1, Global High-Technology Medicine Clusters expects on all 5 points compared: there is no difference to plan for.',
    );
    await expect(shown(page, '[data-plan-point]')).resolves.toEqual([]);
    await expect(page.locator('[data-plan-empty]').isVisible()).resolves.toBe(true);
    await close();
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('compare my answers', () => {
  it('opens /compare/ with the answers as a column beside clusters of the group, kept in the address', async () => {
    const { page, problems, close } = await site.open(`/assess/${UNLIKE_G1}&aim=${G1}`, DESKTOP);
    const link = page.locator('[data-compare-link]');
    await expect(link.textContent()).resolves.toBe('Compare my answers with clusters of group 1');
    await link.click();
    await page.waitForURL(/\/compare\//);
    await expect.poll(() => page.locator('[data-compare-view] table.compare-table thead th').count()).toBe(5);
    const params = await page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
    expect(params).toMatchObject({ 'cluster-size': 'no', 'ppp-based-management': 'no', 'home-country': 'asia', 'biomedical-rd': 'no' });
    expect(params['clusters']?.split(',')).toHaveLength(3);
    await expect(page.locator('[data-compare-view] caption').textContent()).resolves.toContain('Which row an answer stands in is the atlas’s reading');
    const heads = await page.locator('[data-compare-view] table.compare-table thead th').allTextContents();
    expect(heads[1]).toMatch(/^Your answers/);
    const cell = (row: string) => page.locator(`[data-compare-view] tr[data-row="${row}"] td`).first();
    await expect(cell('indicator-members-total').locator('.value').textContent()).resolves.toBe('No');
    await expect(cell('countries').locator('.value').textContent()).resolves.toBe('Another Asian country');
    await expect(cell('layer').textContent()).resolves.toBe('Not comparable');
    await expect(cell('group-competitive-advantage').textContent()).resolves.toBe('Not answered');
    // The column links back to the assessment with the answers.
    await expect(page.locator('[data-compare-view] thead th[data-column="your-answers"] a').getAttribute('href')).resolves.toBe(
      '/assess/?cluster-size=no&ppp-based-management=no&home-country=asia&biomedical-rd=no&establishment-initiative=private',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Removing a cluster keeps the answers; removing the answers keeps the clusters.
    const first = params['clusters']?.split(',')[0] ?? '';
    await page.locator(`button[data-remove="${first}"]`).click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('cluster-size'))).toBe('no');
    await page.locator('button[data-remove="your-answers"]').click();
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/^\?clusters=[a-z0-9-]+,[a-z0-9-]+$/);
    await expect(page.locator('[data-compare-view] thead th[data-column="your-answers"]').count()).resolves.toBe(0);
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('names and drops a bad answer in /compare/’s address', async () => {
    const { page, problems, close } = await site.open('/compare/?clusters=medicon-valley,eurasante&cluster-size=maybe&home-country=europe', DESKTOP);
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toContain('cluster-size “maybe”');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?clusters=medicon-valley,eurasante&home-country=europe');
    await expect.poll(() => page.locator('[data-compare-view] tr[data-row="countries"] td').first().locator('.value').textContent()).toBe('Another European country');
    await close();
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('without JavaScript, on paper and on a phone', () => {
  it('without JavaScript holds the plan toward every group, one click away, and no aim control', async () => {
    const { page, problems, close } = await site.open(`/assess/${UNLIKE_G1}`, { javaScriptEnabled: false, ...DESKTOP });
    expect(await shown(page, '[data-plan-group]')).toHaveLength(3);
    // group-profile-points.csv: group 1 expects something on 12 points, groups 2 and 3 on 7 each.
    await expect(page.locator('[data-plan-point]').count()).resolves.toBe(26);
    expect(await shown(page, '[data-plan-point]')).toEqual([]);
    await page.locator(`[data-plan-group="${G1}"] summary`).click();
    expect(await shown(page, '[data-plan-point]')).toHaveLength(12);
    await expect(page.locator('select[name="aim"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.without-script.notice').textContent()).resolves.toContain('A plan toward each group');
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  // The case: a publicly set up cluster of about 100 members, every question answered (closest: group 1).
  const PUBLIC_100 =
    '?medical-tourism-revenue=no&foreign-patients=no&bloomberg-healthcare-efficiency=yes&medical-tourism-index=no&pwc-medical-tourism-destinations=no&medical-tourism-aggregator-ranking=no&cluster-size=yes&member-diversity=yes&specialisation=yes&innovation-infrastructure=no&start-ups=yes&ppp-based-management=yes&goals=yes&esca-label=no&international-visibility=yes&home-country=europe&biomedical-rd=yes&medical-services=yes&competitive-advantage=other&focus-of-activity=other&establishment-initiative=public';
  for (const [name, query] of [
    ['unlike group 1 on five points, aimed at it', `${UNLIKE_G1}&aim=${G1}`],
    ['the issue’s publicly set up cluster, every question answered', PUBLIC_100],
  ])
  it(`prints the answered page as a worksheet of at most two A4 pages: ${name}`, async () => {
    const { page, problems, close } = await site.open(`/assess/${query}`, DESKTOP);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-plan-summary]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-plan-link]:visible').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('form').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  for (const width of [320, 390]) {
    it(`at ${width} px: no sideways scrolling on the plan or the compare view with answers`, async () => {
      const { page, problems, close } = await site.open(`/assess/${UNLIKE_G1}&aim=${G1}`, { viewport: { width, height: 800 } });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
      await page.locator('[data-compare-link]').click();
      await page.waitForURL(/\/compare\//);
      await expect.poll(() => page.locator('[data-compare-view] th[data-column="your-answers"]').count()).toBe(1);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
      await close();
      expect(problems).toEqual([]);
    }, 120_000);
  }
});
