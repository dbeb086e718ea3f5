/**
 * Links and embed code for a chart, shared by the build and the chart
 * toolbar's script (so: no imports, nothing that would weigh on the page).
 */

/**
 * The part of a query string a chart honours, keys in the chart's order, as
 * `?…` or ''. Values are passed through as they are: the page that reads
 * them validates them against its state spec.
 */
export function carryState(search: string, keys: readonly string[]): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null && value !== '') kept.set(key, value);
  }
  const query = kept.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a host pastes: the frame, then the resize script (a file, so that
 * hosts with a strict Content-Security-Policy can allow it by URL).
 */
export function embedSnippet(opts: { src: string; title: string; height: number; script: string }): string {
  return [
    `<iframe src="${escapeAttribute(opts.src)}" title="${escapeAttribute(opts.title)}" height="${Math.round(opts.height)}" style="width:100%;border:0" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script src="${escapeAttribute(opts.script)}" async></script>`,
  ].join('\n');
}

/** Absolute URL of a site path, from the site's origin and base path (Astro's `site` and `base`). */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${b}${path.replace(/^\//, '')}`, site).href;
}

/** File name (without extension) of a chart's downloads, e.g. `atlas-value-chains-mix-innovation-chain`. */
export const downloadName = (chartId: string) => `atlas-${chartId.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
