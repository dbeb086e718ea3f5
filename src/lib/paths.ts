/** Site-internal URL for a path, honouring the configured base (hosting under a sub-path). */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** Absolute URL of a site path where the site is published, or undefined when the build is not told (SITE_URL unset). */
export function publishedUrl(path: string, siteUrl: string | undefined, base: string): string | undefined {
  return siteUrl ? new URL(sitePath(path, base), siteUrl).href : undefined;
}
