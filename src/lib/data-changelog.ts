/** data/CHANGELOG.md read for the /data/ page: one entry per `## <version> (<date>)` heading, with its `- ` items. */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** The items, as written (backticks mark names). */
  items: string[];
}

/** Entries in the file's order (newest first); lines that are neither a version heading nor an item are the preamble or prose and are left out. */
export function changelogEntries(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let item: string[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)\s*$/.exec(line);
    if (heading) {
      entries.push({ version: heading[1] as string, date: heading[2] as string, items: [] });
      item = null;
      continue;
    }
    const current = entries.at(-1);
    if (!current) continue;
    if (line.startsWith('- ')) {
      item = [line.slice(2).trim()];
      current.items.push('');
    } else if (item && /^\s+\S/.test(line)) item.push(line.trim());
    else item = null;
    if (item) current.items[current.items.length - 1] = item.join(' ');
  }
  return entries;
}
