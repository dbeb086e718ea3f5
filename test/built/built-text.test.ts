/**
 * The words of every built page (dist/, from `npm run build`), read as a
 * visitor reads them: no doubled full stop after an initial («Moiseieva V..»),
 * no word glued to a number or a link («29further», «word<a>link</a>»), no
 * name repeated in its own parentheses («Biocat (Biocat)»).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/dataset.ts';
import { pageTextRuns } from '../helpers/page-text.ts';
import { htmlFiles } from '../helpers/pages.ts';

const pages = htmlFiles(join(repoRoot, 'dist')).filter((p) => !p.path.startsWith('/pagefind/'));
const texts = pages.map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));

/** Every match of re in the page's text runs, with a little context. */
function findAll(html: string, re: RegExp): string[] {
  return pageTextRuns(html).flatMap(({ text }) => [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)));
}

describe('the text of every built page', () => {
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('has no doubled full stop after an initial', () => {
    const bad = texts.flatMap(({ path, html }) => findAll(html, /\b\p{Lu}\.\.(?!\.)/gu).map((s) => `${path}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('has no number glued to the word after it', () => {
    // «29further»; names that contain a digit (Nano4Health, S3martMed, ami4europe-d2.2) have a letter before it.
    const bad = texts.flatMap(({ path, html }) => findAll(html, /(?<![\p{L}\d.-])\d+\p{Ll}{3,}/gu).map((s) => `${path}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('has no word glued to a link or a link glued to the word after it', () => {
    const bad = texts.flatMap(({ path, html }) => {
      const { document } = parseHTML(html);
      // Links in an SVG chart sit where the chart draws them, not in a line of text.
      return [...document.querySelectorAll('body a')].filter((a) => !a.closest('svg')).flatMap((a) => {
        const before = a.previousSibling;
        const after = a.nextSibling;
        const text = a.textContent ?? '';
        const glued =
          (before?.nodeType === 3 && /[\p{L}\d]$/u.test(before.textContent ?? '') && /^[\p{L}\d]/u.test(text)) ||
          (after?.nodeType === 3 && /^[\p{L}\d]/u.test(after.textContent ?? '') && /[\p{L}\d]$/u.test(text)) ||
          (after?.nodeType === 1 && (after as Element).tagName === 'A' && /[\p{L}\d]$/u.test(text) && /^[\p{L}\d←]/u.test(after.textContent ?? ''));
        return glued ? [`${path}: ${before?.textContent?.slice(-20) ?? ''}[${text}]${after?.textContent?.slice(0, 20) ?? ''}`] : [];
      });
    });
    expect(bad).toEqual([]);
  });

  it('has no separator glued to the word beside it', () => {
    const bad = texts.flatMap(({ path, html }) => findAll(html, /[\p{L}\d]·|·[\p{L}\d]/gu).map((s) => `${path}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('repeats no name in its own parentheses', () => {
    // A whole name, not the end of a longer one: «C3-Saxony (Saxony)» names a project and its region.
    const re = /(?<![\p{L}\d’'.-]|[\p{L}\d’'.-] )([\p{L}\d][\p{L}\d’'.-]*(?: [\p{L}\d’'.-]+)*) \(\1\)/gu;
    const bad = texts.flatMap(({ path, html }) => findAll(html, re).map((s) => `${path}: ${s}`));
    expect(bad).toEqual([]);
  });
});
