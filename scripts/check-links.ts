/**
 * Link checker for a built site: every internal href, src, srcset, poster,
 * action and CSS url() in the output directory must resolve to a file of the
 * build under the base path, and every #fragment into a page must name an
 * element id (or <a name>) of that page.
 *
 *   node scripts/check-links.ts [dir] [--base /atlas/] [--site https://example.org]
 *
 * dir defaults to dist, the base to $BASE_PATH or /; links to --site (default
 * $SITE_URL) count as internal. Prints each problem as
 * `file:line:column rule: detail` and exits 1 if there is any.
 * Rules: missing-target, missing-anchor, outside-base, directory-without-slash.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';

export interface CheckOptions {
  /** Base path the site is built for, e.g. `/` or `/atlas/`. */
  base?: string;
  /** The site's own origin: absolute links to it are checked like internal ones. */
  site?: string;
}

/** Attributes that hold a URL, and the elements they do on. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'poster', 'action', 'data'] as const;
const SKIPPED_SCHEMES = /^(mailto|tel|data|blob|javascript|about):/i;
/** Placeholder origin for resolving root-relative paths. */
const LOCAL = 'http://site.invalid';

interface Ref {
  url: string;
  line: number;
  column: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const toPosix = (path: string) => path.split(sep).join('/');

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The URLs an HTML file refers to, located in its source text, and the ids it defines. */
function readHtml(text: string): { refs: Ref[]; ids: Set<string> } {
  const { document } = parseHTML(text);
  const refs: Ref[] = [];
  // Attributes come in source order: find each after the previous one of the same name.
  const cursor = new Map<string, number>();
  const locate = (attribute: string, value: string) => {
    const from = cursor.get(attribute) ?? 0;
    for (const form of new Set([value, escapeAttribute(value), value.replace(/&/g, '&amp;')])) {
      for (const quote of ['"', "'"]) {
        const at = text.indexOf(`${attribute}=${quote}${form}${quote}`, from);
        if (at >= 0) {
          cursor.set(attribute, at + 1);
          return lineColumn(text, at + attribute.length + 2);
        }
      }
    }
    return { line: 1, column: 1 };
  };
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of URL_ATTRIBUTES) {
      const value = el.getAttribute(attribute);
      if (value === null) continue;
      // <object data> is a URL; data-* attributes are not matched here, and `data` elsewhere is not one.
      if (attribute === 'data' && el.tagName.toLowerCase() !== 'object') continue;
      refs.push({ url: value.trim(), ...locate(attribute, value) });
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      const at = locate('srcset', srcset);
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push({ url, ...at });
      }
    }
  }
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  return { refs, ids };
}

function readCss(text: string): Ref[] {
  return [...text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].map((m) => ({ url: m[2] ?? '', ...lineColumn(text, (m.index ?? 0) + 4) }));
}

/** The URL path a file of the build is served at. */
function servedAt(rel: string, base: string): string {
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return `${base}${rel.slice(0, -'index.html'.length)}`;
  return `${base}${rel}`;
}

export function checkLinks(root: string, opts: CheckOptions = {}): Problem[] {
  const base = (opts.base ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
  const site = opts.site ? new URL(opts.site).origin : undefined;
  const all = files(root);
  const pages = new Map<string, ReturnType<typeof readHtml>>();
  const idsOf = (file: string) => {
    let page = pages.get(file);
    if (!page) {
      page = readHtml(readFileSync(file, 'utf8'));
      pages.set(file, page);
    }
    return page.ids;
  };
  const problems: Problem[] = [];

  for (const file of all) {
    const rel = toPosix(relative(root, file));
    const isHtml = file.endsWith('.html');
    if (!isHtml && !file.endsWith('.css')) continue;
    const text = readFileSync(file, 'utf8');
    let refs: Ref[];
    if (isHtml) {
      const page = readHtml(text);
      pages.set(file, page);
      refs = page.refs;
    } else refs = readCss(text);
    const pageUrl = new URL(servedAt(rel, base), LOCAL);
    const report = (ref: Ref, rule: string, detail: string) => problems.push({ file: rel, line: ref.line, column: ref.column, rule, detail });

    for (const ref of refs) {
      if (ref.url === '' || SKIPPED_SCHEMES.test(ref.url)) continue;
      let url: URL;
      try {
        url = new URL(ref.url, pageUrl);
      } catch {
        report(ref, 'missing-target', `${ref.url}: not a valid URL`);
        continue;
      }
      if (url.origin !== LOCAL && url.origin !== site) continue; // another site's
      if (!url.pathname.startsWith(base)) {
        report(ref, 'outside-base', `${ref.url}: not under the base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      const target = join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path);
      if (!existsSync(target)) {
        report(ref, 'missing-target', `${ref.url}: no ${toPosix(relative(root, target))} in the build`);
        continue;
      }
      if (statSync(target).isDirectory()) {
        report(ref, 'directory-without-slash', `${ref.url}: a directory; link to ${url.pathname}/`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment === 'top' || !target.endsWith('.html')) continue;
      if (!idsOf(target).has(fragment))
        report(ref, 'missing-anchor', `${ref.url}: no element with id "${fragment}" in ${toPosix(relative(root, target))}`);
    }
  }
  return sortProblems(problems);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const base = option('--base') ?? process.env['BASE_PATH'] ?? '/';
  const site = option('--site') ?? process.env['SITE_URL'];
  const dir = args[0] ?? 'dist';
  if (!existsSync(dir)) {
    console.error(`No directory ${dir}: build the site first.`);
    process.exit(2);
  }
  const problems = checkLinks(dir, { base, ...(site ? { site } : {}) });
  for (const p of problems) console.error(formatProblem({ ...p, file: join(dir, p.file) }));
  console.log(`${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${dir} (base ${base})`);
  process.exit(problems.length > 0 ? 1 : 0);
}
