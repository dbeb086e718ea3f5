/**
 * «Download these rows»: links to published CSVs (a[data-rows-csv], the
 * attribute naming the column that holds the cluster id) that, when only
 * some clusters are shown, save the file's own rows for those clusters
 * (src/lib/cluster-table.ts's csvRowsOf) instead of the whole file. Without
 * JavaScript, or with every cluster shown, the link gives the whole file.
 * Used by the clusters table and the map's list.
 */
import { csvRowsOf } from '../lib/cluster-table.ts';

export interface ShownClusters {
  ids: ReadonlySet<string>;
  /** Every cluster is shown: the published file is the answer. */
  all: boolean;
}

export function registerRowsDownload(links: Iterable<HTMLAnchorElement>, shown: () => ShownClusters): void {
  for (const link of links) {
    link.addEventListener('click', async (event) => {
      const { ids, all } = shown();
      if (all) return;
      event.preventDefault();
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(`${link.href}: HTTP ${response.status}`);
      const csv = csvRowsOf(await response.text(), link.dataset['rowsCsv'] ?? 'id', ids);
      const file = document.createElement('a');
      file.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      file.download = link.pathname.split('/').pop()?.replace(/\.csv$/, `-${ids.size}-clusters.csv`) ?? 'rows.csv';
      document.body.append(file);
      file.click();
      file.remove();
      // Revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(file.href), 60_000);
    });
  }
}
