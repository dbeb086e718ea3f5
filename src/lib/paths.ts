/** Site-internal URL for a path, honouring the configured base (hosting under a sub-path). */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
