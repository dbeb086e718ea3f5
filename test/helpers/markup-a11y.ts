/**
 * The accessibility rules whose result depends on the data a page shows, read
 * in its built HTML with html-validate (no browser): unique ids; accessible
 * names of links (WCAG H30), buttons, images (H37), charts drawn as
 * `<svg role="img">` and form fields; heading order and empty headings; table
 * headers (H63); ids that ARIA attributes and `for` refer to; the page's
 * `lang`; list and other content structure; landmarks and titles. The suite
 * runs it on every page (test/built/a11y-markup.test.ts); axe runs in full in
 * Chromium on one page of every kind (test/helpers/axe.ts).
 */
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';

/** html-validate's rules for what a page's data decides, all as errors. */
export const MARKUP_A11Y_RULES = [
  'no-dup-id',
  'wcag/h30',
  'text-content',
  'wcag/h37',
  'area-alt',
  'input-missing-label',
  'multiple-labeled-controls',
  'valid-for',
  'heading-level',
  'empty-heading',
  'wcag/h63',
  'no-missing-references',
  'element-permitted-content',
  'element-permitted-parent',
  'element-required-ancestor',
  'element-required-content',
  'attribute-allowed-values',
  'no-abstract-role',
  'hidden-focusable',
  'aria-hidden-body',
  'unique-landmark',
  'empty-title',
] as const;

const validator = new HtmlValidate({ rules: Object.fromEntries(MARKUP_A11Y_RULES.map((r) => [r, 'error'])) });
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * What the rules find in one page, one line each: `rule: message (selector)`.
 * @param html the page's HTML
 * @param name the page's name in html-validate's report (a path)
 */
export async function markupA11yProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  const found = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? '?'})`));
  // Two of axe's rules html-validate has no equal for: a chart drawn as an image has a name; the page has a language.
  const { document } = parseHTML(html);
  for (const svg of document.querySelectorAll('svg[role="img"]')) {
    const named = svg.getAttribute('aria-label')?.trim() || svg.getAttribute('aria-labelledby')?.trim() || svg.querySelector(':scope > title')?.textContent?.trim();
    if (!named) found.push(`svg-img-alt: <svg role="img"> has no name (${svg.id ? `#${svg.id}` : svg.getAttribute('class') ?? 'svg'})`);
  }
  const lang = document.documentElement.getAttribute('lang') ?? '';
  if (!LANG.test(lang)) found.push(`html-lang-valid: <html lang="${lang}"> is not a language tag`);
  return found;
}
