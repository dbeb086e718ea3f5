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

/**
 * A `_headers` file. Static hosts merge the headers of every rule a path
 * matches, and cannot exclude a path from a rule: so `/*` carries the policy
 * that suits every page including the embeds (frameable by any site), and
 * each other top-level section repeats it with `frame-ancestors 'none'`. If a
 * host joins the two Content-Security-Policy values, both are enforced; if it
 * lets the specific rule win, that one holds the whole policy: either way,
 * only /embed/ can be framed.
 *
 * @param base the site's base path, e.g. `/` or `/atlas/`
 * @param sections top-level paths of the build other than the embeds, e.g. `map`, `clusters`, `404.html`
 */
export function headersFile(base: string, sections: readonly string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const header = (name: string, value: string) => `  ${name}: ${value}`;
  const framed = `${contentSecurityPolicy}; frame-ancestors *`;
  const unframed = `${contentSecurityPolicy}; frame-ancestors 'none'`;
  const rule = (path: string) => [path, header('Content-Security-Policy', unframed), header('X-Frame-Options', 'DENY')].join('\n');
  const paths = [b, ...[...sections].sort().map((s) => (s.includes('.') ? `${b}${s}` : `${b}${s}/*`))];
  return [
    '# Written by the build from src/lib/security-policy.ts; do not edit.',
    [`${b}*`, header('Content-Security-Policy', framed), ...SECURITY_HEADERS.map(([n, v]) => header(n, v))].join('\n'),
    ...paths.map(rule),
  ].join('\n\n').concat('\n');
}
