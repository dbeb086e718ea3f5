/**
 * Every sortable table of the site (a table whose built headers carry data-sort), as the ARIA Authoring Practices'
 * sortable table: each sortable column's name is a button, the sorted column's header alone carries aria-sort, the
 * table's caption says the headers sort it, and each new sort is announced in a live region and really orders the
 * rows (issue 26 case 2: 17 of 18 headers said nothing about sorting, and a sort was not announced).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { dist, htmlFiles } from '../helpers/pages.ts';

const site = useSite();
const sortable = htmlFiles(dist)
  .filter(({ file }) => /<th\b[^>]*\bdata-sort=/.test(readFileSync(file, 'utf8')))
  .map(({ path }) => path);

/** Each table's headers: the column's first words, its aria-sort, and what a sortable one holds. */
const headers = (page: Page) =>
  page.locator('table:has(th[data-sort])').evaluateAll((tables) =>
    tables.map((table) => ({
      caption: table.querySelector('caption')?.textContent ?? '',
      headers: [...table.querySelectorAll('thead th')].map((th) => ({
        sortable: th.hasAttribute('data-sort'),
        sort: th.getAttribute('aria-sort'),
        // Everything in a sortable header is inside its one button.
        buttons: th.querySelectorAll('button').length,
        outside: [...th.childNodes].filter((n) => !(n instanceof HTMLButtonElement) && (n.textContent ?? '').trim() !== '').length,
      })),
    })),
  );

/** The live regions' words, and the values of column `i` of the shown rows, top to bottom. */
const after = (page: Page, table: number, i: number) =>
  page.evaluate(
    ([table, i]) => {
      const t = document.querySelectorAll('table:has(th[data-sort])')[table] as HTMLTableElement;
      return {
        live: [...document.querySelectorAll('[aria-live], [role="status"]')].map((e) => e.textContent ?? '').join(' | '),
        sorts: [...t.querySelectorAll<HTMLTableCellElement>('thead th[aria-sort]')].map((th) => [th.cellIndex, th.getAttribute('aria-sort')]),
        values: [...t.tBodies[0]!.rows].filter((r) => !r.hidden).map((r) => r.cells[i]?.dataset['value'] ?? ''),
      };
    },
    [table, i] as const,
  );

describe('sortable tables', () => {
  it('the site has some, found in the built pages', () => {
    expect(sortable).toEqual(expect.arrayContaining(['/clusters/', '/guide/instruments/']));
  });

  describe.concurrent.each(sortable)('%s', (path) => {
    it('every sortable header is one button; aria-sort on the sorted column only; the caption says the headers sort', async ({ expect }) => {
      const { page, problems, close } = await site.open(path);
      try {
        const tables = await headers(page);
        expect(tables.length).toBeGreaterThan(0);
        for (const t of tables) {
          expect(t.caption).toMatch(/sort/);
          for (const h of t.headers) {
            if (h.sortable) expect(h).toMatchObject({ buttons: 1, outside: 0 });
            else expect(h).toMatchObject({ buttons: 0, sort: null });
          }
          expect(t.headers.filter((h) => h.sort !== null)).toHaveLength(1);
          expect(['ascending', 'descending']).toContain(t.headers.find((h) => h.sort)?.sort);
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });

    it('each header button sorts the rows, moves aria-sort to its column and announces the sort', async ({ expect }) => {
      const { page, problems, close } = await site.open(path);
      try {
        const tables = page.locator('table:has(th[data-sort])');
        for (let t = 0; t < (await tables.count()); t++) {
          const ths = tables.nth(t).locator('thead th');
          // Last column first: the first column is the one sorted to begin with, and a sort that changes nothing has nothing to announce.
          for (let i = (await ths.count()) - 1; i >= 0; i--) {
            const th = ths.nth(i);
            const kind = await th.getAttribute('data-sort');
            if (!kind) continue;
            // The column's name as the header shows it first, e.g. «Target models» of «Target models (cited as examples)».
            const name = await th.locator('button').evaluate((b) => (b.firstChild?.textContent ?? '').trim());
            const button = page.getByRole('button', { name, exact: false }).and(th.locator('button'));
            const before = (await after(page, t, i)).live;
            await button.click();
            await expect.poll(async () => (await after(page, t, i)).live).not.toBe(before);
            const { live, sorts, values } = await after(page, t, i);
            expect(sorts).toHaveLength(1);
            const [column, direction] = sorts[0]!;
            expect(column).toBe(i);
            expect(live).toContain(name);
            expect(live).toContain(direction);
            // The rows are in that order: values without a figure last, whichever the direction.
            const present = values.filter((v) => v !== '');
            expect(values.slice(0, present.length)).toEqual(present);
            const sign = direction === 'ascending' ? 1 : -1;
            for (let r = 1; r < present.length; r++) {
              const [a, b] = [present[r - 1]!, present[r]!];
              const order = /^number|amount$/.test(kind) ? Number(a) - Number(b) : a.localeCompare(b, 'en');
              expect(sign * order, `${name}: «${a}» before «${b}»`).toBeLessThanOrEqual(0);
            }
          }
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
