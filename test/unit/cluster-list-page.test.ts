/** Pages of the table of all clusters and the map's spec without and with the cluster ids. */
import { describe, expect, it } from 'vitest';
import { summaries } from '../../src/lib/atlas-summaries.ts';
import { CLUSTERS_TABLE_PAGE, tablePage, tablePagePath } from '../../src/lib/cluster-list-page.ts';
import { mapStateSpec, withClusterIds, withoutClusterIds } from '../../src/lib/map/state-spec.ts';

describe('pages of the table', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('cuts the items into whole pages, the last one shorter', () => {
    expect(tablePage(items, 1, 100)).toEqual({ rows: items.slice(0, 100), pages: 3, first: 1, last: 100 });
    expect(tablePage(items, 3, 100)).toEqual({ rows: items.slice(200), pages: 3, first: 201, last: 250 });
    expect(tablePage([], 1, 100)).toEqual({ rows: [], pages: 1, first: 1, last: 0 });
  });

  it('refuses a page that does not exist and a size below one', () => {
    expect(() => tablePage(items, 4, 100)).toThrow(/page 4 is not one of the 3 pages/);
    expect(() => tablePage(items, 0, 100)).toThrow(RangeError);
    expect(() => tablePage(items, 1.5, 100)).toThrow(RangeError);
    expect(() => tablePage(items, 1, 0)).toThrow(/page size/);
  });

  it('puts page 1 at /clusters/ and the others below it', () => {
    expect(tablePagePath(1)).toBe('/clusters/');
    expect(tablePagePath(2)).toBe('/clusters/page/2/');
  });

  it('holds today’s clusters in one page', () => {
    expect(summaries.length).toBeLessThanOrEqual(CLUSTERS_TABLE_PAGE);
    expect(tablePage(summaries, 1, CLUSTERS_TABLE_PAGE).pages).toBe(1);
  });
});

describe('the map spec a page carries', () => {
  it('leaves out the cluster ids and gets them back from the clusters', () => {
    const spec = mapStateSpec(summaries, ['f'], ['m']);
    const carried = withoutClusterIds(spec);
    expect(carried.cluster.values).toEqual([]);
    expect(carried.country).toEqual(spec.country);
    expect(withClusterIds(carried, summaries)).toEqual(spec);
  });
});
