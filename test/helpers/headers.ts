/** Reads a `_headers` file (Netlify, Cloudflare Pages) as a static host does. */

/** The headers a static host sends for a path: those of every rule whose pattern (`*` a wildcard) matches. */
export function headersFor(file: string, path: string): [string, string][] {
  const out: [string, string][] = [];
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      matches = pattern.test(path);
    } else if (matches) {
      const [name = '', ...rest] = line.trim().split(':');
      out.push([name.trim().toLowerCase(), rest.join(':').trim()]);
    }
  }
  return out;
}
