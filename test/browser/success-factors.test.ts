/** The success-factor explorer in a real Chromium: URL state and highlighting across views. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const visibleMatrix = (page: import('playwright-core').Page) =>
  page.locator('.matrix:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['order']));

describe('success-factor explorer', () => {
  it('writes the chosen order, factor and cluster into the URL', async () => {
    const { page, problems, close } = await site.open('/success-factors/');
    expect(await visibleMatrix(page)).toEqual(['group']);
    await page.getByRole('radio', { name: 'number of factors' }).check();
    expect(await visibleMatrix(page)).toEqual(['factors']);
    await page.getByLabel('Highlight a factor').selectOption('involving-patients-and-doctors');
    await page.getByLabel('Highlight a cluster').selectOption('medicon-valley');
    const params = new URL(page.url()).searchParams;
    expect(params.get('order')).toBe('factors');
    expect(params.get('factor')).toBe('involving-patients-and-doctors');
    expect(params.get('cluster')).toBe('medicon-valley');
    expect(problems).toEqual([]);
    await close();
  });

  it('says what the group boxes do: they highlight a group and leave every cluster shown (issue 26 case 7)', async () => {
    const { page, problems, close } = await site.open('/success-factors/');
    const rows = page.locator('.matrix:not([hidden]) tr[data-group]');
    const shown = () => rows.evaluateAll((trs) => trs.filter((tr) => tr.getClientRects().length > 0).length);
    const dimmed = () => rows.evaluateAll((trs) => trs.filter((tr) => Number(getComputedStyle(tr).opacity) < 1).length);
    const all = await shown();
    const box = page.getByRole('group', { name: 'Highlight groups' }).getByRole('checkbox', { name: 'Group 1' });
    await expect(box.isChecked()).resolves.toBe(false);
    await expect(dimmed()).resolves.toBe(0);
    await box.check();
    await expect.poll(dimmed).toBe(await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).dataset['group'] !== '1').length));
    await expect(shown()).resolves.toBe(all);
    expect(problems).toEqual([]);
    await close();
  });

  it('restores a view from the URL and highlights the factor and cluster in every view', async () => {
    const { page, close } = await site.open('/success-factors/?order=country&factor=interdisciplinary-cooperation&cluster=connected-health');
    expect(await visibleMatrix(page)).toEqual(['country']);
    await expect(page.getByLabel('Highlight a factor').inputValue()).resolves.toBe('interdisciplinary-cooperation');
    const root = page.locator('[data-explorer]');
    await expect(root.getAttribute('data-hl-cluster')).resolves.toBe('connected-health');
    await expect(root.getAttribute('data-hl-factor')).resolves.toBe('interdisciplinary-cooperation');
    const highlighted = await page.locator('[data-cluster].hl').evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
    expect(highlighted).toEqual(expect.arrayContaining(['a', 'text', 'tr']));
    await expect(page.locator('#support [data-factor="interdisciplinary-cooperation"].hl').count()).resolves.toBeGreaterThan(0);
    await close();
  });

  it('previews a cluster across the views when a matrix cell is hovered or focused, and restores on leaving', async () => {
    const { page, close } = await site.open('/success-factors/', { viewport: { width: 1280, height: 900 } });
    const cell = page.locator('.matrix:not([hidden]) .wide a[data-cluster="eurasante"]').first();
    await cell.hover();
    const root = page.locator('[data-explorer]');
    await expect(root.getAttribute('data-hl-cluster')).resolves.toBe('eurasante');
    await expect(page.locator('tr[data-cluster="eurasante"]').getAttribute('class')).resolves.toMatch(/\bhl\b/);
    await page.mouse.move(0, 0);
    await expect(root.getAttribute('data-hl-cluster')).resolves.toBeNull();
    await cell.focus();
    await expect(root.getAttribute('data-hl-cluster')).resolves.toBe('eurasante');
    await close();
  });

  it('links each matrix cell to its case study on the factor page', async () => {
    const { page, close } = await site.open('/success-factors/', { viewport: { width: 1280, height: 900 } });
    const cell = page.locator('.matrix:not([hidden]) .wide a[data-cluster="medicon-valley"][data-factor="communication-as-the-ultimate-value"]');
    await cell.click();
    await page.waitForURL('**/success-factors/communication-as-the-ultimate-value/#case-*');
    const target = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`#${target} h2`).textContent()).resolves.toContain('In Cluster Networks');
    await close();
  });
});
