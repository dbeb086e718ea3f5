/** The /data/ page's catalogue and dictionary, read from the table definitions. */
import { describe, expect, it } from 'vitest';
import { codeSpans, datasetEntry } from '../../src/lib/data-catalogue.ts';
import { formatBytes, type DownloadManifest } from '../../src/lib/download-manifest.ts';
import { clusters, valueChainLinks } from '../../src/lib/schema/tables.ts';

const manifest: DownloadManifest = {
  created: '2026-01-02T03:04:05Z',
  bytes: { 'clusters.csv': 1200, 'clusters.json': 3400, 'clusters.geojson': 5600, 'value-chain-links.csv': 10, 'value-chain-links.json': 20 },
  rows: { clusters: 69, 'value-chain-links': 47 },
};

describe('dataset entries', () => {
  it('list the files with their sizes, GeoJSON only for the clusters', () => {
    expect(datasetEntry(clusters, manifest).files).toEqual([
      { label: 'CSV', path: 'clusters.csv', bytes: 1200 },
      { label: 'JSON', path: 'clusters.json', bytes: 3400 },
      { label: 'GeoJSON', path: 'clusters.geojson', bytes: 5600 },
    ]);
    expect(datasetEntry(valueChainLinks, manifest).files.map((f) => f.label)).toEqual(['CSV', 'JSON']);
    expect(() => datasetEntry(valueChainLinks, { ...manifest, rows: {} })).toThrow(/no rows for value-chain-links/);
  });

  it('describe every column with its type, whether required, its constraints and keys', () => {
    const entry = datasetEntry(clusters, manifest);
    const column = (name: string) => entry.columns.find((c) => c.name === name);
    expect(entry.columns.map((c) => c.name)).toEqual(Object.keys(clusters.schema.shape));
    expect(column('countries')).toMatchObject({ type: 'list of string, “;”-separated', required: true });
    expect(column('lat')).toMatchObject({ type: 'number', required: true, constraints: [[{ text: 'from -90 to 90' }]] });
    expect(column('id')?.keys).toEqual([{ text: 'primary key' }]);
    expect(column('group')).toMatchObject({ required: false, keys: [{ text: 'refers to groups.id', table: 'groups' }] });
    expect(column('location_precision')?.constraints[0]?.map((s) => s.text).join('')).toBe('one of city, region, country');
  });

  it('show composite keys part by part', () => {
    const to = datasetEntry(valueChainLinks, manifest).columns.find((c) => c.name === 'to');
    expect(to?.keys).toEqual([
      { text: 'part of the primary key (chain_id + from + to)' },
      { text: 'refers to value-chain-nodes.id', table: 'value-chain-nodes' },
    ]);
  });
});

describe('prose helpers', () => {
  it('turn backticked names into code spans', () => {
    expect(codeSpans('`value` is what the source states; `number` repeats it.')).toEqual([
      { text: 'value', code: true },
      { text: ' is what the source states; ' },
      { text: 'number', code: true },
      { text: ' repeats it.' },
    ]);
    expect(codeSpans('no code')).toEqual([{ text: 'no code' }]);
  });

  it('format sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(2400)).toBe('2.4 KB');
    expect(formatBytes(268_447)).toBe('268 KB');
    expect(formatBytes(3_100_000)).toBe('3.1 MB');
  });
});
