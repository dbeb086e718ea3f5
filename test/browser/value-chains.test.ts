/** The value-chain pages in a real Chromium: highlight, selection with details, arrow keys, both layouts, and nothing drawn out of place. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const CHAINS = ['medical-tourism-services', 'mix-innovation-chain', 'medical-imaging-market', 'bioxclusters-internationalisation'];
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The diagram the media query shows. */
const shown = (page: Page) => page.locator('svg.vc-diagram:visible');
const stage = (page: Page, id: string) => shown(page).locator(`a.vc-stage[data-stage="${id}"]`);
const focusedStage = (page: Page) => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.['stage'] ?? null);
const highlightedLinks = (page: Page) =>
  shown(page)
    .locator('.vc-link.vc-on')
    .evaluateAll((els) => els.map((e) => `${(e as SVGElement).dataset['from']}>${(e as SVGElement).dataset['to']}`).sort());

describe('value-chain index', () => {
  it('shows every chain with a thumbnail, its reading and a link to its page', async () => {
    const { page, problems, close } = await site.open('/value-chains/', DESKTOP);
    const cards = page.locator('.vc-card');
    await expect(cards.count()).resolves.toBe(CHAINS.length);
    await expect(page.locator('.vc-card svg.vc-thumbnail').count()).resolves.toBe(CHAINS.length);
    const hrefs = await cards.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(CHAINS.map((id) => `/value-chains/${id}/`).sort());
    expect(problems).toEqual([]);
    await close();
  });
});

describe('value-chain diagram', () => {
  it('highlights the links of a stage on hover and on focus, and nothing else', async () => {
    const { page, problems, close } = await site.open('/value-chains/bioxclusters-internationalisation/', DESKTOP);
    await expect(shown(page).getAttribute('data-orientation')).resolves.toBe('horizontal');
    expect(await highlightedLinks(page)).toEqual([]);
    await stage(page, 'pilot-actions').hover();
    expect(await highlightedLinks(page)).toEqual(
      [
        'values-goals-value-proposition>pilot-actions',
        'pilot-actions>expert-training',
        'pilot-actions>fairs-and-coaching',
        'pilot-actions>fact-finding-missions',
        'pilot-actions>mous',
        'pilot-actions>kpi-list',
        'pilot-actions>expansion-new-regions',
      ].sort(),
    );
    await expect(stage(page, 'mous').getAttribute('class')).resolves.toContain('vc-on');
    await expect(stage(page, 'handbook').getAttribute('class')).resolves.not.toContain('vc-on');
    await page.mouse.move(1, 1);
    expect(await highlightedLinks(page)).toEqual([]);
    await stage(page, 'kpi-list').focus();
    expect(await highlightedLinks(page)).toEqual(['kpi-list>joint-action-strategy', 'pilot-actions>kpi-list']);
    expect(problems).toEqual([]);
    await close();
  });

  it('selecting a stage by click shows its details with cluster links and sources, keeps it in the URL, Escape clears it', async () => {
    const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', DESKTOP);
    const panel = page.locator('[data-vc-details]');
    await expect(panel.isVisible()).resolves.toBe(false);
    await stage(page, 'h2c-projects-presented').click();
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('h2').textContent()).resolves.toBe('Health2Care: projects presented to a jury of experts');
    await expect(panel.textContent()).resolves.toContain('20 projects');
    await expect(panel.getByRole('link', { name: 'Minalogic' }).getAttribute('href')).resolves.toBe('/clusters/minalogic/');
    await expect(panel.locator('.cite').count()).resolves.toBeGreaterThan(0);
    await expect(stage(page, 'h2c-projects-presented').getAttribute('aria-current')).resolves.toBe('true');
    expect(new URL(page.url()).searchParams.get('stage')).toBe('h2c-projects-presented');
    expect(await highlightedLinks(page)).toEqual(['h2c-projects-identified>h2c-projects-presented', 'h2c-projects-presented>h2c-projects-selected']);
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).searchParams.get('stage')).toBeNull();
    expect(await highlightedLinks(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('is one tab stop; arrow keys move along the chain, Enter and Space select', async () => {
    const { page, problems, close } = await site.open('/value-chains/medical-tourism-services/', DESKTOP);
    await expect(shown(page).locator('a.vc-stage[tabindex="0"]').count()).resolves.toBe(1);
    await stage(page, 'visa-support').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedStage(page)).toBe('ticket-booking');
    await page.keyboard.press('ArrowDown');
    expect(await focusedStage(page)).toBe('accommodation');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedStage(page)).toBe('ticket-booking');
    await page.keyboard.press('End');
    expect(await focusedStage(page)).toBe('recreation');
    await page.keyboard.press('ArrowRight');
    expect(await focusedStage(page)).toBe('recreation');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedStage(page)).toBe('medical-assistance');
    await expect(shown(page).locator('a.vc-stage[tabindex="0"]').getAttribute('data-stage')).resolves.toBe('medical-assistance');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-vc-details] h2').textContent()).resolves.toBe('Medical assistance');
    expect(await focusedStage(page)).toBe('medical-assistance');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect(page.locator('[data-vc-details] h2').textContent()).resolves.toBe('Recreational opportunities');
    await page.keyboard.press('Escape');
    expect(await focusedStage(page)).toBe('recreation');
    await expect(page.locator('[data-vc-details]').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  for (const id of ['mix-innovation-chain', 'bioxclusters-internationalisation'])
    it(`${id} at 1280 px: wrapped into rows, no sideways scrolling in the chain's box, every stage reached by scrolling down`, async () => {
      const { page, problems, close } = await site.open(`/value-chains/${id}/`, DESKTOP);
      await expect(shown(page).getAttribute('data-orientation')).resolves.toBe('horizontal');
      const fit = await shown(page).evaluate((svg) => {
        const box = svg.closest('.vc-scroll') as HTMLElement;
        const view = box.getBoundingClientRect();
        return {
          scrollWidth: box.scrollWidth,
          clientWidth: box.clientWidth,
          pageWidth: document.documentElement.scrollWidth,
          rowTitles: [...svg.querySelectorAll('.vc-lane-title')].map((t) => t.textContent ?? '').filter((t) => /^Steps? \d/.test(t)),
          stages: svg.querySelectorAll('a.vc-stage').length,
          outside: [...svg.querySelectorAll<SVGAElement>('a.vc-stage')]
            .filter((a) => {
              const r = a.getBoundingClientRect();
              return r.left < view.left || r.right > view.right || r.left < 0 || r.right > window.innerWidth;
            })
            .map((a) => a.dataset['stage']),
        };
      });
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.pageWidth).toBeLessThanOrEqual(1280);
      expect(fit.rowTitles.length).toBeGreaterThanOrEqual(2);
      expect(fit.stages).toBeGreaterThan(10);
      expect(fit.outside).toEqual([]);
      // The details panel beside the chain stays beside it.
      await shown(page).locator('a.vc-stage').last().click();
      const panel = await page.locator('[data-vc-details]').boundingBox();
      const chain = await shown(page).boundingBox();
      expect(panel && chain && panel.x >= chain.x + chain.width).toBe(true);
      expect(problems).toEqual([]);
      await close();
    });

  it('arrow keys follow the chain from the end of one row to the start of the next, below it on the left', async () => {
    const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', DESKTOP);
    await stage(page, 'first-ranking').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedStage(page)).toBe('regional-evaluation-sessions');
    const end = await stage(page, 'first-ranking').boundingBox();
    const start = await stage(page, 'regional-evaluation-sessions').boundingBox();
    expect(start && end && start.x < end.x && start.y > end.y + end.height).toBe(true);
    // Moving on scrolls the page down to the stage, not sideways.
    await expect.poll(() => stage(page, 'regional-evaluation-sessions').evaluate((a) => a.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await expect(page.evaluate(() => window.scrollX)).resolves.toBe(0);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedStage(page)).toBe('first-ranking');
    expect(problems).toEqual([]);
    await close();
  });

  it('restores a selection from the URL', async () => {
    const { page, close } = await site.open('/value-chains/bioxclusters-internationalisation/?stage=mous', DESKTOP);
    await expect(page.locator('[data-vc-details] h2').textContent()).resolves.toBe(
      'Memorandums of Understanding with non-European science parks and cluster managing companies',
    );
    await expect(page.locator('#stage-mous').getAttribute('class')).resolves.toContain('vc-entry-selected');
    await close();
  });

  it('reads top to bottom on a phone, where a tap selects and the arrow keys still move', async () => {
    const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', PHONE);
    await expect(shown(page).getAttribute('data-orientation')).resolves.toBe('vertical');
    await expect(page.locator('svg.vc-horizontal').isVisible()).resolves.toBe(false);
    const width = await shown(page).evaluate((svg) => svg.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(390);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await stage(page, 'vouchers-awarded').tap();
    await expect(page.locator('[data-vc-details] h2').textContent()).resolves.toBe('SmartHealth vouchers awarded');
    await stage(page, 'vouchers-awarded').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedStage(page)).toBe('collective-support');
    expect(problems).toEqual([]);
    await close();
  });

  for (const [name, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    it(`the details panel covers no stage of the chain on a ${name}, before or after scrolling`, async () => {
      const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', options);
      const covered = () =>
        page.evaluate(() => {
          const panel = (document.querySelector('[data-vc-details]') as HTMLElement).getBoundingClientRect();
          const svg = [...document.querySelectorAll('svg.vc-diagram')].find((d) => d.getClientRects().length > 0) as SVGSVGElement;
          // Only the part of a stage its scroll box shows can be covered.
          const view = (svg.closest('.vc-scroll') ?? document.documentElement).getBoundingClientRect();
          return [...svg.querySelectorAll<SVGAElement>('a.vc-stage')]
            .filter((a) => {
              const r = a.getBoundingClientRect();
              const left = Math.max(r.left, view.left, panel.left);
              const right = Math.min(r.right, view.right, panel.right);
              return right - left > 0 && Math.min(r.bottom, panel.bottom) - Math.max(r.top, panel.top) > 0;
            })
            .map((a) => a.dataset['stage']);
        });
      await stage(page, 'ideation').click();
      await expect(page.locator('[data-vc-details]').isVisible()).resolves.toBe(true);
      expect(await covered()).toEqual([]);
      // Half-way down the chain, where a panel pinned to the window would lie over it.
      await page.evaluate(() => window.scrollTo(0, document.querySelector('svg.vc-diagram:not([hidden])')!.getBoundingClientRect().top + window.scrollY + 300));
      expect(await covered()).toEqual([]);
      if (name === 'desktop') await expect(page.locator('[data-vc-details]').isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
      await close();
    });

  it('passes axe on a phone with a stage selected and its details open', async () => {
    const { page, close } = await site.open('/value-chains/mix-innovation-chain/?stage=ideation', PHONE);
    await expect(page.locator('[data-vc-details]').isVisible()).resolves.toBe(true);
    await stage(page, 'call-for-projects').hover();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await close();
  });

  it('works without JavaScript: every stage is a link to its entry in the text alternative', async () => {
    const { page, close } = await site.open('/value-chains/medical-imaging-market/', { ...DESKTOP, javaScriptEnabled: false });
    const ids = await shown(page).locator('a.vc-stage').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(ids.sort()).toEqual(['#stage-basic-research', '#stage-company-steps', '#stage-framework-conditions']);
    await stage(page, 'company-steps').click();
    expect(new URL(page.url()).hash).toBe('#stage-company-steps');
    await expect(page.locator('.vc-entry').count()).resolves.toBe(3);
    await close();
  });

  for (const id of CHAINS)
    for (const [name, options] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const)
      it(`${id} on a ${name}: every text inside its stage, no link through a stage it does not join, text at least 12px`, async () => {
        const { page, problems, close } = await site.open(`/value-chains/${id}/`, options);
        const faults = await shown(page).evaluate((element) => {
          const svg = element as unknown as SVGSVGElement;
          const out: string[] = [];
          const boxes = [...svg.querySelectorAll<SVGAElement>('a.vc-stage')].map((a) => ({
            id: a.dataset['stage'] as string,
            box: (a.querySelector('.vc-box') as SVGRectElement).getBBox(),
            texts: [...a.querySelectorAll<SVGTextElement>('text')],
          }));
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          for (const { id, box, texts } of boxes)
            for (const t of texts) {
              const b = t.getBBox();
              if (b.x < box.x || b.x + b.width > box.x + box.width || b.y < box.y || b.y + b.height > box.y + box.height)
                out.push(`${id}: «${t.textContent}» runs out of its box`);
              const size = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
              if (size < 11.5) out.push(`${id}: «${t.textContent}» is ${size.toFixed(1)}px`);
            }
          for (const link of svg.querySelectorAll<SVGGElement>('.vc-link')) {
            const path = link.querySelector<SVGPathElement>('.vc-link-line') as SVGPathElement;
            const length = path.getTotalLength();
            for (let l = 0; l <= length; l += 4) {
              const p = path.getPointAtLength(l);
              const hit = boxes.find(
                ({ id, box }) =>
                  id !== link.dataset['from'] && id !== link.dataset['to'] && p.x > box.x + 1 && p.x < box.x + box.width - 1 && p.y > box.y + 1 && p.y < box.y + box.height - 1,
              );
              if (hit) {
                out.push(`${link.dataset['from']} → ${link.dataset['to']} crosses ${hit.id}`);
                break;
              }
            }
          }
          return out;
        });
        expect(faults).toEqual([]);
        expect(problems).toEqual([]);
        await close();
      });
});
