/**
 * The site search index: Pagefind's Node API over the built pages, with the
 * options of pagefind.yml. Each page is indexed from a copy whose blocks are
 * separated by spaces (src/lib/search-index-text.ts), so that a label and its
 * value stay two words; the HTML served is untouched. Writes <site>/pagefind/.
 *
 * Usage: node scripts/search-index.ts [site directory, default pagefind.yml's `site`]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { separateBlocks } from '../src/lib/search-index-text.ts';

interface Config {
  site: string;
  exclude_selectors?: string[];
}

const config = parse(readFileSync('pagefind.yml', 'utf8')) as Config;
const site = process.argv[2] ?? config.site;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });

/** The URL Pagefind's own crawler gives a file: its path from the site root, without `index.html`. */
const urlOf = (file: string) => `/${relative(site, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

const { index, errors } = await pagefind.createIndex({ excludeSelectors: config.exclude_selectors ?? [] });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
for (const file of htmlFiles(site)) {
  const added = await index.addHTMLFile({ url: urlOf(file), content: separateBlocks(readFileSync(file, 'utf8')) });
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
console.log(`search index: ${htmlFiles(site).length} HTML files read, index written to ${join(site, 'pagefind')}`);
await pagefind.close();
