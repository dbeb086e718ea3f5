/** The one accessor over the tables (src/lib/table-access.ts), over the real data build. */
import { describe, expect, it } from 'vitest';
import { tables } from '../../src/lib/schema/tables.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const a = atlasFrom(built);
const csvRows = (name: string) => built.tables.get(name)?.rows.map(({ row }) => row) ?? [];

describe('the table accessor', () => {
  it('has every table of the registry, with its rows in CSV order', () => {
    for (const t of tables) {
      const key = t.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof typeof a;
      expect(a[key].rows, t.name).toEqual(csvRows(t.name));
    }
    expect(a.clusters.rows.length).toBeGreaterThan(60);
  });

  it('gets a row by primary key and names table and key when there is none', () => {
    expect(a.clusters.get('lyonbiopole').name).toBe('Lyonbiopôle');
    expect(() => a.clusters.get('atlantis')).toThrow('clusters: no row with id «atlantis»');
    expect(a.clusters.find('atlantis')).toBeUndefined();
    expect(a.clusters.find(null)).toBeUndefined();
  });

  it('refuses get() on a table keyed by more than one field', () => {
    expect(() => a.clusterTargetModels.get('biom')).toThrow('cluster-target-models: its primary key is (cluster_id, target_model_id)');
  });

  it('finds the rows that point at a row, by foreign key, as a filter over the CSV would', () => {
    const byHand = csvRows('facts').filter((f) => (f as { cluster_id: string }).cluster_id === 'medicon-valley');
    expect(byHand.length).toBeGreaterThan(5);
    expect(a.facts.where('cluster_id', 'medicon-valley')).toEqual(byHand);
    expect(a.facts.where('cluster_id', 'atlantis')).toEqual([]);
    expect(a.facts.where('cluster_id', null)).toEqual([]);
  });

  it('matches each item of a list field', () => {
    const inDenmark = a.clusters.where('countries', 'DK').map((c) => c.id);
    expect(inDenmark).toContain('medicon-valley');
    expect(a.clusters.where('countries', 'SE').map((c) => c.id)).toContain('medicon-valley');
    expect(inDenmark).toEqual(a.clusters.rows.filter((c) => c.countries.includes('DK')).map((c) => c.id));
  });
});
