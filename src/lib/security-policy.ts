/**
 * The site's Content-Security-Policy and security headers, in one place: the
 * layouts put the policy in a <meta> tag, and the build writes the same
 * policy as real headers into `_headers` (Netlify and Cloudflare Pages read
 * that file) with what a meta tag cannot carry: framing rules and the
 * non-CSP headers.
 */

/**
 * Nothing from another origin. Every script and stylesheet is a file of the
 * site (astro.config.mjs turns off Astro's inlining of small ones), so no
 * 'unsafe-inline' and no hashes are needed; style="" attributes are not
 * allowed either (scripts set styles through the CSSOM, which CSP permits).
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly search index.
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  // MapLibre runs a same-origin module worker (not a blob: one).
  ['worker-src', "'self'"],
  ['style-src', "'self'"],
  // data: for small images in MapLibre's stylesheet, blob: for the PNG export of a chart.
  ['img-src', "'self'", 'data:', 'blob:'],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for the <meta> tag (frame-ancestors is ignored there, so it goes only into the headers). */
export const contentSecurityPolicy = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');

export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Files whose names change with their content (Astro's hashed assets, Pagefind's hashed chunks): cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and data downloads keep their address when they change: a cache must ask the host each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Folders (below the base path) that hold only content-hashed files. */
export const HASHED_FOLDERS = ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'] as const;

/**
 * A `_headers` file. Static hosts merge the headers of every rule a path
 * matches, and cannot exclude a path from a rule: so `/*` carries the policy
 * that suits every page including the embeds (frameable by any site), and
 * each other top-level section repeats it with `frame-ancestors 'none'`. If a
 * host joins the two Content-Security-Policy values, both are enforced; if it
 * lets the specific rule win, that one holds the whole policy: either way,
 * only /embed/ can be framed.
 *
 * Caching follows the same constraint: `/*` sets no Cache-Control, the hashed
 * folders get IMMUTABLE, and the page sections (which hold the pages and,
 * under /data/, the downloads) and /embed/ get REVALIDATE. Other files
 * (embed.js, the basemap, Pagefind's entry files) keep the host's default,
 * which on Netlify and Cloudflare Pages is to revalidate.
 *
 * @param base the site's base path, e.g. `/` or `/atlas/`
 * @param sections top-level paths of the build other than the embeds, e.g. `map`, `clusters`, `404.html`
 */
export function headersFile(base: string, sections: readonly string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const header = (name: string, value: string) => `  ${name}: ${value}`;
  const framed = `${contentSecurityPolicy}; frame-ancestors *`;
  const unframed = `${contentSecurityPolicy}; frame-ancestors 'none'`;
  const cache = (value: string) => header('Cache-Control', value);
  const rule = (path: string) =>
    [path, header('Content-Security-Policy', unframed), header('X-Frame-Options', 'DENY'), cache(REVALIDATE)].join('\n');
  const paths = [b, ...[...sections].sort().map((s) => (s.includes('.') ? `${b}${s}` : `${b}${s}/*`))];
  return [
    '# Written by the build from src/lib/security-policy.ts; do not edit.',
    [`${b}*`, header('Content-Security-Policy', framed), ...SECURITY_HEADERS.map(([n, v]) => header(n, v))].join('\n'),
    ...paths.map(rule),
    [`${b}embed/*`, cache(REVALIDATE)].join('\n'),
    ...HASHED_FOLDERS.map((folder) => [`${b}${folder}/*`, cache(IMMUTABLE)].join('\n')),
  ].join('\n\n').concat('\n');
}
