/**
 * Every built page against the accessibility rules that depend on its data,
 * read in its HTML (test/helpers/markup-a11y.ts); axe runs in full in
 * Chromium on one page of every kind (test/browser/pages.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markupA11yProblems } from '../helpers/markup-a11y.ts';
import { dist, htmlFiles } from '../helpers/pages.ts';

const pages = htmlFiles(dist).filter((p) => !p.path.startsWith('/pagefind/'));

describe('the data-dependent accessibility rules on every page', () => {
  it('cover the whole site', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  for (const { path, file } of pages)
    it(path, async () => {
      expect(await markupA11yProblems(readFileSync(file, 'utf8'), path)).toEqual([]);
    });
});
