/**
 * How the suite runs axe (README, «Tests»): in full, `color-contrast` included, on one page of every page kind
 * (every route of src/pages) at desktop and at phone width, since the style and the scripts are the same for every
 * page of a kind; the rules whose result depends on the data a page shows are read on every page in its HTML
 * (test/helpers/markup-a11y.ts). `npm run test:a11y-all` runs axe in full on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './dataset.ts';

/** WCAG 2.2 AA and axe's best practices: the set a page of each kind is held to at phone width. */
export const WCAG22_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it stands, one line each: `rule: target, target`. */
export async function axeViolations(page: Page, scope: 'full' | 'wcag22'): Promise<string[]> {
  // axe.run in the page itself (legacy mode) rather than partial runs finished in a blank page of their own: half the
  // time, and the same rules (axe still goes into frames; no page has one). Only the violations come back.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (scope === 'wcag22') builder.withTags(WCAG22_TAGS);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A route of src/pages as a pattern over built paths: `[id]` one segment, `[...rest]` any number, none included. */
function routePattern(file: string): { route: string; re: RegExp; dynamic: number } {
  const route = `/${relative(join(repoRoot, 'src', 'pages'), file).split(sep).join('/')}`
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '$1')
    .replace(/^\/404$/, '/404.html');
  const path = route.endsWith('/') || route.endsWith('.html') ? route : `${route}/`;
  const source = path
    .split(/(\[\.\.\.[^\]]+\]\/|\[[^\]]+\])/)
    .map((part) => (part.startsWith('[...') ? '(?:.+/)?' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { route: path, re: new RegExp(`^${source}$`), dynamic: (path.match(/\[/g) ?? []).length };
}

/**
 * The page kinds of a built site: for every page route of src/pages (`.astro` files; data routes such as
 * `.json.ts` build no page) that built at least one page, one of its pages — the first of `preferred` that is one,
 * else the first in `pages`' order. Static routes win over dynamic ones, as in Astro.
 * @returns route → representative path, e.g. `/clusters/[id]/` → `/clusters/medicon-valley/`
 */
export function pageKinds(pages: readonly string[], preferred: readonly string[] = []): Map<string, string> {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.astro') ? [join(d, e.name)] : []));
  const routes = walk(join(repoRoot, 'src', 'pages'))
    .map(routePattern)
    .sort((a, b) => a.dynamic - b.dynamic);
  const kinds = new Map<string, string>();
  for (const path of [...preferred.filter((p) => pages.includes(p)), ...pages]) {
    const route = routes.find((r) => r.re.test(path));
    if (route && !kinds.has(route.route)) kinds.set(route.route, path);
  }
  return kinds;
}
