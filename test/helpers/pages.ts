/** The pages of a built site, as the URL paths a static host serves them at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from './dataset.ts';

/** The site `npm run build` writes. */
export const dist = join(repoRoot, 'dist');

/** Every .html file under dir, e.g. `/`, `/map/`, `/404.html`, with the file it comes from. */
export function htmlFiles(dir: string, base = '/'): { path: string; file: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
  return walk(dir).map((file) => {
    const rel = relative(dir, file).split(sep).join('/');
    const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    return { path: `${base}${path}`, file };
  });
}

export const htmlPages = (dir: string): string[] => htmlFiles(dir).map((p) => p.path);
