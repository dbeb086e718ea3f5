/** What the data build tells the /data/ page about the files it wrote: when, how big, how many rows. */
export interface DownloadManifest {
  /** RFC 3339 datetime of the data build, also `created` in datapackage.json. */
  created: string;
  /** Bytes of every file in public/data/, by file name. */
  bytes: Record<string, number>;
  /** Rows of every table, by resource name. */
  rows: Record<string, number>;
}

/** «12.3 KB»: decimal units, as file managers and browsers show download sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
