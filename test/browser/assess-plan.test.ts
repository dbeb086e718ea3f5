/**
 * /assess/ ends in a plan, and «compare my answers»: in a real Chromium, the path assessment → plan →
 * compare with my answers; the group aimed at in the address; the plan without JavaScript, following the
 * answers as they are chosen; the answered page on paper, two A4 pages at most for every case up to the
 * answers unlike a group on every point; phone widths and 320 px. Expected counts are worked out by hand
 * from data/group-profile-points.csv and data/assessment-links.csv, or computed from the built tables
 * (src/generated/) where the test iterates over cases.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../src/lib/assessment.ts';
import { useSite } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/dataset.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const G1 = 'global-high-technology-medicine-clusters';
const G2 = 'world-class-biomedical-research-clusters';

// Unlike group 1 on all five points it expects something on among these answers (group-profile-points.csv):
// a cluster in Asia, under 100 members, no public authorities in its governance, set up privately, no R&D.
const UNLIKE_G1 = '?cluster-size=no&ppp-based-management=no&home-country=asia&establishment-initiative=private&biomedical-rd=no';

// The data the page is built from (src/generated/, the data build's output), read here without the page's code.
const table = <T>(name: string) => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as T[];
const profilePoints = table<{ group_id: string; question: string; expected: string[] }>('group-profile-points').filter((p) => p.expected.length > 0);
const assessmentLinks = table<{ question: string; toward: string }>('assessment-links');
const questions = questionnaire(table('indicators'));
const groupIds = [...new Set(profilePoints.map((p) => p.group_id))];
/** The questions of `group`'s profile the answers differ on: answered, and not with an answer the group expects. */
const differing = (group: string, answers: Record<string, string>) =>
  profilePoints.filter((p) => p.group_id === group && answers[p.question] !== undefined && !p.expected.includes(answers[p.question] ?? '')).map((p) => p.question);
/** Per group, the answers unlike its profile on every point it describes: the longest plan toward it. */
const unlikeEverywhere = (group: string) =>
  Object.fromEntries(
    profilePoints
      .filter((p) => p.group_id === group)
      .map((p) => [p.question, questions.find((q) => q.id === p.question)?.options.find((o) => !p.expected.includes(o.value))?.value ?? '']),
  );
const query = (answers: Record<string, string>) => `?${new URLSearchParams(answers)}`;

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
    await expect(size.locator('.expected').innerText()).resolves.toBe('Group 1’s profile: «Yes». You answered «No».');
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

  it('without JavaScript follows the answers as they are chosen: the table marks each group, each plan keeps the points that differ', async () => {
    const { page, problems, close } = await site.open('/assess/', { javaScriptEnabled: false, ...DESKTOP });
    for (const g of groupIds) await page.locator(`[data-plan-group="${g}"] summary`).click();
    const planShown = (g: string) => shown(page, `[data-plan-group="${g}"] [data-plan-point]`);
    const noneShown = (g: string) => page.locator(`[data-plan-group="${g}"] [data-plan-none]`).isVisible();
    // Nothing chosen: every point of each group's profile (group-profile-points.csv: 12, 7 and 7).
    expect(await Promise.all(groupIds.map(async (g) => (await planShown(g)).length))).toEqual([12, 7, 7]);
    // No submit button (it would reload the page blank); the reset button needs no script.
    await expect(page.locator('button[type="submit"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.notice').textContent()).resolves.toContain('without JavaScript its address does not carry them');
    // The issue's case, one answer at a time. Group 1 expects 100 or more members, group 3 fewer, group 2 nothing.
    await page.locator('input[name="cluster-size"][value="no"]').check();
    expect(await planShown(G1)).toEqual(['cluster-size']);
    expect(await planShown(G2)).toEqual([]);
    await expect(noneShown(G2)).resolves.toBe(true);
    const size = page.locator('tr[data-question="cluster-size"]');
    await expect(size.locator('[data-answer]').innerText()).resolves.toBe('No');
    await expect(size.locator(`td[data-group="${G1}"]`).innerText()).resolves.toMatch(/^Yes\s+✗ unlike your answer/);
    await expect(size.locator('td[data-group="international-medical-tourism-clusters"]').innerText()).resolves.toMatch(/^No\s+✓ as your answer/);
    await expect(size.locator(`td[data-group="${G2}"]`).innerText()).resolves.not.toMatch(/[✓✗]/);
    // Coloured as the script colours the same answer: unlike, nothing, as.
    const fills = (p: Page) => p.locator('tr[data-question="cluster-size"] td[data-group]').evaluateAll((tds) => tds.map((td) => getComputedStyle(td).backgroundColor));
    const scripted = await site.open('/assess/?cluster-size=no', DESKTOP);
    const withScript = await fills(scripted.page);
    await scripted.close();
    expect(scripted.problems).toEqual([]);
    expect(new Set(withScript).size).toBe(3);
    expect(await fills(page)).toEqual(withScript);
    await expect(page.locator('tr[data-question="home-country"] [data-answer]').innerText()).resolves.toBe('not answered');
    await expect(page.locator(`[data-plan-group="${G1}"] [data-plan-point="cluster-size"] .expected`).innerText()).resolves.toBe(
      'Group 1’s profile: «Yes». You answered «No».',
    );
    // Set up publicly, as group 1 expects and unlike groups 2 and 3; R&D, as groups 1 and 2 expect.
    await page.locator('input[name="establishment-initiative"][value="public"]').check();
    await page.locator('input[name="biomedical-rd"][value="yes"]').check();
    const answers = { 'cluster-size': 'no', 'establishment-initiative': 'public', 'biomedical-rd': 'yes' };
    expect(await planShown(G1)).toEqual(['cluster-size']);
    expect(await planShown(G2)).toEqual(['establishment-initiative']);
    expect(await planShown('international-medical-tourism-clusters')).toEqual(['establishment-initiative']);
    for (const g of groupIds) {
      expect((await planShown(g)).sort(), g).toEqual(differing(g, answers).sort());
      await expect(noneShown(g), g).resolves.toBe(false);
    }
    // Every answer as group 1 expects: nothing to plan toward it, the line says so.
    const like = Object.fromEntries(profilePoints.filter((p) => p.group_id === G1).map((p) => [p.question, p.expected[0] ?? '']));
    for (const [question, value] of Object.entries(like)) await page.locator(`input[name="${question}"][value="${value}"]`).check();
    expect(await planShown(G1)).toEqual([]);
    await expect(noneShown(G1)).resolves.toBe(true);
    for (const g of groupIds) expect((await planShown(g)).sort(), g).toEqual(differing(g, like).sort());
    // Cleared: every point again.
    await page.getByRole('button', { name: 'Clear the answers' }).click();
    expect(await Promise.all(groupIds.map(async (g) => (await planShown(g)).length))).toEqual([12, 7, 7]);
    await expect(noneShown(G1)).resolves.toBe(false);
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('with JavaScript, shows none of the no-script marks; Chromium keeps every rule of their stylesheet', async () => {
    const { page, problems, close } = await site.open(`/assess/${UNLIKE_G1}`, DESKTOP);
    // A rule the browser cannot parse is dropped from the sheet: the rules it holds are all the file's.
    const sheet = await page.evaluate(async () => {
      const s = [...document.styleSheets].find((x) => x.href?.endsWith('/assess/answers.css'));
      const text = s?.href ? await (await fetch(s.href)).text() : '';
      const held = [...(s?.cssRules ?? [])].map((r) => (r instanceof CSSMediaRule ? r.cssRules.length : -1));
      return { held, written: text.split('\n').filter((line) => line.includes('{') && !line.startsWith('@media')).length };
    });
    expect(sheet.held).toHaveLength(2);
    expect(sheet.written).toBeGreaterThan(100);
    expect(sheet.held.reduce((a, b) => a + b, 0)).toBe(sheet.written);
    await expect(page.locator('[data-points] li').first().isVisible()).resolves.toBe(true);
    await expect(shown(page, '[data-static-option], [data-static-verdict], [data-plan-none], .notice')).resolves.toEqual([]);
    await expect(page.locator('tr[data-question="cluster-size"] [data-answer]').innerText()).resolves.toBe('No');
    await close();
    expect(problems).toEqual([]);
  }, 120_000);

  /** Pages of the A4 PDF Chromium prints. */
  const printedPages = async (page: Page) => {
    const pdf = await page.pdf({ format: 'A4' });
    return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  };
  /** The plan's points and links on paper, and whether every answered question's row is there. */
  const onPaper = (page: Page) =>
    page.evaluate(() => ({
      points: [...document.querySelectorAll<HTMLElement>('[data-plan-point]')].filter((e) => e.checkVisibility()).map((e) => e.dataset['planPoint']),
      links: [...document.querySelectorAll('[data-plan-link]')].filter((e) => e.checkVisibility()).length,
      rows: [...document.querySelectorAll<HTMLElement>('tr[data-question]')].filter((e) => e.checkVisibility()).map((e) => e.dataset['question']),
      form: document.querySelector('form')?.checkVisibility(),
    }));
  /** Links of assessment-links.csv toward what `group` expects on `questions`: all of them print. */
  const linksToward = (group: string, qs: string[]) =>
    assessmentLinks.filter((l) => qs.includes(l.question) && profilePoints.some((p) => p.group_id === group && p.question === l.question && p.expected.includes(l.toward))).length;
  const yesNo = (value: string) => Object.fromEntries(questions.filter((q) => q.options.some((o) => o.value === value)).map((q) => [q.id, value]));
  // The issue's case: a publicly set up cluster of fewer than 100 members that does biomedical R&D (closest: group 1).
  const ISSUE = { 'establishment-initiative': 'public', 'cluster-size': 'no', 'biomedical-rd': 'yes' };
  const PRINTED: [string, Record<string, string>, string | undefined][] = [
    ['every yes/no answer «yes»', yesNo('yes'), undefined],
    ['every yes/no answer «no»', yesNo('no'), undefined],
    ['the issue’s publicly set up cluster', ISSUE, undefined],
    [
      'a publicly set up cluster of 100 or more members, every question answered',
      Object.fromEntries(
        new URLSearchParams(
          'medical-tourism-revenue=no&foreign-patients=no&bloomberg-healthcare-efficiency=yes&medical-tourism-index=no&pwc-medical-tourism-destinations=no&medical-tourism-aggregator-ranking=no&cluster-size=yes&member-diversity=yes&specialisation=yes&innovation-infrastructure=no&start-ups=yes&ppp-based-management=yes&goals=yes&esca-label=no&international-visibility=yes&home-country=europe&biomedical-rd=yes&medical-services=yes&competitive-advantage=other&focus-of-activity=other&establishment-initiative=public',
        ),
      ),
      undefined,
    ],
    ...groupIds.map((g): [string, Record<string, string>, string] => [`unlike ${g} on every point it describes, aimed at it`, unlikeEverywhere(g), g]),
  ];

  for (const [name, answers, aim] of PRINTED)
    it(`prints the answered page as a worksheet of at most two A4 pages, nothing of the plan left out: ${name}`, async () => {
      const { page, problems, close } = await site.open(`/assess/${query(answers)}${aim ? `&aim=${aim}` : ''}`, DESKTOP);
      // The group planned for: the one aimed at, else the closest, whose plan alone stays (none when nothing differs).
      const planned = await shown(page, '[data-plan-group]');
      const target = aim ?? (planned.length === 1 ? planned[0] : undefined);
      await page.emulateMedia({ media: 'print' });
      const paper = await onPaper(page);
      const differs = target ? differing(target, answers) : [];
      expect(paper.form).toBe(false);
      expect(paper.rows?.sort()).toEqual(Object.keys(answers).sort());
      expect(paper.points.sort()).toEqual([...differs].sort());
      expect(paper.links).toBe(target ? linksToward(target, differs) : 0);
      const pages = await printedPages(page);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await close();
      expect(problems).toEqual([]);
    }, 120_000);

  // Without a script the reader opens the plan toward the group aimed for; the others print as their headings.
  for (const g of groupIds)
    it(`without JavaScript, prints at most two A4 pages with the plan toward ${g} open, unlike it everywhere`, async () => {
      const { page, problems, close } = await site.open('/assess/', { javaScriptEnabled: false, ...DESKTOP });
      const answers = unlikeEverywhere(g);
      for (const [question, value] of Object.entries(answers)) await page.locator(`input[name="${question}"][value="${value}"]`).check();
      await page.locator(`[data-plan-group="${g}"] summary`).click();
      await page.emulateMedia({ media: 'print' });
      const paper = await onPaper(page);
      expect(paper.rows?.sort()).toEqual(Object.keys(answers).sort());
      expect(paper.points.sort()).toEqual(differing(g, answers).sort());
      expect(paper.links).toBe(linksToward(g, differing(g, answers)));
      const pages = await printedPages(page);
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
